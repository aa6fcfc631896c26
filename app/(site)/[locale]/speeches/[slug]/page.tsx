import { populated } from '@/content/relations'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { fallbackLang, getSpeech } from '@/data/records'
import { listReleases } from '@/data/releases'
import { messages } from '@/i18n'
import { localePath, sitePaths } from '@/i18n/paths'
import type { Event, Participant } from '@/payload-types'
import { FallbackNote } from '@/site/FallbackNote'
import { formatDay } from '@/site/format'
import { recordRequest } from '@/site/locale'
import { ReleaseList } from '@/site/ReleaseList'
import { RichBody } from '@/site/RichBody'
import { pageMetadata } from '@/site/seo'
import Link from 'next/link'

export const revalidate = 300

export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, viewer } = await recordRequest(params)
  const found = await getSpeech(viewer, slug, locale)
  if (!found) return {}
  const speaker = populated<Participant>(found.record.speaker)
  return pageMetadata({
    locale,
    path: sitePaths.speech(slug),
    title: found.record.title ?? slug,
    description: [speaker?.name, formatDay(found.record.date, locale)].filter(Boolean).join(', '),
  })
}

export default async function SpeechPage({ params }: Props) {
  const { locale, slug, viewer } = await recordRequest(params)
  const found = await getSpeech(viewer, slug, locale)
  if (!found) notFound()
  const { record: speech, translated } = found
  const t = messages(locale)
  const speaker = populated<Participant>(speech.speaker)
  const event = populated<Event>(speech.event)
  const releases = await listReleases(viewer, {
    locale,
    limit: 10,
    where: { speeches: { contains: speech.id } },
  })
  return (
    <article className="record">
      <header>
        <p className="kicker">
          {t.speech.kicker} · {speech.delivery === 'as-prepared' ? t.speech.asPrepared : t.speech.asDelivered}
        </p>
        <h1 lang={translated ? undefined : 'en'}>{speech.title}</h1>
        <FallbackNote locale={locale} translated={translated} />
        <p className="muted">
          {speaker &&
            (speaker.slug ? (
              <Link
                href={localePath(locale, sitePaths.participant(speaker.slug))}
                lang={fallbackLang(speaker, 'name')}
              >
                {speaker.name}
              </Link>
            ) : (
              <span lang={fallbackLang(speaker, 'name')}>{speaker.name}</span>
            ))}
          {speaker && ' · '}
          {formatDay(speech.date, locale)}
          {event && ' · '}
          {event &&
            (event.slug ? (
              <Link
                href={localePath(locale, sitePaths.event(event.slug))}
                lang={fallbackLang(event, 'title')}
              >
                {event.title}
              </Link>
            ) : (
              <span lang={fallbackLang(event, 'title')}>{event.title}</span>
            ))}
        </p>
      </header>
      {speech.quotes && speech.quotes.length > 0 && (
        <section className="record-section">
          <h2>{t.speech.keyQuotes}</h2>
          {speech.quotes.map((quote, index) => (
            <blockquote key={quote.id ?? index} className="quote-block">
              <p lang={fallbackLang(found, 'quotes.quote')}>{quote.quote}</p>
            </blockquote>
          ))}
        </section>
      )}
      <div className="release-body" lang={fallbackLang(found, 'text')}>
        <RichBody data={speech.text as never} locale={locale} />
      </div>
      {speech.videoUrl && (
        <p>
          <a href={speech.videoUrl} rel="noopener noreferrer">
            {t.speech.video}
          </a>
        </p>
      )}
      {releases.docs.length > 0 && (
        <section className="record-section">
          <h2>{t.participant.releases}</h2>
          <ReleaseList releases={releases.docs} locale={locale} heading={3} images={false} />
        </section>
      )}
    </article>
  )
}
