import { stemmer as englishStem } from '@orama/stemmers/english'
import { stemmer as russianStem } from '@orama/stemmers/russian'

/**
 * How text becomes index tokens, and a query becomes what to look for: the same analysis for
 * the text indexed and for the query, whatever the database (issue 12).
 *
 * - Words in Latin or Cyrillic letters are lower-cased and stemmed with Snowball, chosen by the
 *   word's script rather than the record's language (a Russian page names "SCO", an English one
 *   "Norov"). FTS5's own porter tokenizer knows English only, and MongoDB's text index takes one
 *   language per document, so both indexes get these tokens and stem nothing themselves.
 * - Chinese, Japanese (Han, kana) text becomes one token per character; a query of n characters
 *   is the phrase of its n characters, so a one- or two-character query finds its word. (FTS5's
 *   trigram tokenizer cannot match fewer than three characters.)
 */

const wordPattern = /[\p{L}\p{N}\p{M}]+/gu
const ideograph = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u
const cyrillic = /\p{Script=Cyrillic}/u
const latin = /\p{Script=Latin}/u

/** At most this many words of a query count, as before (src/data/excerpt.ts). */
export const maxQueryWords = 8

function normalize(word: string): string {
  return word.normalize('NFKC').toLowerCase().replaceAll('ё', 'е')
}

/** Stems already computed: a newsroom's vocabulary repeats, and excerpts stem every word shown. */
const stems = new Map<string, string>()
const maxStems = 50_000

/** The stem of one word (not ideographs), lower-cased. */
export function stemOf(word: string): string {
  const known = stems.get(word)
  if (known !== undefined) return known
  const lower = normalize(word)
  const stem = cyrillic.test(lower) ? russianStem(lower) : latin.test(lower) ? englishStem(lower) : lower
  if (stems.size >= maxStems) stems.clear()
  stems.set(word, stem)
  return stem
}

type Piece = { text: string; at: number; ideographs: boolean }

/**
 * The words of a text with their positions; a run of ideographs is one piece. A word without
 * ideographs (nearly all of them) is one piece as it is: only a mixed word is walked character by
 * character, which cost the index and the search page's excerpts most of their time.
 */
function piecesOf(text: string): Piece[] {
  const pieces: Piece[] = []
  for (const match of text.matchAll(wordPattern)) {
    const word = match[0]
    if (!ideograph.test(word)) {
      pieces.push({ text: word, at: match.index, ideographs: false })
      continue
    }
    let start = 0
    let offset = 0
    let kind: boolean | undefined
    for (const char of word) {
      const isIdeograph = ideograph.test(char)
      if (kind !== undefined && isIdeograph !== kind) {
        pieces.push({ text: word.slice(start, offset), at: match.index + start, ideographs: kind })
        start = offset
      }
      kind = isIdeograph
      offset += char.length
    }
    pieces.push({ text: word.slice(start), at: match.index + start, ideographs: Boolean(kind) })
  }
  return pieces
}

/** The index tokens of a text, space-separated. */
export function indexTokens(text: string | null | undefined): string {
  if (!text) return ''
  return piecesOf(text)
    .map((piece) => (piece.ideographs ? [...piece.text].join(' ') : stemOf(piece.text)))
    .join(' ')
}

/** The lower-cased words of a text, unstemmed: titles' words, for prefix suggestions. */
export function wordTokens(text: string | null | undefined): string {
  if (!text) return ''
  return piecesOf(text)
    .map((piece) => (piece.ideographs ? [...piece.text].join(' ') : normalize(piece.text)))
    .join(' ')
}

/**
 * One term of a query: a word matches its stem, or the word itself as another form's stem
 * (Snowball stems "Норов" to "нор" but "Норова" to "норов"); a run of ideographs is a phrase.
 */
export type QueryTerm = { stem: string; word: string } | { phrase: string[] }

export type AnalyzedQuery = {
  terms: QueryTerm[]
  /** The last word, unstemmed, for prefix suggestions ('' when it is ideographs). */
  last: string
}

export function analyzeQuery(query: string): AnalyzedQuery {
  const pieces = piecesOf(query.slice(0, 200)).slice(0, maxQueryWords)
  const terms: QueryTerm[] = pieces.map((piece) =>
    piece.ideographs
      ? { phrase: [...piece.text] }
      : { stem: stemOf(piece.text), word: normalize(piece.text) },
  )
  const final = pieces.at(-1)
  return { terms, last: final && !final.ideographs ? normalize(final.text) : '' }
}

/** The index of the query's term that one word matches, or -1. */
function termOfWord(word: string, terms: QueryTerm[]): number {
  const stem = stemOf(word)
  return terms.findIndex((term) => 'stem' in term && (term.stem === stem || term.word === stem))
}

/** Where the matches of the query are in a text: [start, end, term index], in order. */
export function matchesIn(text: string, query: AnalyzedQuery): [number, number, number][] {
  const found: [number, number, number][] = []
  for (const piece of piecesOf(text)) {
    if (!piece.ideographs) {
      const term = termOfWord(piece.text, query.terms)
      if (term >= 0) found.push([piece.at, piece.at + piece.text.length, term])
      continue
    }
    for (const [index, term] of query.terms.entries()) {
      if (!('phrase' in term)) continue
      const phrase = term.phrase.join('')
      for (let at = piece.text.indexOf(phrase); at >= 0; at = piece.text.indexOf(phrase, at + 1))
        found.push([piece.at + at, piece.at + at + phrase.length, index])
    }
  }
  return found.sort((a, b) => a[0] - b[0])
}

/** The distinct words of the text that the query matched: what the page highlights. */
export function matchedWords(texts: string[], query: AnalyzedQuery): string[] {
  const words = new Set<string>()
  for (const text of texts)
    for (const [start, end] of matchesIn(text, query)) words.add(text.slice(start, end))
  return [...words]
}

/**
 * About `size` characters of the text that matches the most of the query's terms (the first
 * such), around its first match, and that text's index (the first non-empty text when none
 * matches; -1 when all are empty).
 */
export function excerptAround(
  texts: string[],
  query: AnalyzedQuery,
  size = 200,
): { excerpt: string; index: number } {
  let best: { index: number; at: number; terms: number } | undefined
  for (const [index, text] of texts.entries()) {
    const matches = text ? matchesIn(text, query) : []
    const terms = new Set(matches.map((match) => match[2])).size
    if (terms > (best?.terms ?? 0)) best = { index, at: matches[0]![0], terms }
    if (terms === query.terms.length && terms > 0) break
  }
  if (best) {
    const text = texts[best.index]!
    const start = Math.max(0, Math.floor(best.at - size / 3))
    const cut = text.slice(start, start + size)
    const excerpt = `${start > 0 ? '…' : ''}${cut}${start + size < text.length ? '…' : ''}`
    return { excerpt, index: best.index }
  }
  const index = texts.findIndex(Boolean)
  const first = texts[index] ?? ''
  return { excerpt: first.length > size ? `${first.slice(0, size)}…` : first, index }
}
