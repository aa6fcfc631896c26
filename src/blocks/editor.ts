import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { CaptionedImageBlock } from './captionedImage'
import { CommentAnchorsFeature } from './commentAnchors'
import { CollaborationFeature, type CollaborationProps } from './collab/feature'
import { DocumentReferenceBlock } from './documentReference'
import { SpeechQuoteBlock } from './speechQuote'
import { SuggestionsFeature } from './suggestions/feature.server'

/**
 * The press release body: Lexical with the release's own blocks, suggestions (track changes) and
 * inline comments, co-edited live through the sync server when `collab` says where it is
 * (./collab/feature.ts).
 */
export const releaseEditor = (collab?: CollaborationProps) =>
  lexicalEditor({
    features: ({ defaultFeatures }) => [
      ...defaultFeatures,
      BlocksFeature({ blocks: [SpeechQuoteBlock, DocumentReferenceBlock, CaptionedImageBlock] }),
      SuggestionsFeature(),
      CommentAnchorsFeature(),
      ...(collab ? [CollaborationFeature(collab)] : []),
    ],
  })
