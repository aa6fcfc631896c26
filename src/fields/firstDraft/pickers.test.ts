import type { CollectionConfig, CollectionSlug, Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { withoutCreateInPickers } from './pickers'

const relation = (name: string, relationTo: string): Field => ({
  name,
  type: 'relationship',
  relationTo: relationTo as CollectionSlug,
})
const allowCreate = (field: Field | undefined) =>
  (field as { admin?: { allowCreate?: boolean } } | undefined)?.admin?.allowCreate

const releases: CollectionConfig = {
  slug: 'press-releases',
  versions: { drafts: { autosave: { interval: 1500 } } },
  fields: [
    relation('topics', 'topics'),
    relation('assignee', 'users'),
    { name: 'lines', type: 'array', fields: [relation('speech', 'speeches')] },
    { type: 'tabs', tabs: [{ label: 'More', fields: [relation('event', 'topics')] }] },
  ],
}
const topics: CollectionConfig = {
  slug: 'topics',
  versions: { drafts: { autosave: true } },
  fields: [relation('parent', 'topics')],
}
const speeches: CollectionConfig = { slug: 'speeches', versions: { drafts: { autosave: true } }, fields: [] }
const users: CollectionConfig = { slug: 'users', fields: [relation('favourite', 'press-releases')] }

describe('withoutCreateInPickers', () => {
  const [release, topic, , user] = withoutCreateInPickers([releases, topics, speeches, users])

  it('turns off "Create new" in pickers into autosaving collections, nested fields included', () => {
    expect(allowCreate(release!.fields[0])).toBe(false)
    const lines = release!.fields[2] as { fields: Field[] }
    expect(allowCreate(lines.fields[0])).toBe(false)
    const tabs = release!.fields[3] as { tabs: { fields: Field[] }[] }
    expect(allowCreate(tabs.tabs[0]!.fields[0])).toBe(false)
    expect(allowCreate(topic!.fields[0])).toBe(false)
    expect(allowCreate(user!.fields[0])).toBe(false)
  })

  it('leaves pickers into other collections as they were', () => {
    expect(allowCreate(release!.fields[1])).toBeUndefined()
  })
})
