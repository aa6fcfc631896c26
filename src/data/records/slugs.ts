import type { Locale } from '@/content/locales'

import { cachedFetcher } from '../cache'
import { publicFacets, releaseTags } from '../releases'
import { fallbackLang, markEnglish } from '../english'
import { titleField } from '../shape'
import type { Viewer } from '../viewer'
import { everyRecord, listTags } from './query'

/** `lang` is 'en' when the label fell back to English. */
export type Option = { value: string; label: string; lang?: 'en' }

type Named = { id: number | string; slug?: string | null } & Record<string, unknown>

/**
 * Slug and title of every public record of a collection that a public release links to, for the
 * news filter's <select>: the ids come from the database's facets, so no release is read here.
 */
export const recordOptions = cachedFetcher(
  'records.options',
  () => [...listTags(), ...releaseTags()],
  async (
    viewer: Viewer,
    collection: 'topics' | 'events' | 'participants',
    locale: Locale,
  ): Promise<Option[]> => {
    const field = titleField[collection]
    const ids = (await publicFacets(viewer))[collection]
    if (ids.length === 0) return []
    const docs = await everyRecord<Named>(viewer, collection, {
      locale,
      where: { id: { in: ids } },
      sort: collection === 'events' ? '-startsAt' : field,
      select: { slug: true, [field]: true },
    })
    await markEnglish(viewer, locale, collection, docs)
    return docs.flatMap((record) => {
      const label = record[field]
      if (!record.slug) return []
      const lang = fallbackLang(record, field)
      return [
        { value: record.slug, label: typeof label === 'string' ? label : record.slug, ...(lang && { lang }) },
      ]
    })
  },
)
