import { editorState, paragraphNode, type blockNode, type RichTextValue } from '@/content/lexical'
import { locales, type Locale } from '@/content/locales'
import type { Id } from '@/content/relations'
import { documentTypes, eventTypes } from '@/content/vocabulary'

import { recordRandom, type Random } from './random'
import * as words from './vocabulary'

/**
 * The synthetic archive as plain data, record by record: record n of a kind depends only on the
 * seed, n and the archive's size, never on what was written before, so the generator can write
 * in any batch size and two runs give the same archive. Localized fields are {en, ru, zh}.
 */

export type ArchiveCounts = {
  releases: number
  topics: number
  participants: number
  documents: number
  events: number
  speeches: number
  media: number
}

/** The linked records in proportion to the releases (one event, with one speech, per 10 releases). */
export function archiveCounts(releases: number): ArchiveCounts {
  const events = Math.max(3, Math.ceil(releases / 10))
  return {
    releases,
    topics: words.topicNames.length,
    participants: Math.max(10, Math.ceil(releases / 50)),
    documents: Math.max(5, Math.ceil(releases / 40)),
    events,
    speeches: events,
    media: Math.min(100, Math.max(3, Math.ceil(releases / 500))),
  }
}

export type Localized = Record<Locale, string>
export type ArchiveIds = { [K in Exclude<keyof ArchiveCounts, 'releases'>]: Id[] }

/** Marks every generated record (staff-only note): how the generator knows it already ran. */
export const archiveNote = 'Synthetic archive record (npm run seed:archive).'

const dayMs = 86_400_000
const start = Date.UTC(2006, 6, 1)
const span = Date.UTC(2026, 5, 30) - start

/** Spread over twenty years in index order, at noon UTC (a calendar date, as the seed stores them). */
export function dateAt(position: number, rng: Random): string {
  const day = Math.floor((start + position * span) / dayMs) + rng.int(0, 3)
  return new Date(day * dayMs + 12 * 3_600_000).toISOString()
}

export const each = (pick: (locale: Locale) => string): Localized =>
  Object.fromEntries(locales.map((locale) => [locale, pick(locale)])) as Localized
export const fillAll = (template: words.Term, slots: (locale: Locale) => Record<string, string>) =>
  each((locale) => words.fill(template[locale], slots(locale)))
export const personName = (index: number, locale: Locale) => {
  const given = words.givenNames[index % words.givenNames.length]![locale]
  const family = words.surnames[Math.floor(index / words.givenNames.length) % words.surnames.length]![locale]
  const name = locale === 'zh' ? `${given}·${family}` : `${given} ${family}`
  // More people than name pairs: a roman numeral-free, stable distinction.
  const round = Math.floor(index / (words.givenNames.length * words.surnames.length))
  return round ? `${name} (${round + 1})` : name
}
/** A stable array-row id (Payload's are 24 hex digits), so that two runs write the same rows. */
function rowId(kind: string, index: number, row: number): string {
  const rng = recordRandom(row, kind, index)
  return Array.from({ length: 3 }, () => rng.int(0, 0xffffffff).toString(16).padStart(8, '0')).join('')
}

export const pickIds = (rng: Random, ids: Id[], count: number): Id[] => {
  const chosen = new Set<Id>()
  for (let n = 0; n < count * 3 && chosen.size < count; n++) chosen.add(rng.pick(ids))
  return [...chosen]
}

export function topic(index: number): Record<string, unknown> {
  const name = words.topicNames[index % words.topicNames.length]!
  return { title: { ...name }, description: each((l) => name[l]) }
}

export function participant(seed: number, index: number): Record<string, unknown> {
  const rng = recordRandom(seed, 'participant', index)
  const role = rng.pick(words.roles)
  return {
    name: each((l) => personName(index, l)),
    kind: 'person',
    bio: each((l) => `${role[l]}.`),
    positions: [
      {
        id: rowId('position', index, 0),
        title: { ...role },
        from: dateAt(index / Math.max(index + 10, 1), rng),
      },
    ],
    editorNote: archiveNote,
  }
}

export function document(
  seed: number,
  index: number,
  count: number,
  ids: ArchiveIds,
): Record<string, unknown> {
  const rng = recordRandom(seed, 'document', index)
  const topic = rng.pick(words.topicNames)
  const city = rng.pick(words.cities)
  const type = rng.pick(documentTypes)
  const date = dateAt(index / count, rng)
  return {
    title: each((l) =>
      l === 'en'
        ? `${type[0]!.toUpperCase()}${type.slice(1)} on ${topic.en.toLowerCase()}`
        : `${topic[l]} (${city[l]})`,
    ),
    type,
    symbol: `SCO/${date.slice(0, 4)}/${index + 1}`,
    date,
    place: { ...city },
    parties: pickIds(rng, ids.participants, 2),
    summary: fillAll(rng.pick(words.sentences), (l) => slots(rng, l, ids, index)),
    editorNote: archiveNote,
  }
}

export function slots(rng: Random, locale: Locale, _ids: ArchiveIds, actor: number): Record<string, string> {
  return {
    actor: personName(actor, locale),
    topic: rng.pick(words.topicNames)[locale],
    city: rng.pick(words.cities)[locale],
    partner: rng.pick(words.partners)[locale],
    event: rng.pick(words.eventKinds)[locale],
    year: String(2006 + rng.int(0, 19)),
  }
}

export const speakerOf = (event: number, counts: ArchiveCounts) => (event * 7) % counts.participants

export function event(seed: number, index: number, counts: ArchiveCounts, ids: ArchiveIds) {
  const rng = recordRandom(seed, 'event', index)
  const kind = rng.pick(words.eventKinds)
  const city = rng.pick(words.cities)
  const topic = rng.pick(words.topicNames)
  const startsAt = dateAt(index / counts.events, rng)
  const speaker = ids.participants[speakerOf(index, counts)]!
  return {
    title: each((l) =>
      l === 'zh' ? `${city.zh}${topic.zh}${kind.zh}` : `${city[l]}: ${kind[l]} — ${topic[l]}`,
    ),
    type: rng.pick(eventTypes),
    startsAt,
    startsAt_tz: 'Asia/Shanghai',
    city: { ...city },
    organisers: pickIds(rng, ids.participants, 1),
    participation: [{ id: rowId('participation', index, 0), participant: speaker, role: 'speaker' }],
    attendance: rng.int(20, 400),
    description: localizedBody(rng, 2, (l) => slots(rng, l, ids, speakerOf(index, counts))),
    documents: rng.chance(0.3) ? pickIds(rng, ids.documents, 1) : [],
    editorNote: archiveNote,
  }
}

/** The key quotes of speech n, which releases quote verbatim. */
export function speechQuotes(seed: number, index: number): Localized[] {
  const rng = recordRandom(seed, 'quotes', index)
  const city = rng.pick(words.cities)
  const topic = rng.pick(words.topicNames)
  return words.quoteLines.map((line) => fillAll(line, (l) => ({ city: city[l], topic: topic[l] })))
}

export function speech(seed: number, index: number, counts: ArchiveCounts, ids: ArchiveIds) {
  const rng = recordRandom(seed, 'speech', index)
  const speaker = speakerOf(index, counts)
  return {
    title: each((l) => `${personName(speaker, l)}: ${rng.pick(words.topicNames)[l]}`),
    speaker: ids.participants[speaker]!,
    event: ids.events[index]!,
    date: dateAt(index / counts.speeches, rng),
    delivery: 'as-delivered',
    language: rng.pick(locales),
    text: localizedBody(rng, 3, (l) => slots(rng, l, ids, speaker)),
    quotes: speechQuotes(seed, index).map((quote, row) => ({ id: rowId('quote', index, row), quote })),
    editorNote: archiveNote,
  }
}

export type Extra = (locale: Locale, paragraph: number) => ReturnType<typeof blockNode> | undefined

export function localizedBody(
  rng: Random,
  paragraphCount: number,
  slotsOf: (locale: Locale) => Record<string, string>,
  extra?: Extra,
): Record<Locale, RichTextValue> {
  // The same sentence choices in every language: one text, translated.
  const plan = Array.from({ length: paragraphCount }, () =>
    Array.from({ length: rng.int(3, 5) }, () => ({
      sentence: rng.pick(words.sentences),
      seed: rng.int(0, 1e9),
    })),
  )
  return Object.fromEntries(
    locales.map((locale) => {
      const base = slotsOf(locale)
      const nodes = plan.flatMap((paragraph, index) => {
        const text = paragraph
          .map(({ sentence, seed }) => {
            const local = recordRandom(seed, 'sentence', 0)
            return words.fill(sentence[locale], { ...base, ...slotsFrom(local, locale) })
          })
          .join(locale === 'zh' ? '' : ' ')
        const block = extra?.(locale, index)
        return block ? [paragraphNode(text), block] : [paragraphNode(text)]
      })
      return [locale, editorState(nodes)]
    }),
  ) as Record<Locale, RichTextValue>
}

const slotsFrom = (rng: Random, locale: Locale) => ({
  topic: rng.pick(words.topicNames)[locale],
  partner: rng.pick(words.partners)[locale],
  year: String(2006 + rng.int(0, 19)),
})
