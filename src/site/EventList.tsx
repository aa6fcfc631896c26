import Link from 'next/link'

import { fallbackLang } from '@/data/shape'
import { messages, type Locale } from '@/i18n'
import { localePath, sitePaths } from '@/i18n/paths'
import type { Event } from '@/payload-types'

import { formatEventDay } from './format'
import { JoinedText } from './TextParts'

/** Events with their day, type and place; English fallback text is marked lang="en". */
export function EventList({
  events,
  locale,
  heading = 3,
}: {
  events: Event[]
  locale: Locale
  heading?: 2 | 3
}) {
  const t = messages(locale).event
  const H = heading === 2 ? 'h2' : 'h3'
  return (
    <ul className="event-list">
      {events.map((event) => (
        <li key={event.id}>
          <p className="event-date">
            <time dateTime={event.startsAt}>{formatEventDay(event.startsAt, event.startsAt_tz, locale)}</time>
            {' · '}
            {t.types[event.type]}
          </p>
          <H className="event-title" lang={fallbackLang(event, 'title')}>
            {event.slug ? (
              <Link href={localePath(locale, sitePaths.event(event.slug))}>{event.title}</Link>
            ) : (
              event.title
            )}
          </H>
          <p className="muted">
            <JoinedText
              parts={[
                { text: event.venue, lang: fallbackLang(event, 'venue') },
                { text: event.city, lang: fallbackLang(event, 'city') },
              ]}
            />
          </p>
        </li>
      ))}
    </ul>
  )
}
