import type { CollectionSlug } from 'payload'

import { blockNode, editorState, headingNode, listNode, paragraphNode, paragraphs } from '@/content/lexical'
import { defaultLocale, type Locale } from '@/content/locales'
import type { SeedData } from './schema'
import type { SeedStep } from './plan'

type IdOf = (collection: CollectionSlug, key: string) => number | string
type BodyNode = SeedData['releases'][number]['body'][number]

/**
 * A release body as the editor state Payload stores. Quote blocks carry the quote as the speech
 * has it in this language when the speech was given in it, and otherwise as given: the quote
 * check (src/content/quoteCheck.ts) finds a block's words in its speech, and a quotation is
 * never a translation.
 */
export function releaseBody(
  data: SeedData,
  releaseKey: string,
  nodes: readonly BodyNode[],
  locale: Locale,
  id: IdOf,
) {
  const quoteOf = (speechKey: string, index: number) => {
    const speech = data.speeches.find((s) => s.key === speechKey)!
    const own =
      speech.language === locale ? data.translations[locale]?.speeches[speechKey]?.quotes : undefined
    return (locale !== defaultLocale && own?.[index]) || speech.quotes[index]!
  }
  return editorState(
    nodes.map((node, index) => {
      // The same id in every language: the block stands at the same place in each.
      const blockId = `${releaseKey}-${index}`
      if ('paragraph' in node) return paragraphNode(node.paragraph)
      if ('heading' in node) return headingNode(node.heading)
      if ('list' in node) return listNode(node.list)
      if ('document' in node)
        return blockNode('documentReference', { document: id('documents', node.document) }, blockId)
      const quote = quoteOf(node.quote.speech, node.quote.index)
      return blockNode('speechQuote', { speech: id('speeches', node.quote.speech), quote }, blockId)
    }),
  )
}

/** Rows of an array field as created, with their localized `field` replaced in this language. */
function localizedRows(
  created: Record<string, unknown> | undefined,
  name: string,
  field: string,
  values?: (string | undefined)[],
) {
  const rows = created?.[name]
  if (!values || !Array.isArray(rows)) return undefined
  return rows.map((row: Record<string, unknown>, i) => ({ ...row, [field]: values[i] }))
}

/**
 * One write per translated record and language, after every record exists: the same records,
 * published in that language (the run only updates records it created, see run.ts).
 */
export function translationSteps(data: SeedData): SeedStep[] {
  const steps: SeedStep[] = []
  for (const [locale, t] of Object.entries(data.translations) as [Locale, SeedData['translations']['ru']][]) {
    if (!t) continue
    const step = (collection: CollectionSlug, key: string, write: SeedStep['data']) =>
      steps.push({ kind: 'update', collection, key, locale, data: write })
    for (const [key, topic] of Object.entries(t.topics)) step('topics', key, () => ({ ...topic }))
    for (const [key, p] of Object.entries(t.participants))
      step('participants', key, (_id, created) => ({
        name: p.name,
        shortName: p.shortName,
        bio: p.bio,
        positions: localizedRows(created, 'positions', 'title', p.positions),
      }))
    for (const [key, d] of Object.entries(t.documents)) step('documents', key, () => ({ ...d }))
    for (const [key, e] of Object.entries(t.events)) {
      const english = data.events.find((event) => event.key === key)!
      step('events', key, (_id, created) => ({
        title: e.title,
        venue: e.venue,
        city: e.city,
        description: e.description ? paragraphs(e.description) : undefined,
        // A row without a translated note gets none in this language (it reads as the English).
        participation: e.participation
          ? localizedRows(
              created,
              'participation',
              'note',
              english.participation.map((entry) => e.participation?.[entry.participant]),
            )
          : undefined,
        livestream: e.livestream ? { ...(created?.livestream as object), note: e.livestream } : undefined,
      }))
    }
    for (const [key, s] of Object.entries(t.speeches))
      step('speeches', key, (_id, created) => ({
        title: s.title,
        quotes: localizedRows(created, 'quotes', 'quote', s.quotes),
      }))
    for (const [key, r] of Object.entries(t.releases))
      step('press-releases', key, (id, created) => ({
        headline: r.headline,
        dateline: { ...(created?.dateline as object), place: r.dateline.place },
        summary: r.summary,
        body: releaseBody(data, key, r.body, locale, id),
      }))
  }
  return steps
}
