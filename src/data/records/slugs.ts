import type { Locale } from '@/content/locales'

import { cachedFetcher } from '../cache'
import { fallbackLang, markEnglish, type RecordSlug } from '../english'
import { titleField } from '../shape'
import type { Viewer } from '../viewer'
import { everyRecord, listTags } from './query'

/** `lang` is 'en' when the label fell back to English. */
export type Option = { value: string; label: string; lang?: 'en' }

type Named = { id: number | string; slug?: string | null } & Record<string, unknown>

/** Slug and title of every public record of a collection: light enough for a filter's <select>. */
export const recordOptions = cachedFetcher(
  'records.options',
  listTags,
  async (
    viewer: Viewer,
    collection: 'topics' | 'events' | 'participants',
    locale: Locale,
  ): Promise<Option[]> => {
    const field = titleField[collection]
    const docs = await everyRecord<Named>(viewer, collection, {
      locale,
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

/** Slug and last change of every public record of a collection, for the sitemap. */
export const recordSlugs = cachedFetcher(
  'records.slugs',
  listTags,
  async (viewer: Viewer, collection: RecordSlug): Promise<{ slug: string; updatedAt: string }[]> => {
    const docs = await everyRecord<Named & { updatedAt: string }>(viewer, collection, {
      select: { slug: true, updatedAt: true },
    })
    return docs.flatMap((doc) => (doc.slug ? [{ slug: doc.slug, updatedAt: doc.updatedAt }] : []))
  },
)
