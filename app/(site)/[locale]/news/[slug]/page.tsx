import { populated, populatedList } from '@/content/relations'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { getReleaseBySlug, getSettings, relatedReleases } from '@/data/releases'
import { fallbackLang, imageOf } from '@/data/shape'
import { format, htmlLang, messages } from '@/i18n'
import { localePath, sitePaths } from '@/i18n/paths'
import type { Document, Event, Participant, Speech, Topic } from '@/payload-types'
import { FallbackNote } from '@/site/FallbackNote'
import { formatDateline, formatDay, formatEventDay } from '@/site/format'
import { JsonLd } from '@/site/JsonLd'
import { recordRequest } from '@/site/locale'
import { PressContact } from '@/site/PressContact'
import { ReleaseList } from '@/site/ReleaseList'
import { RichBody } from '@/site/RichBody'
import { absoluteUrl, pageMetadata } from '@/site/seo'
import { ShareLinks } from '@/site/ShareLinks'
import { JoinedText } from '@/site/TextParts'

export const revalidate = 300

export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, viewer } = await recordRequest(params)
  const found = await getReleaseBySlug(viewer, slug, locale)
  if (!found) return {}
  const { release } = found
  const path = sitePaths.release(slug)
  const seoImage = imageOf(release.seo?.image, 'og') ?? imageOf(release.heroImage, 'og')
  return pageMetadata({
    locale,
    path,
    title: release.seo?.title || release.headline || slug,
    description: release.seo?.description || release.summary,
    type: 'article',
    publishedTime: release.dateline.date,
    modifiedTime: release.updatedAt,
    // The generated card (og.png/route.tsx) unless the release names its own image.
    image: seoImage ?? {
      url: `${localePath(locale, path)}/og.png`,
      alt: release.headline ?? '',
      width: 1200,
      height: 630,
    },
  })
}

export default async function ReleasePage({ params }: Props) {
  const { locale, slug, viewer } = await recordRequest(params)
  const [found, settings] = await Promise.all([
    getReleaseBySlug(viewer, slug, locale),
    getSettings(viewer, locale),
  ])
  if (!found) notFound()
  const { release, translated } = found
  const t = messages(locale).release
  // English text shown on a Russian or Chinese page is marked as English for screen readers.
  const contentLang = translated ? undefined : 'en'
  const event = populated<Event>(release.event)
  const speeches = populatedList<Speech>(release.speeches)
  const documents = populatedList<Document>(release.documents)
  const participants = populatedList<Participant>(release.participants)
  const topics = populatedList<Topic>(release.topics)
  const speakers = [
    ...new Map(
      speeches
        .map((speech) => populated<Participant>(speech.speaker))
        .filter((speaker): speaker is Participant => Boolean(speaker))
        .map((speaker) => [speaker.id, speaker]),
    ).values(),
  ]
  const hero = imageOf(release.heroImage, 'hero')
  const heroMedia = populated(release.heroImage)
  const related = await relatedReleases(viewer, release, locale)
  const url = absoluteUrl(localePath(locale, sitePaths.release(slug)))
  // A linked record's name or title, marked lang="en" when it fell back to English.
  const link = (path: string | undefined, text: string | null | undefined, lang: 'en' | undefined) =>
    path ? (
      <Link href={localePath(locale, path)} lang={lang}>
        {text}
      </Link>
    ) : (
      <span lang={lang}>{text}</span>
    )
  return (
    <article className="release">
      <JsonLd
        data={{
          '@type': 'NewsArticle',
          headline: release.headline,
          description: release.summary,
          datePublished: release.firstPublishedAt ?? release.dateline.date,
          dateModified: release.updatedAt,
          inLanguage: translated ? htmlLang[locale] : 'en',
          mainEntityOfPage: url,
          url,
          image: [absoluteUrl(hero?.url ?? `${localePath(locale, sitePaths.release(slug))}/og.png`)],
          dateline: release.dateline.place ?? undefined,
          author: { '@type': 'Organization', name: settings.organisationName },
          publisher: { '@type': 'Organization', name: settings.organisationName, url: absoluteUrl('/') },
          about: topics.map((topic) => ({ '@type': 'Thing', name: topic.title })),
          ...(event ? { mentions: { '@type': 'Event', name: event.title, startDate: event.startsAt } } : {}),
        }}
      />
      <header>
        <p className="kicker">{t.kicker}</p>
        <h1 lang={contentLang}>{release.headline}</h1>
        <FallbackNote locale={locale} translated={translated} />
        <p className="lede" lang={contentLang}>
          {release.summary}
        </p>
      </header>
      <div className="release-body" lang={contentLang}>
        {hero && (
          <figure className="hero">
            {/* eslint-disable-next-line @next/next/no-img-element -- Payload generates the hero size */}
            <img src={hero.url} alt={hero.alt} width={hero.width} height={hero.height} />
            {(heroMedia?.caption || heroMedia?.credit) && (
              <figcaption>
                {heroMedia.caption} {heroMedia.credit && <span className="credit">{heroMedia.credit}</span>}
              </figcaption>
            )}
          </figure>
        )}
        <p className="dateline">{formatDateline(release.dateline.place, release.dateline.date, locale)}</p>
        <RichBody data={release.body as never} locale={locale} />
        <p className="end-mark">
          <span aria-hidden="true">###</span>
          <span className="visually-hidden">{t.endOfRelease}</span>
        </p>
      </div>
      <aside className="release-links" aria-label={t.linkedRecords}>
        {event && (
          <section>
            <h2>{t.event}</h2>
            <p>
              {link(
                event.slug ? sitePaths.event(event.slug) : undefined,
                event.title,
                fallbackLang(event, 'title'),
              )}
              <br />
              <span className="muted">
                <JoinedText
                  parts={[
                    { text: event.venue, lang: fallbackLang(event, 'venue') },
                    { text: event.city, lang: fallbackLang(event, 'city') },
                  ]}
                />{' '}
                · {formatEventDay(event.startsAt, event.startsAt_tz, locale)}
              </span>
            </p>
          </section>
        )}
        {speakers.length > 0 && (
          <section>
            <h2>{t.speakers}</h2>
            <ul>
              {speakers.map((speaker) => (
                <li key={speaker.id}>
                  {link(
                    speaker.slug ? sitePaths.participant(speaker.slug) : undefined,
                    speaker.name,
                    fallbackLang(speaker, 'name'),
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
        {speeches.length > 0 && (
          <section>
            <h2>{t.speeches}</h2>
            <ul>
              {speeches.map((speech) => (
                <li key={speech.id}>
                  {link(
                    speech.slug ? sitePaths.speech(speech.slug) : undefined,
                    speech.title,
                    fallbackLang(speech, 'title'),
                  )}
                  <span className="muted"> · {formatDay(speech.date, locale)}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
        {documents.length > 0 && (
          <section>
            <h2>{t.documents}</h2>
            <ul>
              {documents.map((document) => (
                <li key={document.id}>
                  {link(
                    document.slug ? sitePaths.document(document.slug) : undefined,
                    document.title,
                    fallbackLang(document, 'title'),
                  )}
                  {document.symbol && <span className="muted"> ({document.symbol})</span>}
                </li>
              ))}
            </ul>
          </section>
        )}
        {participants.length > 0 && (
          <section>
            <h2>{t.participants}</h2>
            <ul className="inline-list">
              {participants.map((participant) => (
                <li key={participant.id}>
                  {link(
                    participant.slug ? sitePaths.participant(participant.slug) : undefined,
                    participant.name,
                    fallbackLang(participant, 'name'),
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
        {topics.length > 0 && (
          <section>
            <h2>{t.topics}</h2>
            <ul className="inline-list">
              {topics.map((topic) => (
                <li key={topic.id}>
                  {link(
                    topic.slug ? sitePaths.topic(topic.slug) : undefined,
                    topic.title,
                    fallbackLang(topic, 'title'),
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
        <ShareLinks locale={locale} url={url} title={release.headline ?? ''} />
      </aside>
      <footer className="release-footer">
        {settings.boilerplate && (
          <section>
            <h2>{format(t.about, { organisation: settings.organisationName ?? '' })}</h2>
            <p>{settings.boilerplate}</p>
          </section>
        )}
        <section>
          <h2>{t.pressContact}</h2>
          <PressContact text={release.pressContact} settings={settings} />
        </section>
        {related.length > 0 && (
          <section className="related">
            <h2>{t.related}</h2>
            <ReleaseList releases={related} locale={locale} heading={3} images={false} />
          </section>
        )}
      </footer>
    </article>
  )
}
