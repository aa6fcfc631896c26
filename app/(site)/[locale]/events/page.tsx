import type { Metadata } from 'next'

import { listEvents } from '@/data/records/events'
import { currentViewer } from '@/data/viewer'
import { messages } from '@/i18n'
import { sitePaths } from '@/i18n/paths'
import { EventList } from '@/site/EventList'
import { localeParam } from '@/site/locale'
import { pageMetadata } from '@/site/seo'

export const revalidate = 300

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params)
  return pageMetadata({ locale, path: sitePaths.events, title: messages(locale).event.list })
}

export default async function EventsPage({ params }: Props) {
  const locale = await localeParam(params)
  const t = messages(locale).event
  const events = await listEvents(await currentViewer(), { locale, sort: '-startsAt' })
  return (
    <>
      <h1 className="page-title">{t.list}</h1>
      {events.length ? <EventList events={events} locale={locale} heading={2} /> : <p>{t.noEvents}</p>}
    </>
  )
}
