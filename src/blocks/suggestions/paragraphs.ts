import {
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
  type RangeSelection,
} from '@payloadcms/richtext-lexical/lexical'

import type { SuggestionMeta } from '@/content/suggestions'

import {
  $createSuggestedInsertionNode,
  $isSuggestedInsertionNode,
  $suggestionOf,
  type AnySuggestionNode,
} from './nodes'
import {
  $blockOf,
  $createSuggestedParagraphBreakNode,
  $createSuggestedParagraphJoinNode,
  $isBlock,
  $isSuggestedParagraphBreakNode,
  $joinWithNext,
  $paragraphMarksOf,
} from './paragraphMarks'

/**
 * Paragraph breaks in suggesting mode (the marks: ./paragraphMarks.ts). Enter splits the
 * paragraph and marks the break as proposed; Backspace at a paragraph's start (Delete at its
 * end) proposes joining it with the one before (after). As with words, one's own proposed break
 * was never in the text: deleting it joins the paragraphs again at once. These run inside an
 * editor update, after the selection's words (if any) were suggested for deletion.
 */

/** The caret at the end of `node`'s text, or else at `index` of `block`'s children. */
function $caretAt(block: ElementNode, index: number): void {
  const before = block.getChildAtIndex(index - 1)
  if ($isTextNode(before)) before.select()
  else block.select(index, index)
}

/** The nodes of `suggestion` from the caret on (the caret's text node split there), if it is one of its own. */
function $tailOf(suggestion: AnySuggestionNode, selection: RangeSelection): LexicalNode[] | undefined {
  const at = selection.anchor.getNode()
  if (!$isTextNode(at) || !at.getParent()?.is(suggestion)) return undefined
  const { offset } = selection.anchor
  let first: LexicalNode | null = at
  if (offset >= at.getTextContentSize()) first = at.getNextSibling()
  else if (offset > 0) first = at.splitText(offset)[1] ?? null
  const tail: LexicalNode[] = []
  for (let node = first; node; node = node.getNextSibling()) tail.push(node)
  return tail
}

/**
 * Lexical will not split an inline element at the caret, so the caret leaves a suggestion
 * first: one's own insertion is cut in two there (both halves stay one proposal, with its id),
 * the caret between them; any other suggestion is stepped out of, to the side nearer the caret.
 */
function $leaveSuggestion(
  selection: RangeSelection,
  suggestion: AnySuggestionNode,
  meta: SuggestionMeta,
): void {
  const own = $isSuggestedInsertionNode(suggestion) && suggestion.getMeta().by === meta.by
  const tail = $tailOf(suggestion, selection)
  const size = suggestion.getChildrenSize()
  if (own && tail && tail.length > 0 && tail.length < size)
    suggestion.insertAfter($createSuggestedInsertionNode(suggestion.getMeta()).append(...tail))
  const atStart = tail ? tail.length === size : selection.anchor.offset === 0
  const index = suggestion.getIndexWithinParent()
  $caretAt(suggestion.getParentOrThrow(), atStart ? index : index + 1)
}

/** Enter: the paragraph is split at the caret, and the break marked as proposed. */
export function $suggestParagraphBreak(meta: SuggestionMeta): void {
  let selection = $getSelection()
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return
  const suggestion = $suggestionOf(selection.anchor.getNode())
  if (suggestion) {
    $leaveSuggestion(selection, suggestion, meta)
    selection = $getSelection()
    if (!$isRangeSelection(selection)) return
  }
  selection.insertParagraph()
  // Lexical splits after the caret, or at a paragraph's start puts an empty one before it:
  // either way the caret ends in the second of the two, and the mark goes at the first's end.
  const after = $getSelection()
  const second = $isRangeSelection(after) ? $blockOf(after.anchor.getNode()) : null
  const first = second?.getPreviousSibling()
  if ($isBlock(first)) first.append($createSuggestedParagraphBreakNode(meta))
}

/** Backspace at a paragraph's start, or Delete at its end: joining it with its neighbour, proposed. */
export function $suggestParagraphJoin(
  selection: RangeSelection,
  meta: SuggestionMeta,
  isBackward: boolean,
): void {
  const block = $blockOf(selection.anchor.getNode())
  const first = isBackward ? block?.getPreviousSibling() : block
  const second = first?.getNextSibling()
  if (!$isBlock(first) || !$isBlock(second)) return
  const marks = $paragraphMarksOf(first)
  const own = marks.find((mark) => $isSuggestedParagraphBreakNode(mark) && mark.getMeta().by === meta.by)
  if (own) {
    own.remove()
    const joint = first.getChildrenSize()
    $joinWithNext(first)
    $caretAt(first, joint)
    return
  }
  // A join already proposed, or someone else's proposed break: left as it is.
  if (marks.length > 0) return
  const end = first.getChildrenSize()
  first.append($createSuggestedParagraphJoinNode(meta))
  if (isBackward) $caretAt(first, end)
}
