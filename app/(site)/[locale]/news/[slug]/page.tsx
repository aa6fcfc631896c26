import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { getReleaseBySlug } from '@/data/release'
import { getPublisher } from '@/data/publisher'
import { getSettings } from '@/data/settings'
import { format, htmlLang, messages } from '@/i18n'
import { localePath, sitePaths } from '@/i18n/paths'
import { FallbackNote } from '@/site/FallbackNote'
import { Dateline } from '@/site/Dateline'
import { formatDay, formatEventDay } from '@/site/format'
import { JsonLd } from '@/site/JsonLd'
import { recordPage, type RecordPageProps } from '@/site/locale'
import { PressContact } from '@/site/PressContact'
import { RecordName, RecordSection } from '@/site/RecordSection'
import { ReleaseList } from '@/site/ReleaseList'
import { RichBody } from '@/site/RichBody'
import { publisherJsonLd } from '@/site/publisher'
import { absoluteUrl, pageMetadata, siteOrigin } from '@/site/seo'
import { ShareLinks } from '@/site/ShareLinks'
import { JoinedText, langProp } from '@/site/TextParts'

export const revalidate = 300

export function generateStaticParams() {
  return []
}

const readRelease = recordPage(getReleaseBySlug)

export async function generateMetadata({ params }: RecordPageProps): Promise<Metadata> {
  const { locale, slug, record: release } = await readRelease(params)
  if (!release) return {}
  const path = sitePaths.release(slug)
  return pageMetadata({
    locale,
    path,
    title: release.seo.title || release.headline || slug,
    description: release.seo.description || release.summary,
    type: 'article',
    publishedTime: release.dateline.date,
    modifiedTime: release.updatedAt,
    // The generated card (og.png/route.tsx) unless the release names its own image.
    image: release.seo.image ?? {
      url: `${localePath(locale, path)}/og.png`,
      alt: release.headline ?? '',
      width: 1200,
      height: 630,
    },
  })
}

export default async function ReleasePage({ params }: RecordPageProps) {
  const { locale, slug, viewer, record: release } = await readRelease(params)
  if (!release) notFound()
  const [settings, publisher] = await Promise.all([getSettings(viewer, locale), getPublisher(viewer, locale)])
  const t = messages(locale).release
  const { translated, event, hero } = release
  // English text shown on a Russian or Chinese page is marked as English for screen readers.
  const contentLang = langProp(translated ? undefined : 'en')
  const url = absoluteUrl(localePath(locale, sitePaths.release(slug)))
  return (
    <article className="release">
      {/* What search engines read of an article: no description (the summary is the page's meta
          description already) and one address; every byte here is sent twice (markup and RSC). */}
      <JsonLd
        data={{
          '@type': 'NewsArticle',
          headline: release.headline,
          datePublished: release.firstPublishedAt ?? release.dateline.date,
          dateModified: release.updatedAt,
          inLanguage: translated ? htmlLang[locale] : 'en',
          mainEntityOfPage: url,
          image: [absoluteUrl(hero?.url ?? `${localePath(locale, sitePaths.release(slug))}/og.png`)],
          dateline: release.dateline.place ?? undefined,
          author: { '@type': 'Organization', name: settings.organisationName },
          publisher: publisherJsonLd(publisher, siteOrigin()),
          ...(release.topics.length
            ? { about: release.topics.map((topic) => ({ '@type': 'Thing', name: topic.text })) }
            : {}),
          ...(event ? { mentions: { '@type': 'Event', name: event.text, startDate: event.startsAt } } : {}),
        }}
      />
      <header>
        <p className="kicker">{t.kicker}</p>
        <h1 {...contentLang}>{release.headline}</h1>
        <FallbackNote locale={locale} translated={translated} />
        <p className="lede" {...contentLang}>
          {release.summary}
        </p>
      </header>
      <div className="release-body" {...contentLang}>
        {hero && (
          <figure className="hero">
            {/* eslint-disable-next-line @next/next/no-img-element -- Payload generates the hero size */}
            <img src={hero.url} alt={hero.alt} width={hero.width} height={hero.height} />
            {(hero.caption || hero.credit) && (
              <figcaption>
                {hero.caption} {hero.credit && <span className="credit">{hero.credit}</span>}
              </figcaption>
            )}
          </figure>
        )}
        <Dateline
          place={release.dateline.place}
          placeLang={release.datelinePlaceLang}
          date={release.dateline.date}
          locale={locale}
          inEnglishText={!translated}
        />
        <RichBody data={release.body} locale={locale} />
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
              <RecordName link={event} />
              <br />
              <span className="muted">
                <JoinedText parts={[event.venue, event.city]} /> ·{' '}
                {formatEventDay(event.startsAt, event.timeZone, locale)}
              </span>
            </p>
          </section>
        )}
        <RecordSection className="" title={t.speakers} items={release.speakers} />
        <RecordSection
          className=""
          title={t.speeches}
          items={release.speeches}
          note={(speech) => ` · ${formatDay(speech.date, locale)}`}
        />
        <RecordSection
          className=""
          title={t.documents}
          items={release.documents}
          note={(document) => document.symbol && ` (${document.symbol})`}
        />
        <RecordSection
          className=""
          title={t.participants}
          items={release.participants}
          listClassName="inline-list"
        />
        <RecordSection className="" title={t.topics} items={release.topics} listClassName="inline-list" />
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
        {release.related.length > 0 && (
          <section className="related">
            <h2>{t.related}</h2>
            <ReleaseList releases={release.related} locale={locale} heading={3} images={false} />
          </section>
        )}
      </footer>
    </article>
  )
}
