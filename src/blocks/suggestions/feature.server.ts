import { createNode, createServerFeature } from '@payloadcms/richtext-lexical'

import { SuggestedDeletionNode, SuggestedInsertionNode } from './nodes'
import { SuggestedParagraphBreakNode, SuggestedParagraphJoinNode } from './paragraphMarks'

/**
 * Suggestions (track changes) in the release body (issue 15, item 5). The nodes are registered
 * here as well as in the client feature: Payload builds the body's server-side editor (its
 * headless conversions, and the co-editing server's binding) from the server features' nodes.
 */
export const SuggestionsFeature = createServerFeature({
  key: 'suggestions',
  feature: {
    ClientFeature: '/src/blocks/suggestions/feature.client#SuggestionsFeatureClient',
    nodes: [
      createNode({ node: SuggestedInsertionNode }),
      createNode({ node: SuggestedDeletionNode }),
      createNode({ node: SuggestedParagraphBreakNode }),
      createNode({ node: SuggestedParagraphJoinNode }),
    ],
  },
})
