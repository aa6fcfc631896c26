import type { LexicalEditor } from '@payloadcms/richtext-lexical/lexical'

/**
 * Whether an editor is in suggesting mode: per editor, per tab, never saved (each person chooses
 * how they edit). The toolbar item, the bar above the body and the plugin that turns keystrokes
 * into suggestions read it from here.
 */
const suggesting = new WeakMap<LexicalEditor, boolean>()
const listeners = new WeakMap<LexicalEditor, Set<() => void>>()

export const isSuggesting = (editor: LexicalEditor): boolean => suggesting.get(editor) === true

export function setSuggesting(editor: LexicalEditor, on: boolean): void {
  suggesting.set(editor, on)
  for (const listener of listeners.get(editor) ?? []) listener()
}

export function onSuggestingChange(editor: LexicalEditor, listener: () => void): () => void {
  const set = listeners.get(editor) ?? new Set()
  listeners.set(editor, set)
  set.add(listener)
  return () => set.delete(listener)
}

/** An id for one proposal: getRandomValues, since crypto.randomUUID needs a secure context. */
export function newSuggestionId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(9)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('')
}
