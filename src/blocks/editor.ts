import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { CaptionedImageBlock } from './captionedImage'
import { CommentAnchorsFeature } from './commentAnchors'
import { DocumentReferenceBlock } from './documentReference'
import { SpeechQuoteBlock } from './speechQuote'
import { SuggestionsFeature } from './suggestions/feature.server'

/** The press release body: Lexical with the release's own blocks, suggestions (track changes) and inline comments. */
export const releaseEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures,
    BlocksFeature({ blocks: [SpeechQuoteBlock, DocumentReferenceBlock, CaptionedImageBlock] }),
    SuggestionsFeature(),
    CommentAnchorsFeature(),
  ],
})
