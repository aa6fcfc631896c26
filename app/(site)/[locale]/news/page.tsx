import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'

import { recordOptions, type Option } from '@/data/records'
import { listReleases, releaseYears } from '@/data/releases'
import { currentViewer } from '@/data/viewer'
import { format, messages } from '@/i18n'
import { localePath, sitePaths } from '@/i18n/paths'
import { localeParam } from '@/site/locale'
import { newsQueryString, parseNewsQuery } from '@/site/newsFilter'
import { Pagination } from '@/site/Pagination'
import { ReleaseList } from '@/site/ReleaseList'
import { pageMetadata } from '@/site/seo'

// Reads the query string, so it is rendered per request; its data reads are cached (src/data/cache.ts).
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const PAGE_SIZE = 10

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await localeParam(params)
  const query = parseNewsQuery(await searchParams)
  const meta = pageMetadata({ locale, path: sitePaths.news, title: messages(locale).news.title })
  const canonical = localePath(locale, sitePaths.news) + newsQueryString(query)
  return { ...meta, alternates: { ...meta.alternates, canonical } }
}

export default async function NewsPage({ params, searchParams }: Props) {
  const locale = await localeParam(params)
  const t = messages(locale).news
  const raw = await searchParams
  const query = parseNewsQuery(raw)
  const base = localePath(locale, sitePaths.news)
  // One URL per filter: the filter form's empty fields, other orders and malformed values
  // move to the canonical query string.
  const canonical = newsQueryString(query)
  const given = new URLSearchParams(
    Object.entries(raw).flatMap(([key, value]) =>
      (Array.isArray(value) ? value : [value ?? '']).map((v) => [key, v]),
    ),
  ).toString()
  if (canonical !== (given ? `?${given}` : '')) redirect(base + canonical)
  const viewer = await currentViewer()
  const [releases, topics, years, events, participants] = await Promise.all([
    listReleases(viewer, { locale, page: query.page ?? 1, limit: PAGE_SIZE, filter: query }),
    recordOptions(viewer, 'topics', locale),
    releaseYears(viewer),
    recordOptions(viewer, 'events', locale),
    recordOptions(viewer, 'participants', locale),
  ])
  const filtered = Boolean(query.topic || query.year || query.event || query.participant)
  const select = (name: 'topic' | 'event' | 'participant', label: string, options: Option[]) => (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={query[name] ?? ''}>
        <option value="">{t.any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
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
