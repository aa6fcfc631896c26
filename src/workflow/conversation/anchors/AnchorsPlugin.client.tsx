'use client'

import { $getNodeByKey, type LexicalEditor, type NodeKey } from '@payloadcms/richtext-lexical/lexical'
import { $isMarkNode, $unwrapMarkNode, MarkNode } from '@payloadcms/richtext-lexical/lexical/mark'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { useEffect } from 'react'

import { anchorState, focusAnchor, onRemoveAnchor, setAnchors, setPresent, subscribeAnchors } from './store'

import './anchors.css'

/** The thread ids of a mark that are shown: open threads, and the one being written. */
function litIds(ids: readonly string[]): string[] {
  const { open, draft } = anchorState()
  return ids.filter((id) => open.has(id) || draft?.mark === id)
}

/**
 * Keeps the body's comment marks and the sidebar's threads in step: tells the sidebar which marks
 * the text holds (a thread whose words were deleted says so), lights the marks of open threads
 * (a resolved thread's mark stays in the text, unlit, so that reopening it lights it again), and
 * links a click on either side to the other. The classes are set on the marks' elements after
 * Lexical has drawn them; the node itself holds only ids, which is what the body stores.
 */
function watchMarks(editor: LexicalEditor): () => void {
  const marks = new Map<NodeKey, string[]>()

  const elementsOf = (mark: string) =>
    [...marks.entries()]
      .filter(([, ids]) => ids.includes(mark))
      .map(([key]) => editor.getElementByKey(key))
      .filter((element): element is HTMLElement => element !== null)

  const paint = () => {
    const focused = anchorState().focused?.mark
    for (const [key, ids] of marks) {
      const element = editor.getElementByKey(key)
      if (!element) continue
      const lit = litIds(ids)
      element.classList.toggle('comment-mark--open', lit.length > 0)
      element.classList.toggle('comment-mark--focused', focused !== undefined && lit.includes(focused))
      if (lit.length > 0) element.dataset.threads = lit.join(' ')
      else delete element.dataset.threads
    }
  }

  const read = () => {
    editor.getEditorState().read(() => {
      for (const key of [...marks.keys()]) {
        const node = $getNodeByKey(key)
        if ($isMarkNode(node)) marks.set(key, node.getIDs())
        else marks.delete(key)
      }
    })
    setPresent(new Set([...marks.values()].flat()))
    paint()
  }

  const stopMutations = editor.registerMutationListener(
    MarkNode,
    (mutations) => {
      for (const [key, mutation] of mutations) {
        if (mutation === 'destroyed') marks.delete(key)
        else marks.set(key, [])
      }
      read()
    },
    { skipInitialization: false },
  )
  read()

  let lastFocus = anchorState().focused
  const stopState = subscribeAnchors(() => {
    paint()
    const { focused } = anchorState()
    if (focused && focused !== lastFocus && focused.from === 'sidebar')
      elementsOf(focused.mark)[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' })
    lastFocus = focused
  })

  const onClick = (event: MouseEvent) => {
    const element = (event.target as HTMLElement | null)?.closest?.('mark')
    const entry = element && [...marks.entries()].find(([key]) => editor.getElementByKey(key) === element)
    const mark = entry ? litIds(entry[1])[0] : undefined
    if (mark) focusAnchor(mark, 'editor')
    // A click in words no thread is about lets the last one go.
    else if (anchorState().focused) setAnchors({ focused: null })
  }
  const stopRoot = editor.registerRootListener((root, previous) => {
    previous?.removeEventListener('click', onClick)
    root?.addEventListener('click', onClick)
  })

  // A comment given up before it was sent takes its mark out of the text again.
  const stopRemove = onRemoveAnchor((mark) =>
    editor.update(() => {
      for (const key of marks.keys()) {
        const node = $getNodeByKey(key)
        if (!$isMarkNode(node) || !node.hasID(mark)) continue
        node.deleteID(mark)
        if (node.getIDs().length === 0) $unwrapMarkNode(node)
      }
    }),
  )

  return () => {
    stopMutations()
    stopState()
    stopRoot()
    stopRemove()
    setPresent(null)
  }
}

export function AnchorsPlugin() {
  const [editor] = useLexicalComposerContext()
  useEffect(() => watchMarks(editor), [editor])
  return null
}
