import {
  $createTextNode,
  $getNodeByKey,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_CRITICAL,
  COMPOSITION_START_COMMAND,
  type LexicalEditor,
  type LexicalNode,
  type RangeSelection,
  type TextNode,
} from '@payloadcms/richtext-lexical/lexical'

import { mergeRegister } from '@payloadcms/richtext-lexical/lexical/utils'

import type { SuggestionMeta } from '@/content/suggestions'

import { $isSuggestedInsertionNode, $suggestionOf } from './nodes'
import { $suggestInsertText } from './suggest'

/** Where a composition began: a point in a text node, or a child index in an (empty) paragraph. */
type Start = { key: string; offset: number; type: 'text' | 'element' }

/** A run of selected text, with its format, to put back. */
type Segment = { text: string; format: number; style: string }

/** The selected text, run by run (text nodes only: what a composition can replace). */
function $segments(selection: RangeSelection): Segment[] {
  if (selection.isCollapsed()) return []
  const [first, last] = selection.isBackward()
    ? [selection.focus, selection.anchor]
    : [selection.anchor, selection.focus]
  return selection
    .getNodes()
    .filter((node): node is TextNode => $isTextNode(node))
    .map((node) => {
      const content = node.getTextContent()
      const from = node.getKey() === first.key ? first.offset : 0
      const to = node.getKey() === last.key ? last.offset : content.length
      return { text: content.slice(from, to), format: node.getFormat(), style: node.getStyle() }
    })
    .filter((segment) => segment.text.length > 0)
}

/** Puts `words` back at `offset` in `node`, and selects them. */
function $restore(node: TextNode, offset: number, words: Segment[]): void {
  const nodes = words.map(({ text, format, style }) =>
    $createTextNode(text).setFormat(format).setStyle(style),
  )
  const [before] =
    offset === 0 ? [null] : offset >= node.getTextContentSize() ? [node] : node.splitText(offset)
  let previous: LexicalNode | null = before
  for (const created of nodes) {
    if (previous) previous.insertAfter(created)
    else node.insertBefore(created)
    previous = created
  }
  const [firstNode, lastNode] = [nodes[0]!, nodes[nodes.length - 1]!]
  const selection = $getSelection()
  if ($isRangeSelection(selection))
    selection.setTextNodeRange(firstNode, 0, lastNode, lastNode.getTextContentSize())
}

/** The text node holding the composed `text` at `start`, and where in it; undefined when it is not there. */
function $composed(
  start: Start,
  text: string,
): { node: TextNode; offset: number; length: number } | undefined {
  const at = $getNodeByKey(start.key)
  const [node, offset] =
    start.type === 'text'
      ? [at, start.offset]
      : [$isElementNode(at) ? at.getChildAtIndex(start.offset) : null, 0]
  if (!$isTextNode(node)) return undefined
  const content = node.getTextContent()
  // Lexical may have put a zero-width character where it composed (in a fresh text node).
  const from =
    content[offset] === '\u200B' && content.slice(offset + 1).startsWith(text) ? offset + 1 : offset
  // The length to take out: the composed words, and that character with them.
  return content.slice(from, from + text.length) === text
    ? { node, offset, length: from - offset + text.length }
    : undefined
}

/**
 * Input-method composition (Chinese, Japanese, Korean) in suggesting mode. While the person picks
 * characters the browser owns the text (Lexical lets it: its beforeinput handler leaves
 * insertCompositionText alone), so no keystroke can be taken as the plugin takes typing. Instead,
 * once the composition ends, its words are taken back out of the text and put in as a suggested
 * insertion, and words it replaced (selected when it started) are put back and suggested for
 * deletion, as typing over them would. Returns the unregister function.
 */
export function suggestCompositions(editor: LexicalEditor, meta: () => SuggestionMeta): () => void {
  let start: Start | undefined
  let replaced: Segment[] = []
  // Inside Lexical's update for the composition's start, before its own handler: only looks.
  const onStart = () => {
    const selection = $getSelection()
    start = undefined
    replaced = []
    if (!$isRangeSelection(selection)) return false
    const [first] = selection.isBackward() ? [selection.focus] : [selection.anchor]
    start = { key: first.key, offset: first.offset, type: first.type }
    replaced = $segments(selection)
    return false
  }
  const onEnd = (event: CompositionEvent) => {
    const [from, words] = [start, replaced]
    start = undefined
    replaced = []
    const text = event.data
    if (!from || !text) return
    // After Lexical has taken the composed words into its state (its own compositionend handler).
    setTimeout(() =>
      editor.update(
        () => {
          const found = $composed(from, text)
          if (!found) return
          // Composed inside one's own suggestion: it is already one.
          const own = $suggestionOf(found.node)
          if ($isSuggestedInsertionNode(own) && own.getMeta().by === meta().by && words.length === 0) return
          found.node.spliceText(found.offset, found.length, '', false)
          found.node.select(found.offset, found.offset)
          // The words it replaced come back, to be struck as typing over them would.
          if (words.length > 0) $restore(found.node, found.offset, words)
          $suggestInsertText(text, meta())
        },
        { tag: 'history-merge' },
      ),
    )
  }
  return mergeRegister(
    editor.registerCommand(COMPOSITION_START_COMMAND, onStart, COMMAND_PRIORITY_CRITICAL),
    editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('compositionend', onEnd)
      root?.addEventListener('compositionend', onEnd)
    }),
  )
}
