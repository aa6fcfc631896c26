import type { SerializedLexicalNode } from '@payloadcms/richtext-lexical/lexical'

import type { PressRelease } from '@/payload-types'

/** A rich-text value as Payload's generated types describe it. */
export type RichTextValue = PressRelease['body']

/**
 * Builds Lexical editor states for seeded rich text. The shapes are those Payload's Lexical
 * editor itself saves (root → paragraph/heading/list/block nodes), so seeded records open and
 * save in the admin like any other.
 */

type Node = SerializedLexicalNode & Record<string, unknown>

function text(content: string): Node {
  return { type: 'text', version: 1, text: content, format: 0, style: '', mode: 'normal', detail: 0 }
}

const element = { format: '', indent: 0, version: 1, direction: 'ltr' as const }

export function paragraphNode(content: string): Node {
  return { ...element, type: 'paragraph', textFormat: 0, textStyle: '', children: [text(content)] }
}

export function headingNode(content: string): Node {
  return { ...element, type: 'heading', tag: 'h2', children: [text(content)] }
}

export function listNode(items: string[]): Node {
  return {
    ...element,
    type: 'list',
    listType: 'bullet',
    start: 1,
    tag: 'ul',
    children: items.map((item, index) => ({
      ...element,
      type: 'listitem',
      value: index + 1,
      children: [text(item)],
    })),
  }
}

/** A block node; `id` must be unique within the document and stable across seed runs. */
export function blockNode(blockType: string, fields: Record<string, unknown>, id: string): Node {
  return { type: 'block', version: 2, format: '', fields: { id, blockName: '', blockType, ...fields } }
}

export function editorState(children: Node[]): RichTextValue {
  return {
    root: { ...element, type: 'root', children },
  } as unknown as RichTextValue
}

export function paragraphs(texts: readonly string[]): RichTextValue | undefined {
  return texts.length ? editorState(texts.map(paragraphNode)) : undefined
}

/** Plain text of an editor state, for search excerpts and tests. */
export function plainText(state: unknown): string {
  const walk = (node: unknown): string => {
    if (!node || typeof node !== 'object') return ''
    const n = node as { text?: string; children?: unknown[]; type?: string }
    if (typeof n.text === 'string') return n.text
    const separator = n.type === 'root' ? '\n\n' : n.type === 'list' ? '\n' : ''
    return (n.children ?? []).map(walk).join(separator)
  }
  return walk((state as { root?: unknown } | null)?.root)
}

/** The fields of every block of this type in an editor state, in document order. */
export function blockFieldsOf(state: unknown, blockType: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const n = node as { type?: string; fields?: Record<string, unknown>; children?: unknown[] }
    if (n.type === 'block' && n.fields?.blockType === blockType) found.push(n.fields)
    for (const child of n.children ?? []) walk(child)
  }
  walk((state as { root?: unknown } | null)?.root)
  return found
}

/** The editor states in a rich-text value: one, or a map of them by locale (a `locale: 'all'` read or write). */
export function editorStates(value: unknown): unknown[] {
  if (!value || typeof value !== 'object') return []
  return 'root' in value
    ? [value]
    : Object.values(value).filter((state) => state && typeof state === 'object')
}
