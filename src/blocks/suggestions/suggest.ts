import {
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
  type RangeSelection,
  type TextNode,
} from '@payloadcms/richtext-lexical/lexical'

import type { SuggestionMeta } from '@/content/suggestions'

import {
  $createSuggestedDeletionNode,
  $createSuggestedInsertionNode,
  $isSuggestedDeletionNode,
  $isSuggestedInsertionNode,
  $suggestionOf,
  type AnySuggestionNode,
} from './nodes'
import { $blockOf } from './paragraphMarks'
import { $suggestParagraphJoin } from './paragraphs'

/**
 * Editing in suggesting mode, as Google Docs does it: typed text becomes a suggested insertion
 * (one node per run of typing, continued while the caret stays in it), and deleted text stays in
 * place, struck through, as a suggested deletion. Deleting inside one's own insertion removes
 * the words (they were never in the text); another suggester's insertion and text already
 * marked for deletion are left as they are. Paragraph breaks are suggested by ./paragraphs.ts.
 * These run inside an editor update.
 */

const sameAuthor = (node: LexicalNode | null | undefined, meta: SuggestionMeta) =>
  !!node && (node as AnySuggestionNode).getMeta?.().by === meta.by

/** Joins `node` with a neighbour of the same kind and suggester; returns the node that remains. */
function $mergeWithNeighbours<T extends AnySuggestionNode>(node: T, meta: SuggestionMeta): T {
  const isSameKind = node.kind === 'insertion' ? $isSuggestedInsertionNode : $isSuggestedDeletionNode
  let kept: T = node
  const previous = kept.getPreviousSibling()
  if (isSameKind(previous) && sameAuthor(previous, meta)) {
    previous.append(...kept.getChildren())
    kept.remove()
    kept = previous as T
  }
  const next = kept.getNextSibling()
  if (isSameKind(next) && sameAuthor(next, meta)) {
    kept.append(...next.getChildren())
    next.remove()
  }
  return kept
}

/** Puts `node` at a collapsed point: inside a text node (split there) or an element's child list. */
function $insertAtPoint(selection: RangeSelection, node: LexicalNode): void {
  const { anchor } = selection
  const at = anchor.getNode()
  if ($isTextNode(at)) {
    const suggestion = $suggestionOf(at)
    // Never inside someone else's suggestion or a deletion: beside it.
    if (suggestion) {
      if (anchor.offset === 0 && !at.getPreviousSibling()) suggestion.insertBefore(node)
      else suggestion.insertAfter(node)
      return
    }
    if (anchor.offset === 0) at.insertBefore(node)
    else if (anchor.offset >= at.getTextContentSize()) at.insertAfter(node)
    else at.splitText(anchor.offset)[0]!.insertAfter(node)
    return
  }
  const element = at as ElementNode
  const child = element.getChildAtIndex(anchor.offset)
  if (child) child.insertBefore(node)
  else element.append(node)
}

/** Types `text` as a suggestion of `meta.by` at the selection (a selected range is suggested for deletion first). */
export function $suggestInsertText(text: string, meta: SuggestionMeta): void {
  if (!text) return
  let selection = $getSelection()
  if (!$isRangeSelection(selection)) return
  if (!selection.isCollapsed()) {
    $suggestDeleteSelection(selection, meta, false)
    selection = $getSelection()
    if (!$isRangeSelection(selection)) return
  }
  const at = selection.anchor.getNode()
  const own = $suggestionOf(at)
  if ($isTextNode(at) && $isSuggestedInsertionNode(own) && sameAuthor(own, meta)) {
    at.spliceText(selection.anchor.offset, 0, text, true)
    return
  }
  const words = $createTextNode(text)
  if ($isTextNode(at)) words.setFormat(at.getFormat()).setStyle(at.getStyle())
  const insertion = $createSuggestedInsertionNode(meta).append(words)
  $insertAtPoint(selection, insertion)
  $mergeWithNeighbours(insertion, meta)
  words.selectEnd()
}

/** Marks the selected words for deletion (or removes them from one's own insertion); collapses the selection. */
export function $suggestDeleteSelection(
  selection: RangeSelection,
  meta: SuggestionMeta,
  isBackward: boolean,
): void {
  if (selection.isCollapsed()) return
  const texts = selection.extract().filter((node): node is TextNode => $isTextNode(node))
  for (const text of texts) {
    if (!text.isAttached() || text.getTextContentSize() === 0) continue
    const suggestion = $suggestionOf(text)
    if (suggestion) {
      // One's own proposed words were never in the text: they simply go.
      if ($isSuggestedInsertionNode(suggestion) && sameAuthor(suggestion, meta)) text.remove()
      continue
    }
    const deletion = $createSuggestedDeletionNode(meta)
    text.insertBefore(deletion)
    deletion.append(text)
    $mergeWithNeighbours(deletion, meta)
  }
  // The selection followed the moved text nodes (Lexical keeps points on a node's key): collapse
  // it to the start (Backspace) or the end (Delete, or text typed over a selection).
  const after = $getSelection()
  if (!$isRangeSelection(after)) return
  const [start, end] = after.isBackward() ? [after.focus, after.anchor] : [after.anchor, after.focus]
  const { key, offset, type } = isBackward ? start : end
  after.anchor.set(key, offset, type)
  after.focus.set(key, offset, type)
}

/** Where a collapsed caret is among its paragraph's text nodes: an index into `texts` and an offset. */
function $caretAmong(selection: RangeSelection, texts: TextNode[], isBackward: boolean) {
  const { anchor } = selection
  const at = anchor.getNode()
  if ($isTextNode(at)) return { index: texts.indexOf(at), offset: anchor.offset }
  // An element point (an empty paragraph, or beside a paragraph mark): between two text nodes.
  const next = (at as ElementNode).getChildAtIndex(anchor.offset)
  let after = next ? texts.findIndex((text) => text === next || !text.isBefore(next)) : -1
  if (after < 0) after = texts.length
  return isBackward
    ? { index: after - 1, offset: texts[after - 1]?.getTextContentSize() ?? 0 }
    : { index: after, offset: 0 }
}

/**
 * Extends a collapsed selection over the character before (or after) the caret in its
 * paragraph, stepping over words already marked for deletion. False at a paragraph's edge.
 */
export function $extendOverCharacter(selection: RangeSelection, isBackward: boolean): boolean {
  const block = $blockOf(selection.anchor.getNode())
  if (!block) return false
  const texts = block.getAllTextNodes()
  let { index, offset } = $caretAmong(selection, texts, isBackward)
  while (index >= 0 && index < texts.length) {
    const text = texts[index]!
    const size = text.getTextContentSize()
    const struck = $isSuggestedDeletionNode($suggestionOf(text))
    if (!struck && (isBackward ? offset > 0 : offset < size)) {
      const content = text.getTextContent()
      // A surrogate pair (an emoji) is one character.
      const pair = isBackward
        ? offset > 1 &&
          /[\uDC00-\uDFFF]/.test(content[offset - 1]!) &&
          /[\uD800-\uDBFF]/.test(content[offset - 2]!)
        : offset < size - 1 && /[\uD800-\uDBFF]/.test(content[offset]!)
      const step = pair ? 2 : 1
      if (isBackward) selection.setTextNodeRange(text, offset - step, text, offset)
      else selection.setTextNodeRange(text, offset, text, offset + step)
      return true
    }
    index += isBackward ? -1 : 1
    offset = isBackward ? (texts[index]?.getTextContentSize() ?? 0) : 0
  }
  return false
}

/**
 * Backspace or Delete in suggesting mode: the selection, or one character, suggested for
 * deletion; at a paragraph's edge, the paragraph break (./paragraphs.ts).
 */
export function $suggestDelete(meta: SuggestionMeta, isBackward: boolean): void {
  const selection = $getSelection()
  if (!$isRangeSelection(selection)) return
  if (selection.isCollapsed() && !$extendOverCharacter(selection, isBackward))
    return $suggestParagraphJoin(selection, meta, isBackward)
  $suggestDeleteSelection(selection, meta, isBackward)
}
