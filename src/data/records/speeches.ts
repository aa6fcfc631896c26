import type { Locale } from '@/content/locales'
import type { Id } from '@/content/relations'
import type { Speech } from '@/payload-types'

import { fallbackLang } from '../english'
import { isTranslated, linkOf, linkTo, localized, type Localized, type RecordLink } from '../shape'
import { detailFetcher, listFetcher, type Marked } from './query'

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

export const getSpeech = detailFetcher(
  'speeches',
  {
    depth: 1,
    related: (speech) => [
      ['participants', [speech.speaker]],
      ['events', [speech.event]],
    ],
  },
  toView,
)

export const listSpeeches = listFetcher('speeches', speechSummary, (speeches) => [
  ['participants', speeches.map((speech) => speech.speaker)],
])
