import { feedResponse } from '@/site/feed'
import { slugParam } from '@/site/locale'

type Context = { params: Promise<{ locale: string; slug: string }> }

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { locale, slug } = await params
  return feedResponse(locale, 'rss', slugParam(slug))
}
