import { cache } from 'react'

import type { Locale } from '@/content/locales'
import type { Id } from '@/content/relations'

import { cachedFetcher } from '../cache'
import { isTranslated, linkTo, textOf, type Localized, type RecordLink } from '../shape'
import type { Viewer } from '../viewer'
import { detailTags, listRecords, listTags, recordBySlug, type ListArgs } from './query'

/** A topic in a list: its link (title), and whether the newsroom features it. */
export type TopicSummary = RecordLink & { featured: boolean }

/** A topic as its page shows it. `translated` is false when its title fell back to English. */
export type TopicView = { id: Id; title?: string; translated: boolean; description?: Localized }

export const getTopic = cache(
  cachedFetcher(
    'topics.bySlug',
    (slug: string) => detailTags('topics', slug),
    async (viewer: Viewer, slug: string, locale: Locale = 'en'): Promise<TopicView | null> => {
      const topic = await recordBySlug(viewer, 'topics', slug, locale, { depth: 0 })
      return (
        topic && {
          id: topic.id,
          title: topic.title ?? undefined,
          translated: isTranslated('topics', topic),
          description: textOf(topic, 'description'),
        }
      )
    },
  ),
)

export const listTopics = cachedFetcher(
  'topics.list',
  listTags,
  async (viewer: Viewer, args: ListArgs): Promise<TopicSummary[]> => {
    const topics = await listRecords(viewer, 'topics', args)
    return topics.map((topic) => ({
      ...linkTo(args.locale ?? 'en', 'topics', topic),
      featured: !!topic.featured,
    }))
  },
)
