import type { Id } from '@/content/relations'

import { isTranslated, linkTo, textOf, type Localized, type RecordLink } from '../shape'
import { detailFetcher, listFetcher, type Marked } from './query'

/** A topic in a list: its link (title), and whether the newsroom features it. */
export type TopicSummary = RecordLink & { featured: boolean }

/** A topic as its page shows it. `translated` is false when its title fell back to English. */
export type TopicView = { id: Id; title?: string; translated: boolean; description?: Localized }

function toView(topic: Marked<'topics'>): TopicView {
  return {
    id: topic.id,
    title: topic.title ?? undefined,
    translated: isTranslated('topics', topic),
    description: textOf(topic, 'description'),
  }
}

export const getTopic = detailFetcher('topics', { depth: 0 }, toView)

export const listTopics = listFetcher('topics', (topic, locale): TopicSummary => ({
  ...linkTo(locale, 'topics', topic),
  featured: Boolean(topic.featured),
}))
