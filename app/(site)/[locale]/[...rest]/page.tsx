import { notFound } from 'next/navigation'

import { localeParam } from '@/site/locale'

type Props = { params: Promise<{ locale: string; rest: string[] }> }

/** Any other URL under the site: an unprefixed section moves to English, the rest is a helpful 404. */
export default async function UnknownPage({ params }: Props) {
  await localeParam(params)
  notFound()
}
