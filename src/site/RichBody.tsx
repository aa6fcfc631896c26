import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'

import type {
  CaptionedImageBlock,
  Document,
  DocumentReferenceBlock,
  Media,
  Participant,
  Speech,
  SpeechQuoteBlock,
} from '@/payload-types'

import { messages, type Locale } from '@/i18n'
import { localePath, sitePaths } from '@/i18n/paths'

import { formatDay } from './format'

const doc = <T extends object>(value: unknown): T | undefined =>
  value && typeof value === 'object' ? (value as T) : undefined

function SpeechQuote({ block, locale }: { block: SpeechQuoteBlock; locale: Locale }) {
  const speech = doc<Speech>(block.speech)
  const speaker = doc<Participant>(speech?.speaker)
  return (
    <figure className="quote-block">
      <blockquote>
        <p>{block.quote}</p>
      </blockquote>
      {speech && (
        <figcaption>
          {speaker?.name && (
            <span className="quote-speaker">
              {speaker.slug ? (
                <a href={localePath(locale, sitePaths.participant(speaker.slug))}>{speaker.name}</a>
              ) : (
                speaker.name
              )}
            </span>
          )}
          <span className="quote-source">
            {speech.slug ? (
              <a href={localePath(locale, sitePaths.speech(speech.slug))}>{speech.title}</a>
            ) : (
              speech.title
            )}
            , {formatDay(speech.date, locale)}
          </span>
        </figcaption>
      )}
    </figure>
  )
}

function DocumentReference({ block, locale }: { block: DocumentReferenceBlock; locale: Locale }) {
  const document = doc<Document>(block.document)
  if (!document) return null
  return (
    <aside className="document-ref" aria-label={messages(locale).release.referencedDocument}>
      <p className="document-ref-title">
        {document.slug ? (
          <a href={localePath(locale, sitePaths.document(document.slug))}>{document.title}</a>
        ) : (
          document.title
        )}
      </p>
      <p className="document-ref-meta">
        {[document.symbol, document.place, document.date && formatDay(document.date, locale)]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {block.note && <p>{block.note}</p>}
    </aside>
  )
}

function CaptionedImage({ block }: { block: CaptionedImageBlock }) {
  const image = doc<Media>(block.image)
  if (!image?.url) return null
  const caption = block.caption || image.caption
  const credit = block.credit || image.credit
  return (
    <figure className="image-block">
      {/* eslint-disable-next-line @next/next/no-img-element -- sizes come from Payload's own image sizes */}
      <img
        src={image.sizes?.card?.url ?? image.url}
        alt={image.alt ?? ''}
        width={image.width ?? undefined}
        height={image.height ?? undefined}
      />
      {(caption || credit) && (
        <figcaption>
          {caption}
          {credit && <span className="credit"> {credit}</span>}
        </figcaption>
      )}
    </figure>
  )
}

const convertersFor =
  (locale: Locale): JSXConvertersFunction =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    blocks: {
      speechQuote: ({ node }: { node: { fields: unknown } }) => (
        <SpeechQuote block={node.fields as unknown as SpeechQuoteBlock} locale={locale} />
      ),
      documentReference: ({ node }: { node: { fields: unknown } }) => (
        <DocumentReference block={node.fields as unknown as DocumentReferenceBlock} locale={locale} />
      ),
      captionedImage: ({ node }: { node: { fields: unknown } }) => (
        <CaptionedImage block={node.fields as unknown as CaptionedImageBlock} />
      ),
    },
  })

export function RichBody({
  data,
  locale = 'en',
}: {
  data: SerializedEditorState | null | undefined
  locale?: Locale
}) {
  if (!data) return null
  return <RichText data={data} converters={convertersFor(locale)} disableContainer />
}
