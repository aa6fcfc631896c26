import type { Locale } from '@/content/locales'
import type { Event } from '@/payload-types'

import {
  imageOf,
  isTranslated,
  linkOf,
  linksOf,
  linkTo,
  textOf,
  type Image,
  type Localized,
  type RecordLink,
} from '../shape'
import type { Viewer } from '../viewer'
import { detailFetcher, listFetcher, type Marked } from './query'

/** An event in a list: its link (title), day, type and place. */
export type EventSummary = RecordLink & {
  type: Event['type']
  startsAt: string
  /** The event's own time zone, in which its day and time are given. */
  timeZone: string
  venue?: Localized
  city?: Localized
}

/** An event as its page shows it. `translated` is false when its title fell back to English. */
export type EventView = Omit<EventSummary, 'text' | 'lang' | 'href'> & {
  title?: string
  translated: boolean
  series?: Localized
  endsAt?: string
  endsAtTimeZone: string
  presidency?: RecordLink
  attendance?: number | null
  description?: Localized<NonNullable<Event['description']>>
  livestream?: { url: string; note?: Localized }
  gallery: Image[]
  /** The image of its link previews (OpenGraph): the first of its gallery. */
  shareImage?: Image
  organisers: RecordLink[]
  /** Who took part, in what role; `id` is the row's. */
  participation: (RecordLink & { role: EventParticipation['role']; note?: Localized })[]
  documents: RecordLink[]
}

type EventParticipation = NonNullable<Event['participation']>[number]

export function eventSummary(event: Event, locale: Locale): EventSummary {
  return {
    ...linkTo(locale, 'events', event),
    type: event.type,
    startsAt: event.startsAt,
    timeZone: event.startsAt_tz,
    venue: textOf(event, 'venue'),
    city: textOf(event, 'city'),
  }
}

function toView(event: Marked<'events'>, locale: Locale): EventView {
  const { id, type, startsAt, timeZone, venue, city } = eventSummary(event, locale)
  return {
    id,
    type,
    startsAt,
    timeZone,
    venue,
    city,
    title: event.title ?? undefined,
    translated: isTranslated('events', event),
    series: textOf(event, 'series'),
    endsAt: event.endsAt ?? undefined,
    endsAtTimeZone: event.endsAt_tz ?? event.startsAt_tz,
    presidency: linkOf(locale, 'participants', event.presidency),
    attendance: event.attendance,
    description: textOf(event, 'description', event.description),
    livestream: event.livestream?.url
      ? { url: event.livestream.url, note: textOf(event, 'livestream.note', event.livestream.note) }
      : undefined,
    gallery: (event.gallery ?? [])
      .map((item) => imageOf(item, 'card'))
      .filter((image) => image !== undefined),
    shareImage: imageOf(event.gallery?.[0], 'og'),
    organisers: linksOf(locale, 'participants', event.organisers),
    participation: (event.participation ?? []).flatMap((entry) => {
      const participant = linkOf(locale, 'participants', entry.participant)
      if (!participant) return []
      const note = textOf(event, 'participation.note', entry.note)
      return [{ ...participant, id: entry.id ?? participant.id, role: entry.role, note }]
    }),
    documents: linksOf(locale, 'documents', event.documents),
  }
}

export const getEvent = detailFetcher(
  'events',
  {
    depth: 2,
    related: (event) => [
      [
        'participants',
        [
          ...(event.organisers ?? []),
          event.presidency,
          ...(event.participation ?? []).map((entry) => entry.participant),
        ],
      ],
      ['documents', event.documents ?? []],
    ],
  },
  toView,
)

export const listEvents = listFetcher('events', eventSummary)

/** Upcoming events (soonest first) and recent ones (latest first) for the home page. */
export async function eventsAround(viewer: Viewer, locale: Locale, now = new Date()) {
  // Rounded to the hour so that the cache key, and so the cached answer, lasts a while.
  const hour = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000).toISOString()
  const [upcoming, recent] = await Promise.all([
    listEvents(viewer, {
      locale,
      where: { startsAt: { greater_than_equal: hour } },
      sort: 'startsAt',
      limit: 4,
    }),
    listEvents(viewer, { locale, where: { startsAt: { less_than: hour } }, sort: '-startsAt', limit: 4 }),
  ])
  return { upcoming, recent }
}
