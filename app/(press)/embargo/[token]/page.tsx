import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { payloadClient } from '@/data/payload'
import { formatDateline, formatEventTime } from '@/site/format'
import { RichBody } from '@/site/RichBody'
import { embargoView } from '@/workflow/embargo'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Embargoed press release' }

export default async function EmbargoedReleasePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const view = await embargoView(await payloadClient(), token)
  if (view.state === 'public') redirect(`/en/news/${view.slug}`)
  if (view.state !== 'embargoed') notFound()
  const { release, link, until, timeZone } = view
  return (
    <>
      <div className="embargo-banner" role="alert">
        Embargoed until {formatEventTime(until, timeZone)} ({timeZone})
        <p>
          Not for publication or broadcast before that time. Shared with {link.recipient}; please do not
          forward this link.
        </p>
      </div>
      <main className="embargoed-release">
        <article>
          <h1>{release.headline}</h1>
          <p className="lede">{release.summary}</p>
          <p className="dateline">{formatDateline(release.dateline.place, release.dateline.date)}</p>
          <RichBody data={release.body} />
        </article>
      </main>
    </>
  )
}
