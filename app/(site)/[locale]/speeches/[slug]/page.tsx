import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { getSpeech } from '@/data/records/speeches'
import { listReleases } from '@/data/releases'
import { messages } from '@/i18n'
import { sitePaths } from '@/i18n/paths'
import { FallbackNote } from '@/site/FallbackNote'
import { formatDay } from '@/site/format'
import { recordPage, type RecordPageProps } from '@/site/locale'
import { RecordName } from '@/site/RecordSection'
import { ReleaseList } from '@/site/ReleaseList'
import { RichBody } from '@/site/RichBody'
import { pageMetadata } from '@/site/seo'

export const revalidate = 300

export function generateStaticParams() {
  return []
}

const readSpeech = recordPage(getSpeech)

export async function generateMetadata({ params }: RecordPageProps): Promise<Metadata> {
  const { locale, slug, record: speech } = await readSpeech(params)
  if (!speech) return {}
  return pageMetadata({
    locale,
    path: sitePaths.speech(slug),
    title: speech.title ?? slug,
    description: [speech.speaker?.text, formatDay(speech.date, locale)].filter(Boolean).join(', '),
  })
}

export default async function SpeechPage({ params }: RecordPageProps) {
  const { locale, viewer, record: speech } = await readSpeech(params)
  if (!speech) notFound()
  const { translated, speaker, event } = speech
  const t = messages(locale)
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
          {speaker && <RecordName link={speaker} />}
          {speaker && ' · '}
          {formatDay(speech.date, locale)}
          {event && ' · '}
          {event && <RecordName link={event} />}
        </p>
      </header>
      {speech.quotes.length > 0 && (
        <section className="record-section">
          <h2>{t.speech.keyQuotes}</h2>
          {speech.quotes.map((quote) => (
            <blockquote key={quote.id} className="quote-block">
              <p lang={quote.lang}>{quote.text}</p>
            </blockquote>
          ))}
        </section>
      )}
      <div className="release-body" lang={speech.body.lang}>
        <RichBody data={speech.body.text} locale={locale} />
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
