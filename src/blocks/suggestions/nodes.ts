import {
  $applyNodeReplacement,
  $isElementNode,
  ElementNode,
  type EditorConfig,
  type LexicalNode,
  type SerializedElementNode,
} from '@payloadcms/richtext-lexical/lexical'

import { suggestedDeletionType, suggestedInsertionType, type SuggestionMeta } from '@/content/suggestions'

import { withSuggestionMeta, type SerializedSuggestion } from './meta'
import { $decideParagraphMark, $isParagraphMark, type AnyParagraphMark } from './paragraphMarks'

/**
 * The two nodes of a suggestion (issue 15, item 5): inline elements around the proposed words,
 * like Lexical's own MarkNode (@lexical/mark), so that links and formats inside them are kept.
 * Both are registered on the body's editor by the feature (feature.server.ts), on the server
 * too, so a saved body validates and Lexical's Yjs binding can create them (./meta.ts). A
 * proposed paragraph break or join is a mark of its own (./paragraphMarks.ts).
 */

export type SerializedSuggestionNode = SerializedSuggestion<SerializedElementNode>

abstract class SuggestionNode extends withSuggestionMeta(ElementNode) {
  createDOM(_config: EditorConfig): HTMLElement {
    return this.describe(document.createElement(this.kind === 'insertion' ? 'ins' : 'del'), this.kind)
  }

  updateDOM(prevNode: this, element: HTMLElement): boolean {
    if (this.describedDifferently(prevNode)) this.describe(element, this.kind)
    return false
  }

  // Typing at either edge outside suggesting mode is plain text beside the suggestion, not in it.
  canInsertTextBefore(): boolean {
    return false
  }
  canInsertTextAfter(): boolean {
    return false
  }
  canBeEmpty(): false {
    return false
  }
  isInline(): true {
    return true
  }
}

export class SuggestedInsertionNode extends SuggestionNode {
  get kind() {
    return 'insertion' as const
  }
  $config() {
    return this.config(suggestedInsertionType, { extends: ElementNode })
  }
}

export class SuggestedDeletionNode extends SuggestionNode {
  get kind() {
    return 'deletion' as const
  }
  $config() {
    return this.config(suggestedDeletionType, { extends: ElementNode })
  }
}

export type AnySuggestionNode = SuggestedInsertionNode | SuggestedDeletionNode

export const $createSuggestedInsertionNode = (meta: SuggestionMeta) =>
  $applyNodeReplacement(new SuggestedInsertionNode()).setMeta(meta)
export const $createSuggestedDeletionNode = (meta: SuggestionMeta) =>
  $applyNodeReplacement(new SuggestedDeletionNode()).setMeta(meta)

export const $isSuggestedInsertionNode = (
  node: LexicalNode | null | undefined,
): node is SuggestedInsertionNode => node instanceof SuggestedInsertionNode
export const $isSuggestedDeletionNode = (
  node: LexicalNode | null | undefined,
): node is SuggestedDeletionNode => node instanceof SuggestedDeletionNode
export const $isSuggestionNode = (node: LexicalNode | null | undefined): node is AnySuggestionNode =>
  $isSuggestedInsertionNode(node) || $isSuggestedDeletionNode(node)

/** The suggestion a node is in (itself or its nearest suggestion ancestor), if any. */
export function $suggestionOf(node: LexicalNode | null | undefined): AnySuggestionNode | undefined {
  for (let current = node; current; current = current.getParent())
    if ($isSuggestionNode(current)) return current
  return undefined
}

/** Any node that holds a proposal: words suggested for insertion or deletion, or a paragraph mark. */
export type ProposalNode = AnySuggestionNode | AnyParagraphMark

/** Every proposal node under `node`, in document order. */
export function $suggestionNodesIn(node: LexicalNode): ProposalNode[] {
  if ($isSuggestionNode(node) || $isParagraphMark(node)) return [node]
  return $isElementNode(node) ? node.getChildren().flatMap($suggestionNodesIn) : []
}

export type Decision = 'accept' | 'reject'

/**
 * Accepted insertion and rejected deletion: the words stay, the mark goes. Rejected insertion
 * and accepted deletion: the words go with the mark. A paragraph mark: ./paragraphMarks.ts.
 */
export function $decideSuggestionNode(node: ProposalNode, decision: Decision): void {
  if ($isParagraphMark(node)) return $decideParagraphMark(node, decision === 'accept')
  const keepsWords = (node.kind === 'insertion') === (decision === 'accept')
  if (keepsWords) for (const child of node.getChildren()) node.insertBefore(child)
  node.remove()
}
