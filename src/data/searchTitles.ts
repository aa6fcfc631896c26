import type { Locale } from '@/content/locales'
import type { SearchMatch } from '@/server/search'

import { payloadClient } from './payload'
import { titleField } from './shape'

/**
 * The titles, in the reader's language, of records a Russian or Chinese search matched through
 * their English entry only (English words of a translated record): keyed "collection:id", only
 * those that have a title of their own in that language. One query per collection that has such
 * matches (at most five, never one per hit), public records only, read without fallback.
 */
export async function ownTitles(matches: SearchMatch[], locale: Locale): Promise<Map<string, string>> {
  const titles = new Map<string, string>()
  if (locale === 'en') return titles
  const english = matches.filter((match) => match.locale !== locale)
  const collections = [...new Set(english.map((match) => match.collection))]
  if (collections.length === 0) return titles
  const payload = await payloadClient()
  await Promise.all(
    collections.map(async (collection) => {
      const field = titleField[collection]
      const { docs } = (await payload.find({
        collection,
        where: {
          id: {
            in: english.filter((match) => match.collection === collection).map((match) => match.recordId),
          },
        },
        locale,
        fallbackLocale: false,
        depth: 0,
        draft: false,
        overrideAccess: false,
        pagination: false,
        joins: false as never,
        select: { [field]: true } as never,
      })) as { docs: ({ id: number | string } & Record<string, unknown>)[] }
      for (const doc of docs) {
        const title = doc[field]
        if (typeof title === 'string' && title.trim()) titles.set(`${collection}:${doc.id}`, title)
      }
    }),
  )
  return titles
}
