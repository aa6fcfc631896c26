import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { listDocuments } from '@/data/records/documents'
import { listEvents } from '@/data/records/events'
import { getParticipant } from '@/data/records/participants'
import { listSpeeches } from '@/data/records/speeches'
import { listReleases } from '@/data/releases'
import { format, messages } from '@/i18n'
import { localePath, sitePaths } from '@/i18n/paths'
import { FallbackNote } from '@/site/FallbackNote'
import { formatDay, formatEventDay, formatPeriod } from '@/site/format'
import { JsonLd } from '@/site/JsonLd'
import { recordPage, type RecordPageProps } from '@/site/locale'
import { RecordName, RecordSection } from '@/site/RecordSection'
import { ReleaseList } from '@/site/ReleaseList'
import { absoluteUrl, pageMetadata } from '@/site/seo'

export const revalidate = 300

export function generateStaticParams() {
  return []
}

const readParticipant = recordPage(getParticipant)

export async function generateMetadata({ params }: RecordPageProps): Promise<Metadata> {
  const { locale, slug, record: participant } = await readParticipant(params)
  if (!participant) return {}
  return pageMetadata({
    locale,
    path: sitePaths.participant(slug),
    title: participant.name ?? slug,
    description: participant.bio?.text,
    image: participant.shareImage,
  })
}

export default async function ParticipantPage({ params }: RecordPageProps) {
  const { locale, slug, viewer, record: participant } = await readParticipant(params)
  if (!participant) notFound()
  const t = messages(locale).participant
  const { id, translated, photo, parent, positions, statuses } = participant
  const [speeches, events, documents, releases] = await Promise.all([
    listSpeeches(viewer, { locale, where: { speaker: { equals: id } }, sort: '-date' }),
    listEvents(viewer, {
      locale,
      where: { or: [{ 'participation.participant': { equals: id } }, { organisers: { contains: id } }] },
      sort: '-startsAt',
    }),
    listDocuments(viewer, { locale, where: { parties: { contains: id } }, sort: '-date' }),
    listReleases(viewer, { locale, limit: 10, where: { participants: { contains: id } } }),
  ])
  const url = absoluteUrl(localePath(locale, sitePaths.participant(slug)))
  const schemaType =
    participant.kind === 'person' ? 'Person' : participant.kind === 'country' ? 'Country' : 'Organization'
  return (
    <article className="record">
      <JsonLd
        data={{
          '@type': schemaType,
          name: participant.name,
          ...(participant.shortName ? { alternateName: participant.shortName.text } : {}),
          ...(participant.bio ? { description: participant.bio.text } : {}),
          ...(participant.website ? { sameAs: [participant.website] } : {}),
          ...(photo ? { image: absoluteUrl(photo.url) } : {}),
          ...(participant.kind === 'person' && positions[0]?.title.text
            ? { jobTitle: positions[0].title.text }
            : {}),
          ...(parent ? { parentOrganization: { '@type': 'Organization', name: parent.text } } : {}),
          url,
        }}
      />
      <header className="record-header">
        {photo && (
          // eslint-disable-next-line @next/next/no-img-element -- Payload generates the thumbnail size
          <img
            className="portrait"
            src={photo.url}
            alt={photo.alt}
            width={photo.width}
            height={photo.height}
          />
        )}
        <div>
          <p className="kicker">{t.kinds[participant.kind]}</p>
          <h1 lang={translated ? undefined : 'en'}>
            {participant.name}
            {participant.shortName && participant.shortName.text !== participant.name && (
              <span className="muted" lang={translated ? participant.shortName.lang : undefined}>
                {' '}
                ({participant.shortName.text})
              </span>
            )}
          </h1>
          <FallbackNote locale={locale} translated={translated} />
          {parent?.href && (
            <p>
              {format(t.parent, { parent: '' })}
              <RecordName link={parent} />
            </p>
          )}
        </div>
      </header>
      {participant.bio && (
        <p className="lede" lang={participant.bio.lang}>
          {participant.bio.text}
        </p>
      )}
      {participant.website && (
        <p>
          <a href={participant.website} rel="noopener noreferrer">
            {t.website}
          </a>
        </p>
      )}
      {positions.length > 0 && (
        <section className="record-section">
          <h2>{t.positions}</h2>
          <ol className="timeline">
            {positions.map((position) => (
              <li key={position.id}>
                <strong lang={position.title.lang}>{position.title.text}</strong>
                {position.organisation && (
                  <>
                    {', '}
                    <RecordName link={position.organisation} />
                  </>
                )}
                <br />
                <span className="muted">{formatPeriod(locale, position.from, position.to)}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
      {participant.kind === 'country' && statuses.length > 0 && (
        <section className="record-section">
          <h2>{t.scoStatus}</h2>
          <ol className="timeline">
            {statuses.map((entry) => (
              <li key={entry.id}>
                <strong>{t.statuses[entry.status]}</strong>
                <br />
                <span className="muted">{formatPeriod(locale, entry.from, entry.to)}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
      <RecordSection
        title={t.speeches}
        items={speeches}
        note={(speech) => ` · ${formatDay(speech.date, locale)}`}
      />
      <RecordSection
        title={t.events}
        items={events}
        note={(event) => ` · ${formatEventDay(event.startsAt, event.timeZone, locale)}`}
      />
      <RecordSection
        title={t.documents}
        items={documents}
        note={(document) => document.symbol && ` (${document.symbol})`}
      />
      {releases.docs.length > 0 && (
        <section className="record-section">
          <h2>{t.releases}</h2>
          <ReleaseList releases={releases.docs} locale={locale} heading={3} images={false} />
        </section>
      )}
    </article>
  )
}
