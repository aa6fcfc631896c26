import { populated, populatedList } from '@/content/relations'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { fallbackLang, getEvent, listSpeeches } from '@/data/records'
import { listReleases } from '@/data/releases'
import { imageOf } from '@/data/shape'
import { format, messages } from '@/i18n'
import { localePath, sitePaths } from '@/i18n/paths'
import type { Document, Participant } from '@/payload-types'
import { FallbackNote } from '@/site/FallbackNote'
import { formatDay, formatEventTime } from '@/site/format'
import { JoinedText, Template } from '@/site/TextParts'
import { JsonLd } from '@/site/JsonLd'
import { recordRequest } from '@/site/locale'
import { RecordSection } from '@/site/RecordSection'
import { ReleaseList } from '@/site/ReleaseList'
import { RichBody } from '@/site/RichBody'
import { absoluteUrl, pageMetadata } from '@/site/seo'

export const revalidate = 300

export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, viewer } = await recordRequest(params)
  const found = await getEvent(viewer, slug, locale)
  if (!found) return {}
  const { record: event } = found
  return pageMetadata({
    locale,
    path: sitePaths.event(slug),
    title: event.title ?? slug,
    description: [event.venue, event.city, formatDay(event.startsAt, locale)].filter(Boolean).join(', '),
    image: imageOf(event.gallery?.[0], 'og'),
  })
}

export default async function EventPage({ params }: Props) {
  const { locale, slug, viewer } = await recordRequest(params)
  const found = await getEvent(viewer, slug, locale)
  if (!found) notFound()
  const { record: event, translated } = found
  const t = messages(locale).event
  const [speeches, releases] = await Promise.all([
    listSpeeches(viewer, { locale, where: { event: { equals: event.id } }, sort: 'date' }),
    listReleases(viewer, { locale, limit: 20, where: { event: { equals: event.id } } }),
  ])
  const organisers = populatedList<Participant>(event.organisers)
  const participation = (event.participation ?? []).flatMap((entry) => {
    const participant = populated<Participant>(entry.participant)
    return participant
      ? [{ ...participant, id: `${entry.id ?? participant.id}`, role: entry.role, note: entry.note }]
      : []
  })
  const presidency = populated<Participant>(event.presidency)
  const gallery = (event.gallery ?? [])
    .map((item) => imageOf(item, 'card'))
    .filter((image) => image !== undefined)
  return (
    <article className="record">
      <JsonLd
        data={{
          '@type': 'Event',
          name: event.title,
          startDate: event.startsAt,
          ...(event.endsAt ? { endDate: event.endsAt } : {}),
          eventStatus: 'https://schema.org/EventScheduled',
          eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
          location: { '@type': 'Place', name: event.venue ?? event.city, address: event.city },
          organizer: organisers.map((organiser) => ({ '@type': 'Organization', name: organiser.name })),
          url: absoluteUrl(localePath(locale, sitePaths.event(slug))),
        }}
      />
      <header>
        <p className="kicker">
          {t.kicker} · {t.types[event.type]}
        </p>
        <h1 lang={translated ? undefined : 'en'}>{event.title}</h1>
        <FallbackNote locale={locale} translated={translated} />
        {event.series && (
          <p className="muted" lang={fallbackLang(found, 'series')}>
            {event.series}
          </p>
        )}
      </header>
      <dl className="facts">
        <dt>{t.when}</dt>
        <dd>
          <time dateTime={event.startsAt}>{formatEventTime(event.startsAt, event.startsAt_tz, locale)}</time>
          {event.endsAt && (
            <>
              {' – '}
              <time dateTime={event.endsAt}>
                {formatEventTime(event.endsAt, event.endsAt_tz ?? event.startsAt_tz, locale)}
              </time>
            </>
          )}
        </dd>
        <dt>{t.where}</dt>
        <dd>
          <JoinedText
            parts={[
              { text: event.venue, lang: fallbackLang(found, 'venue') },
              { text: event.city, lang: fallbackLang(found, 'city') },
            ]}
          />
        </dd>
      </dl>
      {presidency && (
        <p className="muted">
          <Template
            text={t.presidency}
            values={{ country: <span lang={fallbackLang(presidency, 'name')}>{presidency.name}</span> }}
          />
        </p>
      )}
      {event.attendance ? <p className="muted">{format(t.attendance, { count: event.attendance })}</p> : null}
      {event.description && (
        <div className="event-description" lang={fallbackLang(found, 'description')}>
          <RichBody data={event.description as never} locale={locale} />
        </div>
      )}
      {event.livestream?.url && (
        <p>
          <a href={event.livestream.url} rel="noopener noreferrer">
            {t.livestream}
          </a>
          {event.livestream.note && (
            <span className="muted">
              {' · '}
              <span lang={fallbackLang(found, 'livestream.note')}>{event.livestream.note}</span>
            </span>
          )}
        </p>
      )}
      {gallery.length > 0 && (
        <div className="gallery">
          {gallery.map((image) => (
            // eslint-disable-next-line @next/next/no-img-element -- Payload generates the card size
            <img
              key={image.url}
              src={image.url}
              alt={image.alt}
              width={image.width}
              height={image.height}
              loading="lazy"
            />
          ))}
        </div>
      )}
      <RecordSection
        title={t.organisers}
        items={organisers}
        locale={locale}
        path={sitePaths.participant}
        label={(p) => p.name}
        lang={(p) => fallbackLang(p, 'name')}
      />
      <RecordSection
        title={t.participation}
        items={participation}
        locale={locale}
        path={sitePaths.participant}
        label={(p) => p.name}
        lang={(p) => fallbackLang(p, 'name')}
        extra={(p) => (
          <span className="muted">
            {' '}
            · {t.roles[p.role]}
            {p.note && (
              <>
                {' ('}
                <span lang={fallbackLang(found, 'participation.note')}>{p.note}</span>)
              </>
            )}
          </span>
        )}
      />
      <RecordSection
        title={t.speeches}
        items={speeches}
        locale={locale}
        path={sitePaths.speech}
        label={(speech) => speech.title}
        lang={(speech) => fallbackLang(speech, 'title')}
        extra={(speech) => {
          const speaker = populated<Participant>(speech.speaker)
          return speaker ? (
            <span className="muted">
              {' · '}
              <span lang={fallbackLang(speaker, 'name')}>{speaker.name}</span>
            </span>
          ) : null
        }}
      />
      <RecordSection
        title={t.documents}
        items={populatedList<Document>(event.documents)}
        locale={locale}
        path={sitePaths.document}
        label={(document) => document.title}
        lang={(document) => fallbackLang(document, 'title')}
      />
      {releases.docs.length > 0 && (
        <section className="record-section">
          <h2>{t.releases}</h2>
          <ReleaseList releases={releases.docs} locale={locale} heading={3} images={false} />
        </section>
      )}
      <p>
        <Link href={localePath(locale, sitePaths.events)}>{t.list}</Link>
      </p>
    </article>
  )
}
