import { createHeadlessEditor } from '@lexical/headless'
import {
  createBinding,
  syncLexicalUpdateToYjs,
  syncYjsChangesToLexical,
  type Binding,
  type Provider,
} from '@lexical/yjs'
import {
  $getRoot,
  $parseSerializedNode,
  type Klass,
  type LexicalEditor,
  type LexicalNode,
  type LexicalNodeReplacement,
  type SerializedEditorState,
  type SerializedLexicalNode,
} from 'lexical'
import * as Y from 'yjs'

/**
 * A Lexical body and the Yjs document the editors share, one from the other, on the server
 * (Lexical's own binding, as the collaboration docs bootstrap a document server-side:
 * https://lexical.dev/docs/collaboration/react#see-it-in-action). The document's root is the
 * `root` XmlText that Lexical's CollaborationPlugin binds to by default.
 */

export type EditorNodes = ReadonlyArray<Klass<LexicalNode> | LexicalNodeReplacement>

/** The binding asks its provider for awareness only when it draws remote cursors: none here. */
const noProvider = {
  awareness: {
    getLocalState: () => null,
    getStates: () => new Map(),
    off: () => undefined,
    on: () => undefined,
    setLocalState: () => undefined,
    setLocalStateField: () => undefined,
  },
  connect: () => undefined,
  disconnect: () => undefined,
  off: () => undefined,
  on: () => undefined,
} as unknown as Provider

function bound(
  nodes: EditorNodes,
  doc: Y.Doc,
): { binding: Binding; editor: ReturnType<typeof createHeadlessEditor> } {
  const editor = createHeadlessEditor({
    nodes: [...nodes],
    onError: (error) => {
      throw error
    },
  })
  const binding = createBinding(editor, noProvider, 'body', doc, new Map([['body', doc]]))
  return { binding, editor }
}

/** Sends the editor's next updates into its bound document; returns the way to stop. */
function pushToDoc(binding: Binding, editor: LexicalEditor): () => void {
  return editor.registerUpdateListener(
    ({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) =>
      syncLexicalUpdateToYjs(
        binding,
        noProvider,
        prevEditorState,
        editorState,
        dirtyElements,
        dirtyLeaves,
        normalizedNodes,
        tags,
      ),
  )
}

/** Writes `state` (a stored body) into the empty document `doc`. */
export function writeLexicalToDoc(nodes: EditorNodes, state: SerializedEditorState, doc: Y.Doc): void {
  const { binding, editor } = bound(nodes, doc)
  const stop = pushToDoc(binding, editor)
  editor.setEditorState(editor.parseEditorState(state), { tag: 'history-merge' })
  // setEditorState commits at once; the listener above has run.
  stop()
}

/** A headless editor holding what `doc` holds, bound to a copy of it. */
function mirror(nodes: EditorNodes, doc: Y.Doc) {
  const copy = new Y.Doc()
  const { binding, editor } = bound(nodes, copy)
  const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
    if (transaction.origin !== binding)
      syncYjsChangesToLexical(
        binding,
        noProvider,
        events as Parameters<typeof syncYjsChangesToLexical>[2],
        false,
      )
  }
  binding.root.getSharedType().observeDeep(observer)
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
  binding.root.getSharedType().unobserveDeep(observer)
  // Lexical applies the change in an update it commits on the next microtask: settle it now.
  editor.update(() => undefined, { discrete: true })
  return { copy, binding, editor }
}

/** The body the document `doc` holds now, as Payload stores it. */
export function readLexicalFromDoc(nodes: EditorNodes, doc: Y.Doc): SerializedEditorState {
  const { copy, editor } = mirror(nodes, doc)
  const state = editor.getEditorState().toJSON()
  copy.destroy()
  return state
}

/**
 * Makes `doc`'s body `next` by replacing only the top-level blocks that differ (the common blocks
 * at the start and at the end stay the same Yjs items, so a colleague's caret and typing there
 * are untouched). Returns the Yjs update to apply to `doc`, or null when nothing differs.
 */
export function blocksUpdate(nodes: EditorNodes, doc: Y.Doc, next: SerializedEditorState): Uint8Array | null {
  const { copy, binding, editor } = mirror(nodes, doc)
  try {
    const wanted = next.root.children.map((block) => JSON.stringify(block))
    const held = editor
      .getEditorState()
      .toJSON()
      .root.children.map((block) => JSON.stringify(block))
    let start = 0
    while (start < held.length && start < wanted.length && held[start] === wanted[start]) start++
    let end = 0
    while (
      end < held.length - start &&
      end < wanted.length - start &&
      held[held.length - 1 - end] === wanted[wanted.length - 1 - end]
    )
      end++
    if (start === held.length && start === wanted.length) return null
    const stop = pushToDoc(binding, editor)
    editor.update(
      () => {
        const root = $getRoot()
        const blocks = root.getChildren()
        for (const block of blocks.slice(start, blocks.length - end)) block.remove()
        const fresh = next.root.children
          .slice(start, next.root.children.length - end)
          .map((block) => $parseSerializedNode(block as SerializedLexicalNode))
        const after = blocks[blocks.length - end]
        if (after) for (const block of fresh) after.insertBefore(block)
        else root.append(...fresh)
      },
      { discrete: true },
    )
    stop()
    return Y.encodeStateAsUpdate(copy, Y.encodeStateVector(doc))
  } finally {
    copy.destroy()
  }
}
