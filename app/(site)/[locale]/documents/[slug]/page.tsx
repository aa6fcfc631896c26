import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { getDocument } from '@/data/records/documents'
import { listReleases } from '@/data/releases'
import { htmlLang, messages } from '@/i18n'
import { localePath, sitePaths } from '@/i18n/paths'
import { FallbackNote } from '@/site/FallbackNote'
import { formatDay } from '@/site/format'
import { JsonLd } from '@/site/JsonLd'
import { recordPage, type RecordPageProps } from '@/site/locale'
import { RecordSection } from '@/site/RecordSection'
import { ReleaseList } from '@/site/ReleaseList'
import { absoluteUrl, pageMetadata } from '@/site/seo'

export const revalidate = 300

export function generateStaticParams() {
  return []
}

const readDocument = recordPage(getDocument)

export async function generateMetadata({ params }: RecordPageProps): Promise<Metadata> {
  const { locale, slug, record: document } = await readDocument(params)
  if (!document) return {}
  return pageMetadata({
    locale,
    path: sitePaths.document(slug),
    title: document.symbol ? `${document.title} (${document.symbol})` : (document.title ?? slug),
    description: document.summary?.text,
  })
}

export default async function DocumentPage({ params }: RecordPageProps) {
  const { locale, slug, viewer, record: document } = await readDocument(params)
  if (!document) notFound()
  const { translated, summary, fileUrl } = document
  const t = messages(locale).document
  const releases = await listReleases(viewer, {
    locale,
    limit: 20,
    // Linked to it, or referencing it in the body (src/fields/citedDocuments.ts). `documents`
    // too: on MongoDB, releases saved before citedDocuments existed have it only once re-saved.
    where: { or: [{ documents: { contains: document.id } }, { citedDocuments: { contains: document.id } }] },
  })
  return (
    <article className="record">
      <JsonLd
        data={{
          '@type': 'Legislation',
          name: document.title,
          ...(document.symbol ? { legislationIdentifier: document.symbol } : {}),
          ...(document.date ? { legislationDate: document.date.slice(0, 10) } : {}),
          ...(summary ? { abstract: summary.text } : {}),
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
      {summary && (
        <p className="lede" lang={summary.lang}>
          {summary.text}
        </p>
      )}
      <p className="document-links">
        {fileUrl && (
          <a href={fileUrl} type="application/pdf">
            {t.download}
          </a>
        )}
        {fileUrl && document.link && ' · '}
        {document.link && (
          <a href={document.link} rel="noopener noreferrer">
            {t.external}
          </a>
        )}
      </p>
      <RecordSection title={t.parties} items={document.parties} />
      <RecordSection
        title={t.related}
        items={document.related}
        note={(related) => related.symbol && ` (${related.symbol})`}
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
