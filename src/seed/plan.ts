import { TZDate } from '@date-fns/tz'
import type { CollectionSlug } from 'payload'

import { paragraphs } from '@/content/lexical'
import type { Locale } from '@/content/locales'
import type { ParticipantKind } from '@/content/vocabulary'
import { releaseBody, translationSteps } from './planLocales'
import type { SeedData } from './schema'

type IdOf = (collection: CollectionSlug, key: string) => number | string

export type SeedStep = {
  kind: 'create' | 'update'
  collection: CollectionSlug
  key: string
  locale?: Locale
  /** `created`: the record as this run created it (an update in another language keeps its array rows). */
  data: (id: IdOf, created?: Record<string, unknown>) => Record<string, unknown>
}

/** Calendar dates are stored at noon UTC, so that they read as the same day in every zone. */
export function calendarDate(value: string): string {
  return `${value}T12:00:00.000Z`
}

/** A wall-clock time in an IANA zone, as the UTC instant Payload stores. */
export function zonedInstant(local: string, timeZone: string): string {
  const [date, time] = local.split('T') as [string, string]
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const [hh, mm] = time.split(':').map(Number) as [number, number]
  return new Date(new TZDate(y, m - 1, d, hh, mm, timeZone).getTime()).toISOString()
}

const kindOrder: Record<ParticipantKind, number> = { country: 0, organisation: 1, person: 2 }

/** Parents before their children, so that every reference points to a record already written. */
function participantOrder(participants: SeedData['participants']): SeedData['participants'] {
  const byKey = new Map(participants.map((p) => [p.key, p]))
  const depth = (key: string, seen = new Set<string>()): number => {
    const parent = byKey.get(key)?.parent
    if (!parent || seen.has(key)) return 0
    seen.add(key)
    return 1 + depth(parent, seen)
  }
  return [...participants].sort(
    (a, b) => kindOrder[a.kind] - kindOrder[b.kind] || depth(a.key) - depth(b.key),
  )
}

/** The ordered writes that load the demo newsroom. */
export function plan(data: SeedData): SeedStep[] {
  const steps: SeedStep[] = []

  for (const t of data.topics) {
    steps.push({
      kind: 'create',
      collection: 'topics',
      key: t.key,
      data: () => ({ title: t.title, description: t.description }),
    })
  }

  for (const p of participantOrder(data.participants)) {
    steps.push({
      kind: 'create',
      collection: 'participants',
      key: p.key,
      data: (id) => ({
        name: p.name,
        kind: p.kind,
        shortName: p.shortName,
        aliases: p.aliases,
        bio: p.bio,
        website: p.website,
        parent: p.parent ? id('participants', p.parent) : undefined,
        positions: p.positions?.map((position) => ({
          title: position.title,
          organisation: position.organisation ? id('participants', position.organisation) : undefined,
          from: position.from ? calendarDate(position.from) : undefined,
          to: position.to ? calendarDate(position.to) : undefined,
        })),
        scoStatus: p.scoStatus?.map((s) => ({
          status: s.status,
          from: calendarDate(s.from),
          to: s.to ? calendarDate(s.to) : undefined,
        })),
        editorNote: p.editorNote,
      }),
    })
  }

  for (const d of data.documents) {
    steps.push({
      kind: 'create',
      collection: 'documents',
      key: d.key,
      data: (id) => ({
        title: d.title,
        type: d.type,
        symbol: d.symbol,
        date: d.date ? calendarDate(d.date) : undefined,
        place: d.place,
        parties: d.parties.map((key) => id('participants', key)),
        summary: d.summary,
        link: d.link,
        editorNote: d.editorNote,
      }),
    })
  }
  // Related documents may point at each other, so they are linked once all exist.
  for (const d of data.documents.filter((doc) => doc.related.length)) {
    steps.push({
      kind: 'update',
      collection: 'documents',
      key: d.key,
      data: (id) => ({ related: d.related.map((key) => id('documents', key)) }),
    })
  }

  for (const e of data.events) {
    steps.push({
      kind: 'create',
      collection: 'events',
      key: e.key,
      data: (id) => ({
        title: e.title,
        type: e.type,
        series: e.series,
        startsAt: zonedInstant(e.start, e.timeZone),
        startsAt_tz: e.timeZone,
        endsAt: e.end ? zonedInstant(e.end, e.timeZone) : undefined,
        endsAt_tz: e.end ? e.timeZone : undefined,
        venue: e.venue,
        city: e.city,
        presidency: e.presidency ? id('participants', e.presidency) : undefined,
        organisers: e.organisers.map((key) => id('participants', key)),
        participation: e.participation.map((entry) => ({
          participant: id('participants', entry.participant),
          role: entry.role,
          note: entry.note,
        })),
        attendance: e.attendance,
        description: paragraphs(e.description),
        livestream: e.livestream,
        documents: e.documents.map((key) => id('documents', key)),
        editorNote: e.editorNote,
      }),
    })
  }

  for (const s of data.speeches) {
    steps.push({
      kind: 'create',
      collection: 'speeches',
      key: s.key,
      data: (id) => ({
        title: s.title,
        speaker: id('participants', s.speaker),
        event: id('events', s.event),
        date: calendarDate(s.date),
        delivery: s.delivery,
        language: s.language,
        text: paragraphs(s.text),
        quotes: s.quotes.map((quote) => ({ quote })),
        videoUrl: s.videoUrl,
        editorNote: s.editorNote,
      }),
    })
  }

  for (const r of data.releases) {
    steps.push({
      kind: 'create',
      collection: 'press-releases',
      key: r.key,
      data: (id) => ({
        headline: r.headline,
        dateline: { place: r.dateline.place, date: calendarDate(r.dateline.date) },
        summary: r.summary,
        body: releaseBody(data, r.key, r.body, 'en', id),
        event: r.event ? id('events', r.event) : undefined,
        speeches: r.speeches.map((key) => id('speeches', key)),
        participants: r.participants.map((key) => id('participants', key)),
        documents: r.documents.map((key) => id('documents', key)),
        topics: r.topics.map((key) => id('topics', key)),
        editorialStatus: 'published',
        // The archive's own publication date, not the day the demo was loaded.
        firstPublishedAt: calendarDate(r.dateline.date),
        editorNote: r.editorNote,
      }),
    })
  }
  steps.push(...translationSteps(data))
  return steps
}
