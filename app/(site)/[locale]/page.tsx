import Link from 'next/link'

import { listReleases } from '@/data/releases'
import { formatDateline } from '@/site/format'

export const dynamic = 'force-dynamic'

export default async function HomePage() {
  const releases = await listReleases({ limit: 20 })
  return (
    <>
      <h1 className="page-title">Latest news</h1>
      {releases.docs.length === 0 ? (
        <p>No press releases have been published yet.</p>
      ) : (
        <ol className="release-list">
          {releases.docs.map((release) => (
            <li key={release.id} className="release-card">
              <article>
                <h2>
                  <Link href={`/news/${release.slug}`}>{release.headline}</Link>
                </h2>
                <p className="dateline">{formatDateline(release.datelinePlace, release.date)}</p>
                <p>{release.summary}</p>
              </article>
            </li>
          ))}
        </ol>
      )}
    </>
  )
}
