import type { PayloadRequest } from 'payload'

import type { Speech } from '@/payload-types'

import { blockFieldsOf, editorStates, plainText } from './lexical'
import { idOf, idsOf, type Id } from './relations'
import { quotePreview, quoteStandsIn, textsOf } from './quotes'

/**
 * The check behind every door a quote passes (the block's mark as it is typed, Submit, Approve,
 * Publish through the workflow or Payload's own button): a quote block's words must stand in
 * its speech's full text or key quotes, in any language (src/content/quotes.ts says what
 * "stand" means), unless an editor marked the block as a paraphrase. The speech is read as the
 * public has it (its published version), so an unreviewed edit of a speech cannot vouch for a quote.
 */

export type QuoteProblem = {
  /** The quote's first words. */
  quote: string
  /** The speech's title, when there is one. */
  speech?: string
  reason: 'noSpeech' | 'notLinked' | 'notFound'
}

/** The speech as the check reads it: every language of its title, full text and key quotes. */
export type QuoteSource = Pick<Speech, 'id' | 'title' | 'text' | 'fullText' | 'quotes'>

const title = (speech: QuoteSource) => textsOf(speech.title)[0] ?? `speech ${speech.id}`

/** The texts a quote from this speech may stand in. */
export function speechTexts(speech: QuoteSource): string[] {
  const fullTexts = textsOf(speech.fullText)
  return [
    ...(fullTexts.length ? fullTexts : editorStates(speech.text).map(plainText)),
    ...(speech.quotes ?? []).flatMap((row) => textsOf(row.quote)),
  ]
}

/**
 * Runs a Local API read in every language with the caller's `req` (its transaction) and gives
 * `req` back its language: Payload's createLocalReq (payload 3.90.1,
 * dist/utilities/createLocalReq.js) writes the read's `locale` onto the `req` it is handed, and
 * a later write with that `req` would then validate every language at once.
 */
export async function keepingLocale<T>(req: PayloadRequest, read: () => Promise<T>): Promise<T> {
  const { locale, fallbackLocale } = req
  try {
    return await read()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}

/** The speeches with these ids, every language, as published (depth 0). */
export async function loadQuoteSources(
  req: PayloadRequest,
  ids: readonly Id[],
): Promise<Map<string, QuoteSource>> {
  if (ids.length === 0) return new Map()
  const { docs } = await keepingLocale(req, () =>
    req.payload.find({
      collection: 'speeches',
      where: { id: { in: [...new Set(ids)] } },
      select: { title: true, text: true, fullText: true, quotes: true },
      locale: 'all',
      depth: 0,
      limit: ids.length,
      pagination: false,
      overrideAccess: true,
      req,
    }),
  )
  return new Map(docs.map((doc) => [String(doc.id), doc as QuoteSource]))
}

/** What is wrong with one quote block, or undefined when it passes. */
export function quoteProblem(
  block: Record<string, unknown>,
  speeches: Map<string, QuoteSource>,
  linked: readonly Id[],
): QuoteProblem | undefined {
  if (block.paraphrase === true) return undefined
  const quote = quotePreview(typeof block.quote === 'string' ? block.quote : '')
  const id = idOf(block.speech)
  const speech = id === undefined ? undefined : speeches.get(String(id))
  if (!speech) return { quote, reason: 'noSpeech' }
  if (linked.length > 0 && !linked.some((other) => String(other) === String(id)))
    return { quote, speech: title(speech), reason: 'notLinked' }
  if (typeof block.quote !== 'string' || !quoteStandsIn(block.quote, speechTexts(speech)))
    return { quote, speech: title(speech), reason: 'notFound' }
  return undefined
}

/** Every unverified quote in these bodies (one editor state or a map by locale each). */
export async function unverifiedQuotes(
  req: PayloadRequest,
  { bodies, speeches }: { bodies: unknown[]; speeches: unknown },
): Promise<QuoteProblem[]> {
  const blocks = bodies.flatMap(editorStates).flatMap((state) => blockFieldsOf(state, 'speechQuote'))
  if (blocks.length === 0) return []
  const sources = await loadQuoteSources(req, idsOf(blocks.map((block) => block.speech)))
  const linked = idsOf(Array.isArray(speeches) ? speeches : [])
  return blocks.flatMap((block) => quoteProblem(block, sources, linked) ?? [])
}

/**
 * The unverified quotes of a release: its latest text in every language, with `body` (the
 * text being written in the request's language) and `speeches` (its linked speeches) taking
 * the place of what is stored when given.
 */
export async function releaseQuoteProblems(
  req: PayloadRequest,
  { id, body, speeches }: { id?: Id; body?: unknown; speeches?: unknown },
): Promise<QuoteProblem[]> {
  const bodies: unknown[] = body === undefined ? [] : [body]
  let linked = speeches
  if (id !== undefined && (body === undefined || req.locale !== 'all' || linked === undefined)) {
    const stored = await keepingLocale(req, () =>
      req.payload.findByID({
        collection: 'press-releases',
        id,
        draft: true,
        locale: 'all',
        depth: 0,
        select: { body: true, speeches: true },
        overrideAccess: true,
        disableErrors: true,
        req,
      }),
    )
    const byLocale = (stored?.body ?? {}) as unknown as Record<string, unknown>
    if ('root' in byLocale) {
      if (body === undefined) bodies.push(byLocale)
    } else if (body === undefined || req.locale !== 'all')
      for (const [locale, state] of Object.entries(byLocale))
        if (body === undefined || locale !== req.locale) bodies.push(state)
    if (linked === undefined) linked = stored?.speeches
  }
  return unverifiedQuotes(req, { bodies, speeches: linked })
}

/** One sentence for a problem, naming the quote and the speech. */
export function quoteProblemMessage({ quote, speech, reason }: QuoteProblem): string {
  if (reason === 'noSpeech')
    return `The quote “${quote}” names no existing speech: choose the speech it is taken from.`
  if (reason === 'notLinked')
    return `The quote “${quote}” is from “${speech}”, which is not linked to this release: add the speech under Linked records.`
  return `The quote “${quote}” is not found in “${speech}”: correct the wording, pick one of its key quotes, or ask an editor to mark it as a paraphrase.`
}

/** The message of a refused action: the first problem, and how many more there are. */
export function unverifiedQuotesMessage(problems: readonly QuoteProblem[]): string {
  const [first, ...rest] = problems
  if (!first) return ''
  const more = rest.length ? ` (${rest.length} more quote${rest.length > 1 ? 's' : ''} to check)` : ''
  return `${quoteProblemMessage(first)}${more}`
}
