/**
 * When a quote "stands verbatim" in a speech: the one rule the quote block's mark, the publish
 * check and the workflow share. Typography is not wording: curly and straight quotation marks,
 * dash kinds, spacing (line breaks, non-breaking and zero-width spaces, spaces around a dash)
 * do not make two texts differ. Everything else does, words and their case included, except
 * what print style changes at a quote's edges: its opening capital (a quote taken from
 * mid-sentence is printed capitalised) and a closing full stop, comma, colon or semicolon.
 * An ellipsis inside a quote marks an omission: the parts must stand in that order.
 */

const invisible = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g
const doubleQuotes = /[\u0022\u00AB\u00BB\u201C-\u201F\u2033\u301D-\u301F\uFF02]/g
const singleQuotes = /[\u0027\u0060\u00B4\u2018-\u201B\u2032\u2039\u203A]/g
const dashes = /[\u002D\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g

/** The text with typography made uniform: what `quoteStandsIn` compares. */
export function normalizeQuote(text: string): string {
  return text
    .normalize('NFC')
    .replace(invisible, '')
    .replace(doubleQuotes, '"')
    .replace(singleQuotes, "'")
    .replace(/\u2026/g, '...')
    .replace(dashes, '-')
    .replace(/\s+/g, ' ')
    .replace(/ ?- ?/g, '-')
    .trim()
}

/** The quote's own words: without the quotation marks around it or the stop after it. */
function quotedWords(quote: string): string {
  let words = normalizeQuote(quote)
  for (;;) {
    const trimmed = words
      .replace(/^["']+|["']+$/g, '')
      .replace(/[.,;:]+$/, '')
      .trim()
    if (trimmed === words) return words
    words = trimmed
  }
}

/** Where `part` stands in `text` from `from` on, its first letter in either case; -1 when nowhere. */
function indexOfPart(text: string, part: string, from: number, firstLetterEitherCase: boolean): number {
  if (!firstLetterEitherCase) return text.indexOf(part, from)
  const first = part[0]!.toLowerCase()
  const rest = part.slice(1)
  for (let at = text.indexOf(rest, from + 1); at !== -1; at = text.indexOf(rest, at + 1)) {
    if (text[at - 1]!.toLowerCase() === first) return at - 1
  }
  return -1
}

/** Whether `quote` stands verbatim (see above) in one of `sources`. An empty quote stands nowhere. */
export function quoteStandsIn(quote: string, sources: readonly string[]): boolean {
  const parts = quotedWords(quote)
    .split('...')
    .map((part) => part.trim())
    .filter(Boolean)
  if (parts.length === 0) return false
  return sources.some((source) => {
    const text = normalizeQuote(source)
    let from = 0
    for (const [index, part] of parts.entries()) {
      const found = indexOfPart(text, part, from, index === 0)
      if (found === -1) return false
      from = found + part.length
    }
    return true
  })
}

/** The first words of a quote, to name it in a message. */
export function quotePreview(quote: string, words = 8): string {
  const all = quotedWords(quote).split(' ')
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ')
}

/** Every text in a value read with `locale: 'all'` (or one locale): strings, and objects of them by locale. */
export function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value] : []
  if (value && typeof value === 'object' && !Array.isArray(value))
    return Object.values(value).filter(
      (text): text is string => typeof text === 'string' && text.trim() !== '',
    )
  return []
}

/** Sentences of `text` that contain every word of `search` (any case), for the quote picker. */
export function passagesMatching(text: string, search: string, limit = 8): string[] {
  const words = normalizeQuote(search).toLowerCase().split(' ').filter(Boolean)
  if (words.length === 0) return []
  const sentences = normalizeQuote(text)
    .split(/(?<=[.!?…])\s+(?=["'(\p{Lu}\p{Lo}])/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean)
  return sentences
    .filter((sentence) => {
      const lower = sentence.toLowerCase()
      return words.every((word) => lower.includes(word))
    })
    .slice(0, limit)
}
