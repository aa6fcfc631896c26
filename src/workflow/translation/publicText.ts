import type { Field } from 'payload'

import type { Locale } from '@/content/locales'

/**
 * A translation the public may not read yet is read as if it did not exist: Payload then falls
 * back to English (src/content/locales.ts, `fallback: true`), and the site's English marks and
 * fallback note (src/data/english.ts, src/site/FallbackNote.tsx) say so, since they compare the
 * page with the same read without fallback. Done on the document as the database returns it,
 * before Payload picks a language: each localized field is then `{ en, ru, zh }` on both
 * adapters (payload/dist/collections/operations/find.js runs `beforeRead` before `afterRead`
 * flattens the locales), so removing a language's key is all it takes, for every locale and
 * fallback a caller asks for, `locale: 'all'` included.
 */

/** The dotted paths of the localized fields ('headline', 'dateline.place'), through groups, rows and collapsibles. */
export function localizedPaths(fields: readonly Field[], prefix = ''): string[] {
  return fields.flatMap((field): string[] => {
    if (field.type === 'row' || field.type === 'collapsible') return localizedPaths(field.fields, prefix)
    if (!('name' in field) || field.type === 'ui') return []
    const path = `${prefix}${field.name}`
    if ('localized' in field && field.localized) return [path]
    if (field.type === 'group') return localizedPaths(field.fields, `${path}.`)
    return []
  })
}

/** Removes these languages' values from a raw document's localized fields (in place). */
export function withoutLanguages<T extends object>(
  doc: T,
  paths: readonly string[],
  hidden: readonly Locale[],
): T {
  if (hidden.length === 0) return doc
  for (const path of paths) {
    const keys = path.split('.')
    let holder: unknown = doc
    for (const key of keys.slice(0, -1)) holder = (holder as Record<string, unknown> | undefined)?.[key]
    const value = (holder as Record<string, unknown> | undefined)?.[keys.at(-1)!]
    // A value already flattened to one language is not a map of languages: leave it alone.
    if (!value || typeof value !== 'object' || Array.isArray(value) || 'root' in value) continue
    for (const locale of hidden) delete (value as Record<string, unknown>)[locale]
  }
  return doc
}
