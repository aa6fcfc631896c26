import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { payloadClient } from '@/data/payload'
import { getSettings } from '@/data/settings'
import { publicViewer } from '@/data/viewer'
import { formatDateline, formatEventTime } from '@/site/format'
import { PressContact } from '@/site/PressContact'
import { RichBody } from '@/site/RichBody'
import { embargoView } from '@/workflow/embargo'

import { DeadLink, PressFooter, PressMasthead } from './PressFrame'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Embargoed press release' }

/**
 * An accredited journalist's private link (issue 10, item 7): the release under embargo with the
 * organisation's name, press contact and boilerplate; a link that no longer shows it says why
 * (revoked, expired, lifted, withdrawn) and whom to contact, without any of the release's text.
 */
export default async function EmbargoedReleasePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const [view, settings] = await Promise.all([
    embargoView(await payloadClient(), token),
    getSettings(publicViewer, 'en'),
  ])
  if (view.state === 'unavailable') notFound()
  if (view.state !== 'embargoed')
    return (
      <>
        <PressMasthead settings={settings} />
        <DeadLink view={view} settings={settings} />
        <PressFooter settings={settings} />
      </>
    )
  const { release, link, until, timeZone } = view
  return (
    <>
      <PressMasthead settings={settings} />
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
        <section className="press-contact" aria-labelledby="press-contact">
          <h2 id="press-contact">Press contact</h2>
          <PressContact text={release.pressContact} settings={settings} />
        </section>
      </main>
      <PressFooter settings={settings} />
    </>
  )
}
