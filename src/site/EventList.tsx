import Link from 'next/link'

import { messages, type Locale } from '@/i18n'
import { localePath, sitePaths } from '@/i18n/paths'
import type { Event } from '@/payload-types'

import { formatEventDay } from './format'

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
          <H className="event-title">
            {event.slug ? (
              <Link href={localePath(locale, sitePaths.event(event.slug))}>{event.title}</Link>
            ) : (
              event.title
            )}
          </H>
          <p className="muted">{[event.venue, event.city].filter(Boolean).join(', ')}</p>
        </li>
      ))}
    </ul>
  )
}
