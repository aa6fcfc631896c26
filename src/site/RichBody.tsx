import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import type { ReactNode } from 'react'

import { populated } from '@/content/relations'
import { publicCopy } from '@/content/staffMarks'
import { messages, type Locale } from '@/i18n'
import { localePath, sitePaths } from '@/i18n/paths'
import type {
  CaptionedImageBlock,
  Document,
  DocumentReferenceBlock,
  Media,
  Participant,
  PressRelease,
  Speech,
  SpeechQuoteBlock,
} from '@/payload-types'

import { formatDay } from './format'

/** Rich text as Payload stores it (a release's body, an event's description, a speech's text). */
export type RichTextData = PressRelease['body']

/** A record named in the text, linked to its page when it has a slug. */
function PageLink({
  slug,
  path,
  locale,
  children,
}: {
  slug?: string | null
  path: (slug: string) => string
  locale: Locale
  children: ReactNode
}) {
  return slug ? <a href={localePath(locale, path(slug))}>{children}</a> : children
}

function SpeechQuote({ block, locale }: { block: SpeechQuoteBlock; locale: Locale }) {
  const speech = populated<Speech>(block.speech)
  const speaker = populated<Participant>(speech?.speaker)
  return (
    <figure className={block.paraphrase ? 'quote-block quote-block--paraphrase' : 'quote-block'}>
      {/* An editor accepted these words as a paraphrase: not a quotation, so no quotation marks. */}
      {block.paraphrase ? (
        <p className="quote-paraphrase">{block.quote}</p>
      ) : (
        <blockquote>
          <p>{block.quote}</p>
        </blockquote>
      )}
      {speech && (
        <figcaption>
          {speaker?.name && (
            <span className="quote-speaker">
              <PageLink slug={speaker.slug} path={sitePaths.participant} locale={locale}>
                {speaker.name}
              </PageLink>
            </span>
          )}
          <span className="quote-source">
            <PageLink slug={speech.slug} path={sitePaths.speech} locale={locale}>
              {speech.title}
            </PageLink>
            , {formatDay(speech.date, locale)}
          </span>
        </figcaption>
      )}
    </figure>
  )
}

function DocumentReference({ block, locale }: { block: DocumentReferenceBlock; locale: Locale }) {
  const document = populated<Document>(block.document)
  if (!document) return null
  return (
    <aside className="document-ref" aria-label={messages(locale).release.referencedDocument}>
      <p className="document-ref-title">
        <PageLink slug={document.slug} path={sitePaths.document} locale={locale}>
          {document.title}
        </PageLink>
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
  const image = populated<Media>(block.image)
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

export function RichBody({ data, locale = 'en' }: { data: RichTextData | undefined; locale?: Locale }) {
  if (!data) return null
  // The generated type spells the root node's type as any string; Lexical's as 'root'. A staff
  // preview reads the body with its staff marks: the page shows what the public will read.
  const state = publicCopy(data) as unknown as SerializedEditorState
  return <RichText data={state} converters={convertersFor(locale)} disableContainer />
}
