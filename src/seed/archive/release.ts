import { blockNode, headingNode } from '@/content/lexical'
import { locales, type Locale } from '@/content/locales'
import type { EditorialStatus } from '@/workflow/status'

import {
  dateAt,
  each,
  fillAll,
  localizedBody,
  personName,
  pickIds,
  slots,
  speakerOf,
  speechQuotes,
  archiveNote,
  type ArchiveCounts,
  type ArchiveIds,
  type Extra,
} from './generate'
import { recordRandom } from './random'
import * as words from './vocabulary'

export type Draft = { status: EditorialStatus; published: boolean; data: Record<string, unknown> }

/** Most releases are published; the rest sit at each step of the review (scheduled ones: run.ts). */
const statuses: [EditorialStatus, number][] = [
  ['draft', 0.04],
  ['in_review', 0.03],
  ['changes_requested', 0.01],
  ['approved', 0.01],
  ['withdrawn', 0.01],
]

export function release(seed: number, index: number, counts: ArchiveCounts, ids: ArchiveIds): Draft {
  const rng = recordRandom(seed, 'release', index)
  const eventIndex = Math.min(counts.events - 1, Math.floor((index * counts.events) / counts.releases))
  const speaker = speakerOf(eventIndex, counts)
  const fixed = slots(rng, 'en', ids, speaker)
  const choice = {
    topic: rng.int(0, 1e9),
    city: rng.int(0, 1e9),
    partner: rng.int(0, 1e9),
    event: rng.int(0, 1e9),
  }
  const localSlots = (l: Locale) => {
    const at = (seed: number, list: words.Term[]) => list[seed % list.length]![l]
    return {
      actor: personName(speaker, l),
      topic: at(choice.topic, words.topicNames),
      city: at(choice.city, words.cities),
      partner: at(choice.partner, words.partners),
      event: at(choice.event, words.eventKinds),
      year: fixed.year!,
    }
  }
  const date = dateAt(index / counts.releases, rng)
  const quotes = speechQuotes(seed, eventIndex)
  const quote = rng.int(0, quotes.length - 1)
  const documents = rng.chance(0.25) ? pickIds(rng, ids.documents, 1) : []
  const image = rng.chance(0.1) ? rng.pick(ids.media) : undefined
  const extra: Extra = (locale, paragraph) => {
    if (paragraph === 1)
      return blockNode(
        'speechQuote',
        { speech: ids.speeches[eventIndex]!, quote: quotes[quote]![locale], paraphrase: false },
        `a${index}-q`,
      )
    if (paragraph === 2 && documents[0] !== undefined)
      return blockNode('documentReference', { document: documents[0] }, `a${index}-d`)
    if (paragraph === 3 && image !== undefined)
      return blockNode('captionedImage', { image, caption: null, credit: null }, `a${index}-i`)
    return undefined
  }
  const body = localizedBody(rng, rng.int(4, 7), localSlots, extra)
  for (const locale of locales) {
    const root = (body[locale] as unknown as { root: { children: unknown[] } }).root
    root.children.splice(2, 0, headingNode(localSlots(locale).topic))
  }
  let roll = rng.next()
  const status = statuses.find(([, share]) => (roll -= share) < 0)?.[0] ?? 'published'
  const topics = words.topicNames.length
  return {
    status,
    published: status === 'published',
    data: {
      headline: fillAll(rng.pick(words.headlines), localSlots),
      dateline: { place: each((l) => localSlots(l).city), date },
      summary: fillAll(rng.pick(words.sentences), localSlots),
      heroImage: rng.chance(0.3) ? rng.pick(ids.media) : null,
      body,
      event: ids.events[eventIndex]!,
      speeches: [ids.speeches[eventIndex]!],
      participants: [ids.participants[speaker]!, ...pickIds(rng, ids.participants, rng.int(0, 2))].filter(
        (id, n, all) => all.indexOf(id) === n,
      ),
      documents,
      topics: pickIds(rng, ids.topics.slice(0, topics), rng.int(1, 3)),
      editorialStatus: status,
      editorNote: archiveNote,
    },
  }
}
