/** The words of a search query, and the excerpt of a hit around the first of them. */

/** Up to eight lower-cased words of a query. */
export function searchTerms(query: string): string[] {
  return query
    .toLocaleLowerCase()
    .split(/\s+/)
    .map((term) => term.trim())
    .filter((term) => term.length > 0)
    .slice(0, 8)
}

/**
 * About 200 characters of the first text that contains a term, centred on the match, and the
 * index of that text (the first non-empty one when none matches; -1 when all are empty).
 */
export function excerptOf(
  texts: (string | null | undefined)[],
  terms: string[],
  size = 200,
): { excerpt: string; index: number } {
  for (const [index, text] of texts.entries()) {
    if (!text) continue
    const lower = text.toLocaleLowerCase()
    const at = Math.min(...terms.map((term) => lower.indexOf(term)).filter((found) => found >= 0))
    if (Number.isFinite(at)) {
      const start = Math.max(0, at - size / 3)
      const cut = text.slice(start, start + size)
      return { excerpt: `${start > 0 ? '…' : ''}${cut}${start + size < text.length ? '…' : ''}`, index }
    }
  }
  const index = texts.findIndex(Boolean)
  const first = texts[index] ?? ''
  return { excerpt: first.length > size ? `${first.slice(0, size)}…` : first, index }
}
