import { getPayloadPopulateFn } from '@payloadcms/richtext-lexical'
import {
  convertLexicalToHTMLAsync,
  type HTMLConverterAsync,
  type HTMLConvertersFunctionAsync,
} from '@payloadcms/richtext-lexical/html-async'
import type { SerializedEditorState, SerializedLexicalNode } from '@payloadcms/richtext-lexical/lexical'
import { FieldDiffContainer, getHTMLDiffComponents } from '@payloadcms/ui/rsc'
import type { RichTextFieldDiffServerComponent } from 'payload'

import type {
  CaptionedImageBlock,
  Document,
  DocumentReferenceBlock,
  Media,
  Participant,
  Speech,
  SpeechQuoteBlock,
} from '@/payload-types'
import {
  suggestedDeletionType,
  suggestedInsertionType,
  suggestedParagraphBreakType,
  suggestedParagraphJoinType,
} from '@/content/suggestions'

/**
 * The review diff of a release body with what our blocks hold. Payload's own Lexical diff
 * (@payloadcms/richtext-lexical 3.90.1, dist/field/Diff) renders any block as "<slug> Block",
 * changed or not, so a reviewer never saw a quote's old and new words. Here each block becomes
 * ordinary HTML text (quote words, speaker and speech; document and note; image, caption and
 * credit), which Payload's HTML diff then marks word by word like a paragraph. Plugged in
 * through the field's `admin.components.Diff`, which Payload prefers to the editor's own.
 */

const escape = (text: unknown) =>
  String(text ?? '').replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  )

type Populate = Parameters<Exclude<HTMLConverterAsync, string>>[0]['populate']

/** A relationship in a block, as the record (populated at depth 1 by the diff's own reader). */
async function record<T extends object>(
  value: unknown,
  collectionSlug: string,
  populate: Populate,
): Promise<T | undefined> {
  if (value && typeof value === 'object') return value as T
  if ((typeof value !== 'number' && typeof value !== 'string') || !populate) return undefined
  return (await populate<T & { id: number | string }>({ id: value, collectionSlug })) ?? undefined
}

type BlockArgs<T> = { node: { fields: T }; populate?: Populate }

const speechQuote = async ({ node, populate }: BlockArgs<SpeechQuoteBlock>) => {
  const speech = await record<Speech>(node.fields.speech, 'speeches', populate)
  const speaker = speech && (await record<Participant>(speech.speaker, 'participants', populate))
  const kind = node.fields.paraphrase ? 'Paraphrase' : 'Quote'
  const source = [speaker?.name, speech?.title].filter(Boolean).map(escape).join(', ')
  return `<blockquote><p>${kind}: “${escape(node.fields.quote)}”</p><p>— ${source || 'no speech chosen'}</p></blockquote>`
}

const documentReference = async ({ node, populate }: BlockArgs<DocumentReferenceBlock>) => {
  const document = await record<Document>(node.fields.document, 'documents', populate)
  const title = [document?.title, document?.symbol].filter(Boolean).map(escape).join(', ')
  const note = node.fields.note ? `<p>Note: ${escape(node.fields.note)}</p>` : ''
  return `<div><p>Document: ${title || 'none chosen'}</p>${note}</div>`
}

const captionedImage = async ({ node, populate }: BlockArgs<CaptionedImageBlock>) => {
  const image = await record<Media>(node.fields.image, 'media', populate)
  const src = image?.sizes?.thumbnail?.url ?? image?.url
  const img = src ? `<img src="${escape(src)}" alt="${escape(image?.alt)}" width="160">` : ''
  const caption = node.fields.caption || image?.caption
  const credit = node.fields.credit || image?.credit
  return `<figure>${img}<figcaption>Image: ${escape(image?.filename ?? 'none chosen')}${
    caption ? ` · Caption: ${escape(caption)}` : ''
  }${credit ? ` · Credit: ${escape(credit)}` : ''}</figcaption></figure>`
}

/**
 * An open suggestion (src/blocks/suggestions) shows as its words in brackets, marked + or −, so
 * the reviewer sees what is proposed; Payload's converter would print "unknown node" instead.
 */
const suggestion =
  (mark: string): HTMLConverterAsync =>
  async ({ node, nodesToHTML }) => {
    const children = (node as { children?: SerializedLexicalNode[] }).children ?? []
    return `<span>[${mark}${(await nodesToHTML({ nodes: children })).join('')}]</span>`
  }

/** An inline comment's mark (src/blocks/commentAnchors.ts) is not text: the diff shows its words only. */
const mark: HTMLConverterAsync<{ children: SerializedLexicalNode[] }> = async ({ node, nodesToHTML }) =>
  (await nodesToHTML({ nodes: node.children })).join('')

const converters: HTMLConvertersFunctionAsync = ({ defaultConverters }) => ({
  ...defaultConverters,
  [suggestedInsertionType]: suggestion('suggested +'),
  [suggestedDeletionType]: suggestion('suggested −'),
  [suggestedParagraphBreakType]: () => '<span>[suggested + ¶ new paragraph]</span>',
  [suggestedParagraphJoinType]: () => '<span>[suggested − ¶ paragraphs joined]</span>',
  mark,
  blocks: {
    speechQuote,
    documentReference,
    captionedImage,
  },
})

export const BodyDiff: RichTextFieldDiffServerComponent = async ({
  comparisonValue,
  versionValue,
  field,
  i18n,
  locale,
  nestingLevel,
  req,
}) => {
  // As the reviewer may read them (access on), one level deep: a quote's speech and its speaker.
  const populate = await getPayloadPopulateFn({ currentDepth: 0, depth: 1, overrideAccess: false, req })
  const html = async (value: unknown) =>
    value
      ? await convertLexicalToHTMLAsync({
          converters,
          data: value as SerializedEditorState,
          disableContainer: true,
          populate,
        })
      : ''
  const [fromHTML, toHTML] = await Promise.all([html(comparisonValue), html(versionValue)])
  // An empty side still needs a node, or the other side's text is shown in its column.
  const { From, To } = getHTMLDiffComponents({ fromHTML: fromHTML || '<p></p>', toHTML: toHTML || '<p></p>' })
  return (
    <FieldDiffContainer
      className="lexical-diff"
      From={From}
      To={To}
      i18n={i18n}
      label={{ label: field.label, locale }}
      nestingLevel={nestingLevel}
    />
  )
}
