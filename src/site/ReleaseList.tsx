import Link from 'next/link'

import type { ReleaseSummary } from '@/data/releases'
import type { Locale } from '@/i18n'
import { localePath, sitePaths } from '@/i18n/paths'

import { formatDateline } from './format'
import { langProp } from './TextParts'

/** Release cards, newest first; `heading` is the level of each headline. */
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
            <p className="dateline">{formatDateline(release.datelinePlace, release.date, locale)}</p>
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
