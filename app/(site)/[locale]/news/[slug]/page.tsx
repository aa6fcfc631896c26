import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import type { Document, Event, Participant, Speech } from '@/payload-types'
import { getReleaseBySlug, getSettings } from '@/data/releases'
import { formatDateline, formatDay } from '@/site/format'
import { RichBody } from '@/site/RichBody'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

const docs = <T extends object>(values: unknown[] | null | undefined): T[] =>
  (values ?? []).filter((value): value is T => Boolean(value) && typeof value === 'object')

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const release = await getReleaseBySlug((await params).slug)
  if (!release) return {}
  return {
    title: release.seo?.title || release.headline,
    description: release.seo?.description || release.summary,
  }
}

export default async function ReleasePage({ params }: Props) {
  const { slug } = await params
  const [release, settings] = await Promise.all([getReleaseBySlug(slug), getSettings()])
  if (!release) notFound()
  const event = docs<Event>([release.event])[0]
  const speeches = docs<Speech>(release.speeches)
  const documents = docs<Document>(release.documents)
  const participants = docs<Participant>(release.participants)
  return (
    <article className="release">
      <header>
        <p className="kicker">Press release</p>
        <h1>{release.headline}</h1>
        <p className="lede">{release.summary}</p>
      </header>
      <div className="release-body">
        <p className="dateline">{formatDateline(release.dateline.place, release.dateline.date)}</p>
        <RichBody data={release.body} />
      </div>
      <aside className="release-links" aria-label="Related records">
        {event && (
          <section>
            <h2>Event</h2>
            <p>
              {event.title}
              <br />
              <span className="muted">
                {[event.venue, event.city].filter(Boolean).join(', ')} · {formatDay(event.startsAt)}
              </span>
            </p>
          </section>
        )}
        {speeches.length > 0 && (
          <section>
            <h2>Speeches</h2>
            <ul>
              {speeches.map((speech) => (
                <li key={speech.id}>{speech.title}</li>
              ))}
            </ul>
          </section>
        )}
        {documents.length > 0 && (
          <section>
            <h2>Documents</h2>
            <ul>
              {documents.map((document) => (
                <li key={document.id}>
                  {document.link ? <a href={document.link}>{document.title}</a> : document.title}
                  {document.symbol && <span className="muted"> ({document.symbol})</span>}
                </li>
              ))}
            </ul>
          </section>
        )}
        {participants.length > 0 && (
          <section>
            <h2>Participants</h2>
            <p className="participants">{participants.map((p) => p.name).join(', ')}</p>
          </section>
        )}
      </aside>
      <footer className="release-footer">
        {settings.boilerplate && (
          <section>
            <h2>About {settings.organisationName}</h2>
            <p>{settings.boilerplate}</p>
          </section>
        )}
        {(release.pressContact || settings.pressContacts?.length) && (
          <section>
            <h2>Press contact</h2>
            {release.pressContact ? (
              <p>{release.pressContact}</p>
            ) : (
              settings.pressContacts?.map((c) => (
                <p key={c.id ?? c.name}>
                  {c.name}
                  {c.title && `, ${c.title}`}
                  {c.email && (
                    <>
                      {' · '}
                      <a href={`mailto:${c.email}`}>{c.email}</a>
                    </>
                  )}
                  {c.phone && ` · ${c.phone}`}
                </p>
              ))
            )}
          </section>
        )}
      </footer>
    </article>
  )
}
