'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { isLocale, messages, type Locale } from '@/i18n'
import { localePath, sitePaths } from '@/i18n/paths'

/** A release as the 404 page links to it: only what the link shows. */
export type NotFoundLink = { slug: string; headline: string; lang?: 'en' }

/**
 * A 404 that helps: a search box and the latest news, in the language of the URL
 * (Next's not-found file gets no route params, so the language is read from the path).
 *
 * Next puts a segment's not-found element into the RSC payload of every page below it (the
 * boundary must be able to show it without a round trip), so `latest` travels with every page of
 * the site: it carries only the slug, the headline and its language (issue 12).
 */
export function NotFoundView({ latest }: { latest: Record<Locale, NotFoundLink[]> }) {
  const segment = usePathname()?.split('/')[1]
  const locale: Locale = isLocale(segment) ? segment : 'en'
  const t = messages(locale)
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
      {latest[locale].length > 0 && (
        <section aria-labelledby="notfound-latest">
          <h2 id="notfound-latest">{t.home.title}</h2>
          <ul>
            {latest[locale].map((release) => (
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
