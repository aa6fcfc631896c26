import type { CollectionConfig, SanitizedConfig } from 'payload'
import { hasAutosaveEnabled } from 'payload/shared'

/**
 * "Create new" leaves nothing behind until something is typed (issue 10, item 6).
 *
 * Payload 3.90's document view creates the document as soon as a create view opens when the
 * collection autosaves, so that autosave has an id to PATCH; only `versions.drafts.validate`
 * turns that off (@payloadcms/next dist/views/Document/index.js, "Handle case where autoSave is
 * enabled and the document is being created"). Turning `validate` on for real would validate
 * every draft save (an officer's half-written release would be refused) and change the admin's
 * autosave, so the create page alone is rendered with a copy of the config whose collection says
 * so; the collection itself, its operations and the browser's config are untouched. The first
 * draft is then saved by SaveFirstDraft once the officer changes something.
 */
export async function configForPage(configPromise: Promise<SanitizedConfig>, segments: string[] = []) {
  const config = await configPromise
  const [section, slug, view] = segments
  if (section !== 'collections' || view !== 'create' || segments.length !== 3) return config
  const collection = config.collections.find((candidate) => candidate.slug === slug)
  if (!collection || !hasAutosaveEnabled(collection)) return config
  const drafts = { ...(collection.versions.drafts as object) }
  // Not enumerable: the browser's copy of the config (built from this one when it is the first
  // page to render) must not see it, or it would validate every autosave.
  Object.defineProperty(drafts, 'validate', { value: true, enumerable: false })
  const versions = { ...(collection.versions as object), drafts }
  return {
    ...config,
    collections: config.collections.map((candidate) =>
      candidate === collection ? { ...collection, versions } : candidate,
    ),
  } as SanitizedConfig
}

/** Adds SaveFirstDraft to the create view of a collection that autosaves. */
export function saveFirstDraftOnChange<T extends CollectionConfig>(collection: T): T {
  const drafts = typeof collection.versions === 'object' ? collection.versions.drafts : undefined
  if (!drafts || typeof drafts !== 'object' || !drafts.autosave) return collection
  const admin = collection.admin ?? {}
  const edit = admin.components?.edit ?? {}
  return {
    ...collection,
    admin: {
      ...admin,
      components: {
        ...admin.components,
        edit: {
          ...edit,
          beforeDocumentControls: [
            ...(edit.beforeDocumentControls ?? []),
            '/src/fields/firstDraft/SaveFirstDraft#SaveFirstDraft',
          ],
        },
      },
    },
  }
}
