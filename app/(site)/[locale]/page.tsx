import type { Metadata } from 'next'
import Link from 'next/link'

import { eventsAround } from '@/data/records/events'
import { listTopics } from '@/data/records/topics'
import { listReleases } from '@/data/releases'
import { getSettings } from '@/data/settings'
import { currentViewer, publicViewer } from '@/data/viewer'
import { messages } from '@/i18n'
import { localePath, sitePaths } from '@/i18n/paths'
import { EventList } from '@/site/EventList'
import { localeParam } from '@/site/locale'
import { RecordName } from '@/site/RecordSection'
import { ReleaseList } from '@/site/ReleaseList'
import { pageMetadata } from '@/site/seo'

export const revalidate = 300

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params)
  const t = messages(locale)
  const settings = await getSettings(publicViewer, locale)
  return {
    ...pageMetadata({ locale, path: '', title: t.home.title }),
    title: { absolute: `${t.newsroom} · ${settings.organisationName}` },
  }
}

export default async function HomePage({ params }: Props) {
  const locale = await localeParam(params)
  const t = messages(locale)
  const viewer = await currentViewer()
  const [releases, events, allTopics] = await Promise.all([
    listReleases(viewer, { locale, limit: 6 }),
    eventsAround(viewer, locale),
    listTopics(viewer, { locale, sort: 'title' }),
  ])
  // Topics the newsroom marks as featured; all of them while none is marked.
  const featured = allTopics.filter((topic) => topic.featured)
  const topics = featured.length ? featured : allTopics
  return (
    <div className="home">
      <section className="home-news" aria-labelledby="latest">
        <h1 className="page-title" id="latest">
          {t.home.title}
        </h1>
        {releases.docs.length === 0 ? (
          <p>{t.home.noReleases}</p>
        ) : (
          <ReleaseList releases={releases.docs} locale={locale} />
        )}
        <p className="more">
          <Link href={localePath(locale, sitePaths.news)}>{t.home.allNews}</Link>
        </p>
      </section>
      <aside className="home-side">
        <section aria-labelledby="upcoming">
          <h2 id="upcoming">{t.home.upcomingEvents}</h2>
          {events.upcoming.length ? (
            <EventList events={events.upcoming} locale={locale} />
          ) : (
            <p className="muted">{t.home.noUpcoming}</p>
          )}
        </section>
        {events.recent.length > 0 && (
          <section aria-labelledby="recent">
            <h2 id="recent">{t.home.recentEvents}</h2>
            <EventList events={events.recent} locale={locale} />
          </section>
        )}
        {topics.length > 0 && (
          <section aria-labelledby="topics">
            <h2 id="topics">{t.home.featuredTopics}</h2>
            <ul className="topic-list">
              {topics.map((topic) =>
                topic.href ? (
                  <li key={topic.id}>
                    <RecordName link={topic} />
                  </li>
                ) : null,
              )}
            </ul>
          </section>
        )}
      </aside>
    </div>
  )
}
