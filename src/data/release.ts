import { cache } from 'react'

import { tags, tagsFor } from '@/cache/tags'
import type { Locale } from '@/content/locales'
import { idsOf, populated, populatedList, type Id } from '@/content/relations'
import type { Event, Media, PressRelease, Speech } from '@/payload-types'

import { cachedFetcher } from './cache'
import { fallbackLang, markEnglish } from './english'
import { payloadClient } from './payload'
import { documentSummary, type DocumentSummary } from './records/documents'
import { eventSummary, type EventSummary } from './records/events'
import { speechSummary, type SpeechSummary } from './records/speeches'
import { findReleases, releaseTags, type ReleaseSummary } from './releases'
import { imageOf, isTranslated, linksOf, type Image, type RecordLink } from './shape'
import type { Viewer } from './viewer'

/** A release as its page shows it, with the records it links to and the releases on its topics. */
export type ReleaseView = {
  id: Id
  headline?: string | null
  summary?: string | null
  /** False when the headline fell back to English. */
  translated: boolean
  /** Its own title, description and image for search engines and link previews, if any. */
  seo: { title?: string | null; description?: string | null; image?: Image }
  hero?: Image & { caption?: string | null; credit?: string | null }
  dateline: PressRelease['dateline']
  /** 'en' when the dateline's place has no name in this language. */
  datelinePlaceLang?: 'en'
  body: PressRelease['body']
  pressContact?: string | null
  firstPublishedAt?: string | null
  updatedAt: string
  event?: EventSummary
  /** The speakers of its speeches, each once. */
  speakers: RecordLink[]
  speeches: SpeechSummary[]
  documents: DocumentSummary[]
  participants: RecordLink[]
  topics: RecordLink[]
  /** Other releases on one of its topics, newest first. */
  related: ReleaseSummary[]
}

function toView(release: PressRelease, locale: Locale, related: ReleaseSummary[]): ReleaseView {
  const datelinePlaceLang = fallbackLang(release, 'dateline.place')
  const event = populated<Event>(release.event)
  const speeches = populatedList(release.speeches).map((speech) => speechSummary(speech, locale))
  const speakers = speeches.flatMap((speech) => speech.speaker ?? [])
  const hero = imageOf(release.heroImage, 'hero')
  const heroMedia = populated<Media>(release.heroImage)
  return {
    id: release.id,
    headline: release.headline,
    summary: release.summary,
    translated: isTranslated('press-releases', release),
    seo: {
      title: release.seo?.title,
      description: release.seo?.description,
      image: imageOf(release.seo?.image, 'og') ?? imageOf(release.heroImage, 'og'),
    },
    hero: hero && { ...hero, caption: heroMedia?.caption, credit: heroMedia?.credit },
    dateline: release.dateline,
    ...(datelinePlaceLang && { datelinePlaceLang }),
    body: release.body,
    pressContact: release.pressContact,
    firstPublishedAt: release.firstPublishedAt,
    updatedAt: release.updatedAt,
    event: event && eventSummary(event, locale),
    speakers: [...new Map(speakers.map((speaker) => [speaker.id, speaker])).values()],
    speeches,
    documents: populatedList(release.documents).map((document) => documentSummary(document, locale)),
    participants: linksOf(locale, 'participants', release.participants),
    topics: linksOf(locale, 'topics', release.topics),
    related,
  }
}

/** Releases that share a topic with this one, newest first (topics the reader may not see count too). */
async function relatedTo(viewer: Viewer, release: PressRelease, locale: Locale): Promise<ReleaseSummary[]> {
  const topicIds = idsOf(release.topics)
  if (topicIds.length === 0) return []
  const { docs } = await findReleases(viewer, {
    locale,
    limit: 3,
    where: { and: [{ topics: { in: topicIds } }, { id: { not_equals: release.id } }] },
  })
  return docs
}

/** One release with its linked records, or null when the reader may not see it. */
export const getReleaseBySlug = cache(
  cachedFetcher(
    'releases.bySlug',
    (slug: string) => [
      ...releaseTags(),
      ...tagsFor('speeches', 'documents'),
      tags.record('press-releases', slug),
    ],
    async (viewer: Viewer, slug: string, locale: Locale = 'en'): Promise<ReleaseView | null> => {
      const payload = await payloadClient()
      const { docs } = await payload.find({
        collection: 'press-releases',
        where: { slug: { equals: slug } },
        limit: 1,
        draft: viewer.draft,
        user: viewer.user,
        locale,
        fallbackLocale: 'en',
        depth: 2,
        overrideAccess: false,
      })
      const release = docs[0]
      if (!release) return null
      // The release's own text, and the names and titles of the records it links to.
      const speeches = populatedList<Speech>(release.speeches)
      const [related] = await Promise.all([
        relatedTo(viewer, release, locale),
        markEnglish(viewer, locale, 'press-releases', [release]),
        markEnglish(viewer, locale, 'events', [release.event]),
        markEnglish(viewer, locale, 'speeches', speeches),
        markEnglish(viewer, locale, 'participants', [
          ...speeches.map((speech) => speech.speaker),
          ...(release.participants ?? []),
        ]),
        markEnglish(viewer, locale, 'topics', release.topics ?? []),
        markEnglish(viewer, locale, 'documents', release.documents ?? []),
      ])
      return toView(release, locale, related)
    },
  ),
)
