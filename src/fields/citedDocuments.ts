import type { Field, FieldHook } from 'payload'

import { blockFieldsOf, editorStates } from '@/content/lexical'

import { existingIds } from './existingIds'

type Id = number | string

const idOf = (value: unknown): Id | undefined => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return undefined
}

/**
 * Every document a release cites: its linked documents first, then those its body references
 * (document-reference blocks) in any language, each once.
 */
export function citedDocumentIds(linked: unknown, bodies: unknown[]): Id[] {
  const ids = new Map<string, Id>()
  const add = (value: unknown) => {
    const id = idOf(value)
    if (id !== undefined && !ids.has(String(id))) ids.set(String(id), id)
  }
  for (const document of Array.isArray(linked) ? linked : []) add(document)
  for (const state of bodies.flatMap(editorStates))
    for (const block of blockFieldsOf(state, 'documentReference')) add(block.document)
  return [...ids.values()]
}

/**
 * Recomputed on every save from the linked documents and the body in every language (the one
 * being saved plus those stored), whatever a client sends; documents deleted since are left out.
 */
const computeCitations: FieldHook = async ({ siblingData, siblingDocWithLocales, originalDoc, req }) => {
  const original = (originalDoc ?? {}) as Record<string, unknown>
  const current = siblingData.body !== undefined ? siblingData.body : original.body
  const stored = siblingDocWithLocales?.body
  // A write in every language at once (`locale: 'all'`) replaces the stored bodies.
  const others =
    req.locale !== 'all' && stored && typeof stored === 'object' && !('root' in stored)
      ? Object.entries(stored)
          .filter(([locale]) => locale !== req.locale)
          .map(([, state]) => state)
      : []
  const linked = siblingData.documents !== undefined ? siblingData.documents : original.documents
  const ids = citedDocumentIds(linked, [current, ...others])
  // A body block may still name a document deleted since: citing it would fail the save.
  return existingIds(req, 'documents', ids)
}

/**
 * The documents a release cites, linked or referenced in its body: what a document's page
 * lists as "releases that cite it" queries, on any database (the body is a JSON tree).
 */
export const citedDocumentsField: Field = {
  name: 'citedDocuments',
  type: 'relationship',
  relationTo: 'documents',
  hasMany: true,
  admin: { hidden: true },
  hooks: { beforeChange: [computeCitations] },
}
