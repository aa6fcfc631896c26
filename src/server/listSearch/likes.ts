import type { Where } from 'payload'

/** Payload's `like` splits on spaces and asks for every word; the trigram index needs three characters a word. */
export function answerable(value: unknown): string[] | null {
  if (typeof value !== 'string') return null
  const words = value.split(' ')
  // No NUL either: FTS5 reads its query as a C string (LIKE ignores what follows one).
  const ok = words.every((word) => [...word].length >= 3 && !/[%_\0]/.test(word))
  return ok ? words : null
}

/**
 * Whether the index and SQLite's LIKE fold these words' case alike: LIKE folds ASCII letters
 * only, the index every letter ("норов" finds "Норов" through the index, not through LIKE).
 * Letters without case (Chinese) and ASCII are read the same by both. Known exceptions, on the
 * text's side: the Kelvin sign (U+212A) and the long s (U+017F), which the index reads as "k" and
 * "s", and a NUL, past which LIKE reads nothing; a count can then include a release LIKE would not
 * list. Text of a press release does not hold them in practice.
 */
export const foldsAsLike = (words: string[]): boolean =>
  words.every((word) => [...word].every((char) => char < '\x80' || char.toLowerCase() === char.toUpperCase()))

/** `{ field: { like } }` alone, on an indexed field, that the index answers: its field and words. */
export function indexedLike(
  where: Where,
  fields: Set<string>,
): { field: string; value: string; words: string[] } | null {
  const entries = Object.entries(where)
  if (entries.length !== 1) return null
  const [field, condition] = entries[0]!
  if (!fields.has(field) || !condition || Object.keys(condition).length !== 1) return null
  const value = (condition as { like?: unknown }).like
  const words = answerable(value)
  return words ? { field, value: value as string, words } : null
}
