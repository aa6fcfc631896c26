import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { getTopic } from '@/data/records/topics'
import { listReleases } from '@/data/releases'
import { messages } from '@/i18n'
import { localePath, sitePaths } from '@/i18n/paths'
import { FallbackNote } from '@/site/FallbackNote'
import { recordPage, type RecordPageProps } from '@/site/locale'
import { ReleaseList } from '@/site/ReleaseList'
import { pageMetadata } from '@/site/seo'

export const revalidate = 300

export function generateStaticParams() {
  return []
}

const readTopic = recordPage(getTopic)

export async function generateMetadata({ params }: RecordPageProps): Promise<Metadata> {
  const { locale, slug, record: topic } = await readTopic(params)
  if (!topic) return {}
  const meta = pageMetadata({
    locale,
    path: sitePaths.topic(slug),
    title: topic.title ?? slug,
    description: topic.description?.text,
  })
  return {
    ...meta,
    alternates: {
      ...meta.alternates,
      types: {
        'application/rss+xml': localePath(locale, sitePaths.topicRss(slug)),
        'application/atom+xml': localePath(locale, sitePaths.topicAtom(slug)),
      },
    },
  }
}

export default async function TopicPage({ params }: RecordPageProps) {
  const { locale, slug, viewer, record: topic } = await readTopic(params)
  if (!topic) notFound()
  const { translated, description } = topic
  const t = messages(locale)
  const releases = await listReleases(viewer, { locale, limit: 30, filter: { topic: slug } })
  return (
    <>
      <p className="kicker">{t.topic.kicker}</p>
      <h1 lang={translated ? undefined : 'en'} className="page-title">
        {topic.title}
      </h1>
      <FallbackNote locale={locale} translated={translated} />
      {description && (
        <p className="lede" lang={description.lang}>
          {description.text}
        </p>
      )}
      <p className="feed-links">
        {t.topic.feed}: <a href={localePath(locale, sitePaths.topicRss(slug))}>RSS</a> ·{' '}
        <a href={localePath(locale, sitePaths.topicAtom(slug))}>Atom</a>
      </p>
      {releases.docs.length ? <ReleaseList releases={releases.docs} locale={locale} /> : <p>{t.news.none}</p>}
    </>
  )
}
