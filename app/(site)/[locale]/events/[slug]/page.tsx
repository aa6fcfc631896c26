import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { getEvent } from '@/data/records/events'
import { listSpeeches } from '@/data/records/speeches'
import { listReleases } from '@/data/releases'
import { format, messages } from '@/i18n'
import { localePath, sitePaths } from '@/i18n/paths'
import { FallbackNote } from '@/site/FallbackNote'
import { formatDay, formatEventTime } from '@/site/format'
import { JsonLd } from '@/site/JsonLd'
import { recordPage, type RecordPageProps } from '@/site/locale'
import { RecordSection } from '@/site/RecordSection'
import { ReleaseList } from '@/site/ReleaseList'
import { RichBody } from '@/site/RichBody'
import { absoluteUrl, pageMetadata } from '@/site/seo'
import { JoinedText, Template } from '@/site/TextParts'

export const revalidate = 300

export function generateStaticParams() {
  return []
}

const readEvent = recordPage(getEvent)

export async function generateMetadata({ params }: RecordPageProps): Promise<Metadata> {
  const { locale, slug, record: event } = await readEvent(params)
  if (!event) return {}
  return pageMetadata({
    locale,
    path: sitePaths.event(slug),
    title: event.title ?? slug,
    description: [event.venue?.text, event.city?.text, formatDay(event.startsAt, locale)]
      .filter(Boolean)
      .join(', '),
    image: event.shareImage,
  })
}

export default async function EventPage({ params }: RecordPageProps) {
  const { locale, slug, viewer, record: event } = await readEvent(params)
  if (!event) notFound()
  const t = messages(locale).event
  const [speeches, releases] = await Promise.all([
    listSpeeches(viewer, { locale, where: { event: { equals: event.id } }, sort: 'date' }),
    listReleases(viewer, { locale, limit: 20, where: { event: { equals: event.id } } }),
  ])
  const { translated, presidency, livestream } = event
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
          location: {
            '@type': 'Place',
            name: event.venue?.text ?? event.city?.text,
            address: event.city?.text,
          },
          organizer: event.organisers.map((organiser) => ({ '@type': 'Organization', name: organiser.text })),
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
          <p className="muted" lang={event.series.lang}>
            {event.series.text}
          </p>
        )}
      </header>
      <dl className="facts">
        <dt>{t.when}</dt>
        <dd>
          <time dateTime={event.startsAt}>{formatEventTime(event.startsAt, event.timeZone, locale)}</time>
          {event.endsAt && (
            <>
              {' – '}
              <time dateTime={event.endsAt}>
                {formatEventTime(event.endsAt, event.endsAtTimeZone, locale)}
              </time>
            </>
          )}
        </dd>
        <dt>{t.where}</dt>
        <dd>
          <JoinedText parts={[event.venue, event.city]} />
        </dd>
      </dl>
      {presidency && (
        <p className="muted">
          <Template
            text={t.presidency}
            values={{ country: <span lang={presidency.lang}>{presidency.text}</span> }}
          />
        </p>
      )}
      {event.attendance ? <p className="muted">{format(t.attendance, { count: event.attendance })}</p> : null}
      {event.description && (
        <div className="event-description" lang={event.description.lang}>
          <RichBody data={event.description.text} locale={locale} />
        </div>
      )}
      {livestream && (
        <p>
          <a href={livestream.url} rel="noopener noreferrer">
            {t.livestream}
          </a>
          {livestream.note && (
            <span className="muted">
              {' · '}
              <span lang={livestream.note.lang}>{livestream.note.text}</span>
            </span>
          )}
        </p>
      )}
      {event.gallery.length > 0 && (
        <div className="gallery">
          {event.gallery.map((image) => (
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
      <RecordSection title={t.organisers} items={event.organisers} />
      <RecordSection
        title={t.participation}
        items={event.participation}
        extra={(p) => (
          <span className="muted">
            {' '}
            · {t.roles[p.role]}
            {p.note && (
              <>
                {' ('}
                <span lang={p.note.lang}>{p.note.text}</span>)
              </>
            )}
          </span>
        )}
      />
      <RecordSection
        title={t.speeches}
        items={speeches}
        extra={({ speaker }) =>
          speaker ? (
            <span className="muted">
              {' · '}
              <span lang={speaker.lang}>{speaker.text}</span>
            </span>
          ) : null
        }
      />
      <RecordSection title={t.documents} items={event.documents} />
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
