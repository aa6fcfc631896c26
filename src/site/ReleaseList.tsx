import Link from 'next/link'

import type { ReleaseSummary } from '@/data/releases'
import type { Locale } from '@/i18n'
import { localePath, sitePaths } from '@/i18n/paths'

import { Dateline } from './Dateline'
import { InEnglish } from './InEnglish'
import { langProp } from './TextParts'

/**
 * Release cards, newest first; `heading` is the level of each headline. On a Russian or Chinese
 * list, a release whose headline fell back to English (no text of its own in this language,
 * found by the list's one query without fallback: src/data/english.ts) says so before the click.
 */
export function ReleaseList({
  releases,
  locale,
  heading = 2,
  images = true,
}: {
  releases: ReleaseSummary[]
  locale: Locale
  heading?: 2 | 3
  images?: boolean
}) {
  const H = heading === 2 ? 'h2' : 'h3'
  return (
    <ol className="release-list">
      {releases.map((release) => (
        <li key={release.id} className={release.hero && images ? 'release-card has-image' : 'release-card'}>
          <article>
            <H {...langProp(release.headlineLang)}>
              <Link href={localePath(locale, sitePaths.release(release.slug))}>{release.headline}</Link>
            </H>
            {release.headlineLang && <InEnglish locale={locale} />}
            <Dateline
              place={release.datelinePlace}
              placeLang={release.datelinePlaceLang}
              date={release.date}
              locale={locale}
            />
            <p {...langProp(release.summaryLang)}>{release.summary}</p>
          </article>
          {release.hero && images && (
            // eslint-disable-next-line @next/next/no-img-element -- Payload generates the card size
            <img
              className="release-card-image"
              src={release.hero.url}
              alt={release.hero.alt}
              width={release.hero.width}
              height={release.hero.height}
              loading="lazy"
            />
          )}
        </li>
      ))}
    </ol>
  )
}
