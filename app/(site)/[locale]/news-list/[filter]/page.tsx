import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { recordOptions, type Options } from '@/data/records/slugs'
import { listReleases, releaseYears } from '@/data/releases'
import { currentViewer } from '@/data/viewer'
import { format, messages } from '@/i18n'
import { localePath, sitePaths } from '@/i18n/paths'
import { decodeParam, localeParam } from '@/site/locale'
import { newsQueryString, parseNewsListKey } from '@/i18n/newsFilter'
import { Pagination } from '@/site/Pagination'
import { ReleaseList } from '@/site/ReleaseList'
import { pageMetadata } from '@/site/seo'

/**
 * The news list, one cached page per canonical filter. Readers ask for /en/news?year=2019;
 * proxy.ts rewrites that to /en/news-list/year=2019 (and redirects any other spelling of the
 * same filter), so a filter's page is cached and refreshed by tag like every other page.
 */
export const revalidate = 300

export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: string; filter: string }> }

/** The filter this route's key names; a key that is not canonical is not a page. */
async function filterOf(params: Props['params']) {
  const key = decodeParam((await params).filter) ?? notFound()
  return parseNewsListKey(key) ?? notFound()
}

const PAGE_SIZE = 10

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params)
  const query = await filterOf(params)
  // The same filter in every language: canonical, hreflang and og:url all carry the query.
  return pageMetadata({
    locale,
    path: sitePaths.news + newsQueryString(query),
    title: messages(locale).news.title,
  })
}

export default async function NewsPage({ params }: Props) {
  const locale = await localeParam(params)
  const t = messages(locale).news
  const query = await filterOf(params)
  const base = localePath(locale, sitePaths.news)
  const viewer = await currentViewer()
  const [releases, topics, years, events, participants] = await Promise.all([
    listReleases(viewer, { locale, page: query.page ?? 1, limit: PAGE_SIZE, filter: query, count: true }),
    recordOptions(viewer, 'topics', locale),
    releaseYears(viewer),
    recordOptions(viewer, 'events', locale, { year: query.year, selected: query.event }),
    recordOptions(viewer, 'participants', locale, { year: query.year, selected: query.participant }),
  ])
  const filtered = Boolean(query.topic || query.year || query.event || query.participant)
  const select = (name: 'topic' | 'event' | 'participant', label: string, { options, narrowed }: Options) => (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select
        id={`filter-${name}`}
        name={name}
        defaultValue={query[name] ?? ''}
        aria-describedby={narrowed ? `filter-${name}-hint` : undefined}
      >
        <option value="">{t.any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
      {narrowed && (
        <p id={`filter-${name}-hint`} className="field-hint muted">
          {query.year ? format(t.recentOfYear, { year: query.year }) : t.recent}
        </p>
      )}
    </div>
  )
  return (
    <>
      <h1 className="page-title">{t.title}</h1>
      <form className="news-filter" method="get" action={base} aria-labelledby="filter-heading">
        <h2 id="filter-heading" className="visually-hidden">
          {t.filterTitle}
        </h2>
        {select('topic', t.topic, topics)}
        <div className="field">
          <label htmlFor="filter-year">{t.year}</label>
          <select id="filter-year" name="year" defaultValue={query.year ? String(query.year) : ''}>
            <option value="">{t.any}</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
        {select('event', t.event, events)}
        {select('participant', t.participant, participants)}
        <div className="filter-actions">
          <button type="submit">{t.apply}</button>
          {filtered && <Link href={base}>{t.clear}</Link>}
        </div>
      </form>
      <p className="muted" aria-live="polite">
        {format(t.count, { count: releases.totalDocs })}
      </p>
      {releases.docs.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ReleaseList releases={releases.docs} locale={locale} />
      )}
      <Pagination
        locale={locale}
        page={releases.page}
        totalPages={releases.totalPages}
        hrefFor={(page) => base + newsQueryString({ ...query, page })}
      />
    </>
  )
}
