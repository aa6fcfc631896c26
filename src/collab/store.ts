import { getEnabledNodes, type SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from 'lexical'
import type { Payload, TypedUser } from 'payload'
import type * as Y from 'yjs'

import { coEdited } from '@/content/coEdited'
import { coEditingSave } from '@/content/suggestionChanges'
import type { PressRelease } from '@/payload-types'

import { collabCollection, type Room } from './access'
import { readLexicalFromDoc, writeLexicalToDoc, type EditorNodes } from './lexicalYjs'

/**
 * The co-edited body goes in and out through Payload's Local API as the user who changed it, so
 * access rules, the workflow guard (an approved text goes back to review), versions, the activity
 * log and the search index judge and record it like any save. It writes as an autosave: a burst
 * of typing updates one draft version instead of filling the history (maxPerDoc). It sends no
 * `updatedAt`, so the concurrent-save merge (src/fields/concurrentSaves.ts) leaves it alone; a
 * form save from an older copy leaves the body to this store (`coEditedFields` there).
 */

export const coEditedField = coEdited.field

/** The Lexical nodes of the release body's editor, as Payload configured them. */
export function bodyNodes(payload: Payload): EditorNodes {
  const field = payload.collections[collabCollection].config.flattenedFields.find(
    (candidate) => candidate.name === coEditedField,
  )
  const editorConfig = (field as { editor?: { editorConfig?: SanitizedServerEditorConfig } } | undefined)
    ?.editor?.editorConfig
  if (!editorConfig) throw new Error(`${collabCollection}.${coEditedField} is not a Lexical field.`)
  return getEnabledNodes({ editorConfig })
}

const emptyBody = {
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        children: [],
      },
    ],
  },
} as unknown as SerializedEditorState

/** The draft as the room last knew it stored: when, and its body (as stored, serialized). */
export type Stored = { updatedAt: string; body: string }

export const storedOf = (release: unknown): Stored => {
  const { updatedAt, [coEditedField]: body } = release as Record<string, unknown>
  return { updatedAt: String(updatedAt ?? ''), body: JSON.stringify(body ?? null) }
}

/** A stored body as the room's document holds it: never without a first paragraph. */
export const bodyOrEmpty = (body: unknown): SerializedEditorState => {
  const state = body as SerializedEditorState | null
  return state?.root?.children?.length ? state : emptyBody
}

/** Fills an empty room's document from the stored draft body. */
export async function loadBody(
  payload: Payload,
  nodes: EditorNodes,
  room: Room,
  user: TypedUser,
  doc: Y.Doc,
): Promise<Stored> {
  const release = await payload.findByID({
    collection: collabCollection,
    id: room.id,
    draft: true,
    locale: room.locale as never,
    // A language without its own body starts empty, not from the English text.
    fallbackLocale: false as never,
    user,
    overrideAccess: false,
    depth: 0,
    select: { [coEditedField]: true, updatedAt: true },
  })
  // An empty body still gets its first paragraph here, so that no two clients seed one each
  // (Lexical's shouldBootstrap warns of exactly that).
  writeLexicalToDoc(nodes, bodyOrEmpty((release as Record<string, unknown>)[coEditedField]), doc)
  return storedOf(release)
}

/** Writes the document's body into the release's draft as `user`; undefined when the release is gone. */
export async function storeBody(
  payload: Payload,
  nodes: EditorNodes,
  room: Room,
  user: TypedUser,
  doc: Y.Doc,
): Promise<Stored | undefined> {
  if (room.created) {
    // The release this room was opened on may have been deleted and its id given to a new one.
    const stored = await payload
      .findByID({
        collection: collabCollection,
        id: room.id,
        depth: 0,
        select: { createdAt: true },
        disableErrors: true,
      })
      .catch(() => null)
    if (!stored || stored.createdAt !== room.created) return undefined
  }
  const saved = await payload.update({
    collection: collabCollection,
    id: room.id,
    data: { body: readLexicalFromDoc(nodes, doc) as unknown as PressRelease['body'] },
    draft: true,
    autosave: true,
    locale: room.locale as never,
    user,
    overrideAccess: false,
    depth: 0,
    // Its suggestions were checked per connection in the room (src/collab/suggestionGuard.ts). A
    // copy: Payload makes the object req.context, which the release's hooks write to.
    context: { ...coEditingSave },
  })
  // What this store wrote, as Payload answers it. Not a read afterwards: a save from elsewhere that
  // landed in between would be taken for the room's own and never reach the live text.
  return storedOf(saved)
}
