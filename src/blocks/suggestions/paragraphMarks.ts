import {
  $applyNodeReplacement,
  $findMatchingParent,
  $isElementNode,
  $isRootOrShadowRoot,
  DecoratorNode,
  type EditorConfig,
  type ElementNode,
  type LexicalNode,
  type SerializedLexicalNode,
} from '@payloadcms/richtext-lexical/lexical'

import {
  suggestedParagraphBreakType,
  suggestedParagraphJoinType,
  type SuggestionMeta,
} from '@/content/suggestions'

import { withSuggestionMeta, type SerializedSuggestion } from './meta'

/**
 * A suggested paragraph break, or a suggested join of two paragraphs (issue 15, item 5): a mark
 * at the end of the first of the two paragraphs, shown as a pilcrow (¶) in the suggestion's
 * colours. A break is made at once (the text already reads as two paragraphs, as Google Docs
 * shows it) and the mark says it is only proposed; a join leaves the two as they are until it
 * is accepted. Rejecting a break, or accepting a join, joins the paragraph with the next.
 *
 * A decorator, not an element: it holds no text, the caret steps over it, and nothing can be
 * typed into it. For the public, the stored body's copy applies the same rule
 * (src/content/staffMarks.ts, `join` and `drop`).
 */

export type SerializedParagraphMark = SerializedSuggestion<SerializedLexicalNode>

// The mixin takes a class, not a generic one: a decorator that renders nothing (see `decorate`).
abstract class EmptyDecoratorNode extends DecoratorNode<null> {}

abstract class ParagraphMarkNode extends withSuggestionMeta(EmptyDecoratorNode) {
  createDOM(_config: EditorConfig): HTMLElement {
    const element = document.createElement('span')
    element.setAttribute('aria-label', this.what)
    return this.describe(element, this.what)
  }

  updateDOM(prevNode: this, element: HTMLElement): boolean {
    if (this.describedDifferently(prevNode)) this.describe(element, this.what)
    return false
  }

  /** The pilcrow is the element's CSS (suggestions.css): it is not text, so never copied or counted. */
  decorate(): null {
    return null
  }

  get what(): string {
    return this.kind === 'insertion' ? 'paragraph break' : 'join of two paragraphs'
  }

  isInline(): true {
    return true
  }
  isKeyboardSelectable(): false {
    return false
  }
}

export class SuggestedParagraphBreakNode extends ParagraphMarkNode {
  get kind() {
    return 'insertion' as const
  }
  $config() {
    return this.config(suggestedParagraphBreakType, { extends: DecoratorNode })
  }
}

export class SuggestedParagraphJoinNode extends ParagraphMarkNode {
  get kind() {
    return 'deletion' as const
  }
  $config() {
    return this.config(suggestedParagraphJoinType, { extends: DecoratorNode })
  }
}

export type AnyParagraphMark = SuggestedParagraphBreakNode | SuggestedParagraphJoinNode

export const $createSuggestedParagraphBreakNode = (meta: SuggestionMeta) =>
  $applyNodeReplacement(new SuggestedParagraphBreakNode()).setMeta(meta)
export const $createSuggestedParagraphJoinNode = (meta: SuggestionMeta) =>
  $applyNodeReplacement(new SuggestedParagraphJoinNode()).setMeta(meta)

export const $isSuggestedParagraphBreakNode = (
  node: LexicalNode | null | undefined,
): node is SuggestedParagraphBreakNode => node instanceof SuggestedParagraphBreakNode
export const $isParagraphMark = (node: LexicalNode | null | undefined): node is AnyParagraphMark =>
  node instanceof SuggestedParagraphBreakNode || node instanceof SuggestedParagraphJoinNode

/** A paragraph, heading, list item or quote: an element that is not inline and not the root. */
export const $isBlock = (node: LexicalNode | null | undefined): node is ElementNode =>
  !!node && $isElementNode(node) && !node.isInline() && !$isRootOrShadowRoot(node)

/** The paragraph (heading, list item, quote…) a node is in. */
export const $blockOf = (node: LexicalNode): ElementNode | null => $findMatchingParent(node, $isBlock)

/** The paragraph marks a paragraph holds (always among its own children). */
export const $paragraphMarksOf = (block: ElementNode): AnyParagraphMark[] =>
  block.getChildren().filter($isParagraphMark)

/** Joins `block` with the paragraph after it, if that is one: its children move to the end of `block`. */
export function $joinWithNext(block: ElementNode): void {
  const next = block.getNextSibling()
  if (!$isBlock(next)) return
  block.append(...next.getChildren())
  next.remove()
}

/**
 * Accepted break and rejected join: the paragraphs stay as they are, the mark goes. Rejected
 * break and accepted join: the paragraph joins the next, and the mark goes.
 */
export function $decideParagraphMark(mark: AnyParagraphMark, accept: boolean): void {
  const block = $blockOf(mark)
  mark.remove()
  if (block && (mark.kind === 'insertion') !== accept) $joinWithNext(block)
}
