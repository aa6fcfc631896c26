import { populated } from '@/content/relations'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { fallbackLang, getParticipant, listDocuments, listEvents, listSpeeches } from '@/data/records'
import { listReleases } from '@/data/releases'
import { imageOf } from '@/data/shape'
import { format, messages, type Locale } from '@/i18n'
import { localePath, sitePaths } from '@/i18n/paths'
import type { Participant } from '@/payload-types'
import { FallbackNote } from '@/site/FallbackNote'
import { formatDay, formatEventDay } from '@/site/format'
import { JsonLd } from '@/site/JsonLd'
import { recordRequest } from '@/site/locale'
import { RecordSection } from '@/site/RecordSection'
import { ReleaseList } from '@/site/ReleaseList'
import { absoluteUrl, pageMetadata } from '@/site/seo'

export const revalidate = 300

export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, viewer } = await recordRequest(params)
  const found = await getParticipant(viewer, slug, locale)
  if (!found) return {}
  return pageMetadata({
    locale,
    path: sitePaths.participant(slug),
    title: found.record.name ?? slug,
    description: found.record.bio,
    image: imageOf(found.record.photo, 'og'),
  })
}

/** "1 January 2019 – 31 December 2021", "since 1 January 2022". */
function period(locale: Locale, from?: string | null, to?: string | null): string {
  const t = messages(locale).participant
  if (from && !to) return format(t.since, { from: formatDay(from, locale) })
  return format(t.period, {
    from: from ? formatDay(from, locale) : '…',
    to: to ? formatDay(to, locale) : t.present,
  })
}

export default async function ParticipantPage({ params }: Props) {
  const { locale, slug, viewer } = await recordRequest(params)
  const found = await getParticipant(viewer, slug, locale)
  if (!found) notFound()
  const { record: participant, translated } = found
  const t = messages(locale).participant
  const id = participant.id
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
  const photo = imageOf(participant.photo, 'thumbnail')
  const parent = populated<Participant>(participant.parent)
  const positions = [...(participant.positions ?? [])].sort((a, b) =>
    (b.from ?? '').localeCompare(a.from ?? ''),
  )
  const statuses = [...(participant.scoStatus ?? [])].sort((a, b) => b.from.localeCompare(a.from))
  const url = absoluteUrl(localePath(locale, sitePaths.participant(slug)))
  const schemaType =
    participant.kind === 'person' ? 'Person' : participant.kind === 'country' ? 'Country' : 'Organization'
  return (
    <article className="record">
      <JsonLd
        data={{
          '@type': schemaType,
          name: participant.name,
          ...(participant.shortName ? { alternateName: participant.shortName } : {}),
          ...(participant.bio ? { description: participant.bio } : {}),
          ...(participant.website ? { sameAs: [participant.website] } : {}),
          ...(photo ? { image: absoluteUrl(photo.url) } : {}),
          ...(participant.kind === 'person' && positions[0]?.title ? { jobTitle: positions[0].title } : {}),
          ...(parent ? { parentOrganization: { '@type': 'Organization', name: parent.name } } : {}),
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
            {participant.shortName && participant.shortName !== participant.name && (
              <span className="muted" lang={translated ? fallbackLang(found, 'shortName') : undefined}>
                {' '}
                ({participant.shortName})
              </span>
            )}
          </h1>
          <FallbackNote locale={locale} translated={translated} />
          {parent?.slug && (
            <p>
              {format(t.parent, { parent: '' })}
              <Link
                href={localePath(locale, sitePaths.participant(parent.slug))}
                lang={fallbackLang(parent, 'name')}
              >
                {parent.name}
              </Link>
            </p>
          )}
        </div>
      </header>
      {participant.bio && (
        <p className="lede" lang={fallbackLang(found, 'bio')}>
          {participant.bio}
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
            {positions.map((position, index) => {
              const organisation = populated<Participant>(position.organisation)
              return (
                <li key={position.id ?? index}>
                  <strong lang={fallbackLang(found, 'positions.title')}>{position.title}</strong>
                  {organisation && (
                    <>
                      {', '}
                      {organisation.slug ? (
                        <Link
                          href={localePath(locale, sitePaths.participant(organisation.slug))}
                          lang={fallbackLang(organisation, 'name')}
                        >
                          {organisation.name}
                        </Link>
                      ) : (
                        <span lang={fallbackLang(organisation, 'name')}>{organisation.name}</span>
                      )}
                    </>
                  )}
                  <br />
                  <span className="muted">{period(locale, position.from, position.to)}</span>
                </li>
              )
            })}
          </ol>
        </section>
      )}
      {participant.kind === 'country' && statuses.length > 0 && (
        <section className="record-section">
          <h2>{t.scoStatus}</h2>
          <ol className="timeline">
            {statuses.map((entry, index) => (
              <li key={entry.id ?? index}>
                <strong>{t.statuses[entry.status]}</strong>
                <br />
                <span className="muted">{period(locale, entry.from, entry.to)}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
      <RecordSection
        title={t.speeches}
        items={speeches}
        locale={locale}
        path={sitePaths.speech}
        label={(speech) => speech.title}
        lang={(speech) => fallbackLang(speech, 'title')}
        extra={(speech) => <span className="muted"> · {formatDay(speech.date, locale)}</span>}
      />
      <RecordSection
        title={t.events}
        items={events}
        locale={locale}
        path={sitePaths.event}
        label={(event) => event.title}
        lang={(event) => fallbackLang(event, 'title')}
        extra={(event) => (
          <span className="muted"> · {formatEventDay(event.startsAt, event.startsAt_tz, locale)}</span>
        )}
      />
      <RecordSection
        title={t.documents}
        items={documents}
        locale={locale}
        path={sitePaths.document}
        label={(document) => document.title}
        lang={(document) => fallbackLang(document, 'title')}
        extra={(document) => (document.symbol ? <span className="muted"> ({document.symbol})</span> : null)}
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
