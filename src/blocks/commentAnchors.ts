import { createNode, createServerFeature } from '@payloadcms/richtext-lexical'
import { MarkNode } from '@payloadcms/richtext-lexical/lexical/mark'

/**
 * Inline comments in the body (issue 15, item 4; src/content/commentAnchors.ts): Lexical's own
 * MarkNode around the words a thread is about. Its ids follow the words through edits, splits and
 * merges, overlapping threads included, and it needs no constructor argument (co-editing over Yjs
 * creates nodes empty, then fills them). The node is staff-only (src/content/staffMarks.ts). The
 * admin side (the "Comment" button, the highlights, the link to the sidebar's threads) lives with
 * the conversation it belongs to.
 */
export const CommentAnchorsFeature = createServerFeature({
  key: 'commentAnchors',
  feature: {
    ClientFeature: '/src/workflow/conversation/anchors/feature.client#CommentAnchorsClient',
    nodes: [createNode({ node: MarkNode })],
  },
})
