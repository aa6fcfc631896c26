import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { fallbackLang, getTopic } from '@/data/records'
import { listReleases } from '@/data/releases'
import { messages } from '@/i18n'
import { localePath, sitePaths } from '@/i18n/paths'
import { FallbackNote } from '@/site/FallbackNote'
import { recordRequest } from '@/site/locale'
import { ReleaseList } from '@/site/ReleaseList'
import { pageMetadata } from '@/site/seo'

export const revalidate = 300

export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, viewer } = await recordRequest(params)
  const found = await getTopic(viewer, slug, locale)
  if (!found) return {}
  const meta = pageMetadata({
    locale,
    path: sitePaths.topic(slug),
    title: found.record.title ?? slug,
    description: found.record.description,
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

export default async function TopicPage({ params }: Props) {
  const { locale, slug, viewer } = await recordRequest(params)
  const found = await getTopic(viewer, slug, locale)
  if (!found) notFound()
  const { record: topic, translated } = found
  const t = messages(locale)
  const releases = await listReleases(viewer, { locale, limit: 30, filter: { topic: slug } })
  return (
    <>
      <p className="kicker">{t.topic.kicker}</p>
      <h1 lang={translated ? undefined : 'en'} className="page-title">
        {topic.title}
      </h1>
      <FallbackNote locale={locale} translated={translated} />
      {topic.description && (
        <p className="lede" lang={fallbackLang(found, 'description')}>
          {topic.description}
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
