import Link from 'next/link'

import type { EventSummary } from '@/data/records/events'
import { messages, type Locale } from '@/i18n'

import { formatEventDay } from './format'
import { JoinedText } from './TextParts'

/** Events with their day, type and place; English fallback text is marked lang="en". */
export function EventList({
  events,
  locale,
  heading = 3,
}: {
  events: EventSummary[]
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
            <time dateTime={event.startsAt}>{formatEventDay(event.startsAt, event.timeZone, locale)}</time>
            {' · '}
            {t.types[event.type]}
          </p>
          <H className="event-title" lang={event.lang}>
            {event.href ? <Link href={event.href}>{event.text}</Link> : event.text}
          </H>
          <p className="muted">
            <JoinedText parts={[event.venue, event.city]} />
          </p>
        </li>
      ))}
    </ul>
  )
}
