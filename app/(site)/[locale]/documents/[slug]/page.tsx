import { populated, populatedList } from '@/content/relations'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { fallbackLang, getDocument } from '@/data/records'
import { listReleases } from '@/data/releases'
import { htmlLang, messages } from '@/i18n'
import { localePath, sitePaths } from '@/i18n/paths'
import type { Document, Media, Participant } from '@/payload-types'
import { FallbackNote } from '@/site/FallbackNote'
import { formatDay } from '@/site/format'
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
  const found = await getDocument(viewer, slug, locale)
  if (!found) return {}
  const { record } = found
  return pageMetadata({
    locale,
    path: sitePaths.document(slug),
    title: record.symbol ? `${record.title} (${record.symbol})` : (record.title ?? slug),
    description: record.summary,
  })
}

export default async function DocumentPage({ params }: Props) {
  const { locale, slug, viewer } = await recordRequest(params)
  const found = await getDocument(viewer, slug, locale)
  if (!found) notFound()
  const { record: document, translated } = found
  const t = messages(locale).document
  const releases = await listReleases(viewer, {
    locale,
    limit: 20,
    // Linked to it, or referencing it in the body (src/fields/citedDocuments.ts). `documents`
    // too: on MongoDB, releases saved before citedDocuments existed have it only once re-saved.
    where: { or: [{ documents: { contains: document.id } }, { citedDocuments: { contains: document.id } }] },
  })
  const parties = populatedList<Participant>(document.parties)
  const file = populated<Media>(document.file)
  return (
    <article className="record">
      <JsonLd
        data={{
          '@type': 'Legislation',
          name: document.title,
          ...(document.symbol ? { legislationIdentifier: document.symbol } : {}),
          ...(document.date ? { legislationDate: document.date.slice(0, 10) } : {}),
          ...(document.summary ? { abstract: document.summary } : {}),
          inLanguage: translated ? htmlLang[locale] : 'en',
          url: absoluteUrl(localePath(locale, sitePaths.document(slug))),
        }}
      />
      <header>
        <p className="kicker">
          {t.kicker} · {t.types[document.type]}
        </p>
        <h1 lang={translated ? undefined : 'en'}>{document.title}</h1>
        <FallbackNote locale={locale} translated={translated} />
      </header>
      <dl className="facts">
        {document.symbol && (
          <>
            <dt>{t.symbol}</dt>
            <dd className="symbol">{document.symbol}</dd>
          </>
        )}
        {document.date && (
          <>
            <dt>{t.date}</dt>
            <dd>
              <time dateTime={document.date.slice(0, 10)}>{formatDay(document.date, locale)}</time>
            </dd>
          </>
        )}
        {document.place && (
          <>
            <dt>{t.place}</dt>
            <dd>{document.place}</dd>
          </>
        )}
      </dl>
      {document.summary && (
        <p className="lede" lang={fallbackLang(found, 'summary')}>
          {document.summary}
        </p>
      )}
      <p className="document-links">
        {file?.url && (
          <a href={file.url} type="application/pdf">
            {t.download}
          </a>
        )}
        {file?.url && document.link && ' · '}
        {document.link && (
          <a href={document.link} rel="noopener noreferrer">
            {t.external}
          </a>
        )}
      </p>
      <RecordSection
        title={t.parties}
        items={parties}
        locale={locale}
        path={sitePaths.participant}
        label={(p) => p.name}
      />
      <RecordSection
        title={t.related}
        items={populatedList<Document>(document.related)}
        locale={locale}
        path={sitePaths.document}
        label={(related) => related.title}
        extra={(related) => (related.symbol ? <span className="muted"> ({related.symbol})</span> : null)}
      />
      {releases.docs.length > 0 && (
        <section className="record-section">
          <h2>{t.citedBy}</h2>
          <ReleaseList releases={releases.docs} locale={locale} heading={3} images={false} />
        </section>
      )}
    </article>
  )
}
