import type { CollectionConfig, Field } from 'payload'

/**
 * A relationship picker offers no "Create new" into a collection that autosaves (issue 10, item 6).
 * The picker's drawer renders the create view through Payload's `render-document` server
 * function, which creates the document as it opens when the collection autosaves (the same
 * branch of @payloadcms/next dist/views/Document/index.js that config.ts turns off for the create
 * page), and that function reads the live collection config, so an officer who opened the drawer
 * and closed it would leave an empty draft behind. Records are created in their own view instead.
 */
export function withoutCreateInPickers(collections: CollectionConfig[]): CollectionConfig[] {
  const autosaving = new Set(
    collections
      .filter((collection) => {
        const drafts = typeof collection.versions === 'object' ? collection.versions.drafts : undefined
        return typeof drafts === 'object' && Boolean(drafts.autosave)
      })
      .map((collection) => collection.slug),
  )
  return collections.map((collection) => ({ ...collection, fields: noCreate(collection.fields, autosaving) }))
}

function noCreate(fields: Field[], autosaving: ReadonlySet<string>): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'relationship') {
      const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
      if (!targets.some((slug) => autosaving.has(slug))) return field
      return { ...field, admin: { ...field.admin, allowCreate: false } } as Field
    }
    if (field.type === 'tabs')
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: noCreate(tab.fields, autosaving) })),
      }
    if ('fields' in field && Array.isArray(field.fields))
      return { ...field, fields: noCreate(field.fields, autosaving) } as Field
    if (field.type === 'blocks' && field.blocks)
      return {
        ...field,
        blocks: field.blocks.map((block) => ({ ...block, fields: noCreate(block.fields, autosaving) })),
      }
    return field
  })
}
