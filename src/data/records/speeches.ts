import { cache } from 'react'

import type { Locale } from '@/content/locales'
import type { Id } from '@/content/relations'
import type { Speech } from '@/payload-types'

import { cachedFetcher } from '../cache'
import { fallbackLang } from '../english'
import { isTranslated, linkOf, linkTo, localized, type Localized, type RecordLink } from '../shape'
import type { Viewer } from '../viewer'
import { detailTags, listRecords, listTags, recordBySlug, type ListArgs, type Marked } from './query'

/** A speech in a list: its link (title), day and speaker. */
export type SpeechSummary = RecordLink & { date: string; speaker?: RecordLink }

/** A speech as its page shows it. `translated` is false when its title fell back to English. */
export type SpeechView = {
  id: Id
  title?: string
  translated: boolean
  delivery: Speech['delivery']
  date: string
  speaker?: RecordLink
  event?: RecordLink
  /** Its key quotes; `id` is the row's. */
  quotes: (Localized & { id: Id })[]
  /** Its full text, which may be the English one. */
  body: Localized<Speech['text']>
  videoUrl?: string | null
}

export function speechSummary(speech: Speech, locale: Locale): SpeechSummary {
  return {
    ...linkTo(locale, 'speeches', speech),
    date: speech.date,
    speaker: linkOf(locale, 'participants', speech.speaker),
  }
}

function toView(speech: Marked<'speeches'>, locale: Locale): SpeechView {
  const quoteLang = fallbackLang(speech, 'quotes.quote')
  return {
    id: speech.id,
    title: speech.title ?? undefined,
    translated: isTranslated('speeches', speech),
    delivery: speech.delivery,
    date: speech.date,
    speaker: linkOf(locale, 'participants', speech.speaker),
    event: linkOf(locale, 'events', speech.event),
    quotes: (speech.quotes ?? []).map((quote, index) => ({
      id: quote.id ?? index,
      ...localized(quote.quote ?? '', quoteLang),
    })),
    body: localized(speech.text, fallbackLang(speech, 'text')),
    videoUrl: speech.videoUrl,
  }
}

export const getSpeech = cache(
  cachedFetcher(
    'speeches.bySlug',
    (slug: string) => detailTags('speeches', slug),
    async (viewer: Viewer, slug: string, locale: Locale = 'en'): Promise<SpeechView | null> => {
      const speech = await recordBySlug(viewer, 'speeches', slug, locale, {
        depth: 1,
        related: (record) => [
          ['participants', [record.speaker]],
          ['events', [record.event]],
        ],
      })
      return speech && toView(speech, locale)
    },
  ),
)

export const listSpeeches = cachedFetcher(
  'speeches.list',
  listTags,
  async (viewer: Viewer, args: ListArgs): Promise<SpeechSummary[]> => {
    const speeches = await listRecords(viewer, 'speeches', args, (records) => [
      ['participants', records.map((speech) => speech.speaker)],
    ])
    return speeches.map((speech) => speechSummary(speech, args.locale ?? 'en'))
  },
)
