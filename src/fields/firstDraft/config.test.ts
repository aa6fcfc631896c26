import type { SanitizedConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { configForPage, saveFirstDraftOnChange } from './config'

const autosaving = {
  slug: 'press-releases',
  versions: { drafts: { autosave: { interval: 1500 }, validate: false } },
}
const plain = { slug: 'comments', versions: false }
const config = { collections: [autosaving, plain] } as unknown as SanitizedConfig

const validateOf = (result: SanitizedConfig, slug: string) =>
  (
    result.collections.find((collection) => collection.slug === slug)?.versions as {
      drafts?: { validate?: boolean }
    }
  )?.drafts?.validate

describe('configForPage', () => {
  it('marks drafts as validated for the create view of an autosaving collection only', async () => {
    const page = await configForPage(Promise.resolve(config), ['collections', 'press-releases', 'create'])
    expect(validateOf(page, 'press-releases')).toBe(true)
    // Hidden from the browser's copy (serialised by enumerable keys), and the real config untouched.
    expect(JSON.stringify(page.collections[0]?.versions)).not.toContain('validate":true')
    expect(autosaving.versions.drafts.validate).toBe(false)
    expect(page.collections[1]).toBe(plain)
  })

  it('gives the real config to every other page', async () => {
    for (const segments of [
      ['collections', 'press-releases', '12'],
      ['collections', 'press-releases'],
      ['collections', 'comments', 'create'],
      ['collections', 'press-releases', '12', 'versions'],
      [],
    ])
      expect(await configForPage(Promise.resolve(config), segments)).toBe(config)
  })
})

describe('saveFirstDraftOnChange', () => {
  it('adds the first-draft saver to autosaving collections, keeping their own components', () => {
    const withSaver = saveFirstDraftOnChange({
      ...autosaving,
      fields: [],
      admin: { components: { edit: { beforeDocumentControls: ['/mine#Mine'] } } },
    })
    expect(withSaver.admin?.components?.edit?.beforeDocumentControls).toEqual([
      '/mine#Mine',
      '/src/fields/firstDraft/SaveFirstDraft#SaveFirstDraft',
    ])
    const without = { slug: 'comments', fields: [] }
    expect(saveFirstDraftOnChange(without)).toBe(without)
  })
})
