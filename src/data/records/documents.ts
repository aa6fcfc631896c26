import type { Locale } from '@/content/locales'
import { populated, populatedList, type Id } from '@/content/relations'
import type { Document, Media } from '@/payload-types'

import { isTranslated, linksOf, linkTo, textOf, type Localized, type RecordLink } from '../shape'
import { detailFetcher, listFetcher, type Marked } from './query'

/** A document in a list: its link (title) and symbol (A/RES/59/48). */
export type DocumentSummary = RecordLink & { symbol?: string | null }

/** A document as its page shows it. `translated` is false when its title fell back to English. */
export type DocumentView = {
  id: Id
  type: Document['type']
  title?: string
  translated: boolean
  symbol?: string | null
  date?: string | null
  place?: string | null
  summary?: Localized
  /** Its file (a PDF) to download. */
  fileUrl?: string
  link?: string | null
  parties: RecordLink[]
  related: DocumentSummary[]
}

export function documentSummary(document: Document, locale: Locale): DocumentSummary {
  return { ...linkTo(locale, 'documents', document), symbol: document.symbol }
}

function toView(document: Marked<'documents'>, locale: Locale): DocumentView {
  return {
    id: document.id,
    type: document.type,
    title: document.title ?? undefined,
    translated: isTranslated('documents', document),
    symbol: document.symbol,
    date: document.date,
    place: document.place,
    summary: textOf(document, 'summary'),
    fileUrl: populated<Media>(document.file)?.url ?? undefined,
    link: document.link,
    parties: linksOf(locale, 'participants', document.parties),
    related: populatedList(document.related).map((related) => documentSummary(related, locale)),
  }
}

export const getDocument = detailFetcher('documents', { depth: 1 }, toView)

export const listDocuments = listFetcher('documents', documentSummary)
