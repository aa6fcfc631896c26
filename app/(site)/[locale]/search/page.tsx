import type { Metadata } from 'next'
import Link from 'next/link'

import { maxQueryLength, searchOtherLanguage, searchSite } from '@/data/search'
import { currentViewer } from '@/data/viewer'
import { format, htmlLang, messages } from '@/i18n'
import { localePath, sitePaths } from '@/i18n/paths'
import { formatDay } from '@/site/format'
import { Highlight } from '@/site/Highlight'
import { InEnglish } from '@/site/InEnglish'
import { localeParam } from '@/site/locale'
import { SearchForm } from '@/site/SearchForm'
import { searchHitHref } from '@/site/searchPaths'
import { pageMetadata } from '@/site/seo'

// Reads the query string, so it is rendered per request; its data reads are cached (src/data/cache.ts).
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

function queryOf(raw: Record<string, string | string[] | undefined>): string {
  const value = Array.isArray(raw.q) ? raw.q[0] : raw.q
  return (value ?? '').trim().slice(0, maxQueryLength)
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await localeParam(params)
  const query = queryOf(await searchParams)
  const t = messages(locale).search
  return pageMetadata({
    locale,
    path: sitePaths.search,
    title: query ? `${t.title}: ${query}` : t.title,
    noindex: true,
  })
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await localeParam(params)
  const t = messages(locale).search
  const query = queryOf(await searchParams)
  const results = query ? await searchSite(await currentViewer(), query, locale) : undefined
  // A query typed in another language's script, that finds more there, is offered it (issue 13).
  const offered = results && (await searchOtherLanguage(results, locale))
  return (
    <>
      <h1 className="page-title">{t.title}</h1>
      <SearchForm locale={locale} query={query} />
      {!results && <p className="muted">{t.hint}</p>}
      {results && (
        <p className="search-summary" role="status">
          {results.total ? format(t.results, { count: results.total, query }) : format(t.none, { query })}
        </p>
      )}
      {offered && (
        <p className="search-alternative">
          <Link
            href={`${localePath(offered.locale, sitePaths.search)}?q=${encodeURIComponent(query)}`}
            hrefLang={htmlLang[offered.locale]}
          >
            {format(t.otherLanguage, { language: t.languages[offered.locale], count: offered.total })}
          </Link>
        </p>
      )}
      {results?.groups.map(({ group, hits }) => (
        <section key={group} className="search-group" aria-labelledby={`group-${group}`}>
          <h2 id={`group-${group}`}>{t.groups[group]}</h2>
          <ol className="search-hits">
            {hits.map((hit) => (
              <li key={hit.id}>
                <h3 lang={hit.titleLang}>
                  <Link href={searchHitHref(locale, group, hit.slug)}>
                    <Highlight text={hit.title} terms={hit.marks} />
                  </Link>
                </h3>
                {hit.titleLang && <InEnglish locale={locale} />}
                {hit.date && <p className="muted">{formatDay(hit.date, locale)}</p>}
                {hit.excerpt && hit.excerpt !== hit.title && (
                  <p lang={hit.excerptLang}>
                    <Highlight text={hit.excerpt} terms={hit.marks} />
                  </p>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  )
}
