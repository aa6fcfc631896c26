import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { localizedPaths, withoutLanguages } from './publicText'

const fields: Field[] = [
  { name: 'headline', type: 'text', localized: true },
  { name: 'slug', type: 'text' },
  {
    name: 'dateline',
    type: 'group',
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'place', type: 'text', localized: true },
          { name: 'date', type: 'date' },
        ],
      },
    ],
  },
  { type: 'collapsible', label: 'More', fields: [{ name: 'body', type: 'richText', localized: true }] },
]

describe('a translation the public may not read', () => {
  it('is found in every localized field, through groups, rows and collapsibles', () => {
    expect(localizedPaths(fields)).toEqual(['headline', 'dateline.place', 'body'])
  })

  it('is taken out of the raw document, leaving English and the approved languages', () => {
    const doc = {
      headline: { en: 'Met', ru: 'Встретились', zh: '会见' },
      slug: 'met',
      dateline: { place: { en: 'New York', ru: 'Нью-Йорк' }, date: '2026-01-01' },
      body: { en: { root: {} }, ru: { root: {} } },
    }
    withoutLanguages(doc, localizedPaths(fields), ['ru'])
    expect(doc).toEqual({
      headline: { en: 'Met', zh: '会见' },
      slug: 'met',
      dateline: { place: { en: 'New York' }, date: '2026-01-01' },
      body: { en: { root: {} } },
    })
  })
})
