'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { useEffect, useState } from 'react'

import { isLocale, messages, type Locale } from '@/i18n'
import { localePath, sitePaths } from '@/i18n/paths'

/** A release as the 404 page links to it: only what the link shows (src/site/latestHeadlines.ts). */
export type HeadlineLink = { slug: string; headline: string; lang?: 'en' }

/** Whether an answer is the list the headlines route gives. */
function isHeadlineList(value: unknown): value is HeadlineLink[] {
  return (
    Array.isArray(value) &&
    value.every(
      (item: Partial<HeadlineLink> | null) =>
        typeof item?.slug === 'string' && typeof item.headline === 'string',
    )
  )
}

/**
 * A 404 that helps: a search box and the latest news, in the language of the URL (Next's
 * not-found file gets no route params, so the language is read from the path). The headlines are
 * asked for once the page is shown, not sent with it (src/site/latestHeadlines.ts); without
 * JavaScript, or while the database is away, the page keeps its search box and home link.
 */
export function NotFoundView() {
  const segment = usePathname()?.split('/')[1]
  const locale: Locale = isLocale(segment) ? segment : 'en'
  const t = messages(locale)
  const [latest, setLatest] = useState<HeadlineLink[]>([])
  useEffect(() => {
    const controller = new AbortController()
    fetch(localePath(locale, sitePaths.latestHeadlines), { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : []))
      .then((list: unknown) => setLatest(isHeadlineList(list) ? list : []))
      .catch(() => setLatest([]))
    return () => controller.abort()
  }, [locale])
  return (
    <div className="not-found">
      <h1 className="page-title">{t.notFound.title}</h1>
      <p>{t.notFound.text}</p>
      <form className="search-form" role="search" action={localePath(locale, sitePaths.search)} method="get">
        <label htmlFor="notfound-q">{t.search.label}</label>
        <div className="search-row">
          <input id="notfound-q" name="q" type="search" required maxLength={200} />
          <button type="submit">{t.search.button}</button>
        </div>
      </form>
      {latest.length > 0 && (
        <section aria-labelledby="notfound-latest">
          <h2 id="notfound-latest">{t.home.title}</h2>
          <ul>
            {latest.map((release) => (
              <li key={release.slug}>
                <Link href={localePath(locale, sitePaths.release(release.slug))} lang={release.lang}>
                  {release.headline}
                </Link>
                {release.lang && <span className="lang-label">{t.inEnglish}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>
        <Link href={localePath(locale)}>{t.nav.home}</Link>
      </p>
    </div>
  )
}
