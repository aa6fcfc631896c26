import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { limitErrors, textLimits } from './limitCheck'
import { withTextLimits } from './limits'

const fields = withTextLimits([
  { name: 'headline', type: 'text', localized: true },
  { name: 'summary', type: 'textarea', localized: true },
  { name: 'aliases', type: 'text', hasMany: true },
  { name: 'seo', type: 'group', fields: [{ name: 'title', type: 'text', maxLength: 70 }] },
  {
    type: 'row',
    fields: [{ name: 'contacts', type: 'array', fields: [{ name: 'email', type: 'email' }] }],
  },
  { name: 'body', type: 'richText', localized: true },
] as Field[])

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] })
const body = (...children: unknown[]) => ({ root: { type: 'root', children } })
const nested = (levels: number) => {
  let node: Record<string, unknown> = paragraph('deep')
  for (let i = 0; i < levels; i++) node = { type: 'list', children: [node] }
  return body(node)
}
const messages = (data: unknown) => limitErrors(fields, data).map((error) => error.message)

describe('text limits', () => {
  it('give fields without a maximum the default of their kind, and keep those that have one', () => {
    type Limited = { maxLength?: number; fields?: Limited[] }
    const [headline, summary, , seo] = fields as Limited[]
    expect(headline?.maxLength).toBe(textLimits.text)
    expect(summary?.maxLength).toBe(textLimits.textarea)
    expect(seo?.fields?.[0]?.maxLength).toBe(70)
  })

  it('accept values at the limit and refuse one character more, naming the field', () => {
    expect(messages({ summary: 'x'.repeat(textLimits.textarea) })).toEqual([])
    expect(messages({ summary: 'x'.repeat(textLimits.textarea + 1) })).toEqual([
      `summary: at most ${textLimits.textarea} characters (got ${textLimits.textarea + 1})`,
    ])
    expect(messages({ seo: { title: 'x'.repeat(71) } })).toEqual([
      'seo.title: at most 70 characters (got 71)',
    ])
  })

  it('check every language of a write in all languages, every row and every value', () => {
    expect(messages({ headline: { en: 'Fine', ru: 'x'.repeat(301) } })).toEqual([
      'headline (ru): at most 300 characters (got 301)',
    ])
    expect(messages({ contacts: [{ email: 'a@b.c' }, { email: `${'x'.repeat(260)}@b.c` }] })).toEqual([
      'contacts.1.email: at most 254 characters (got 264)',
    ])
    expect(messages({ aliases: ['ok', 'x'.repeat(301)] })).toHaveLength(1)
    expect(messages({ aliases: Array.from({ length: 101 }, () => 'a') })).toEqual([
      'aliases: at most 100 values',
    ])
    expect(messages({ headline: { en: { deeper: 'x' } } })).toEqual(['headline (en): expected text'])
  })

  it('bound rich text by size and by depth, per language', () => {
    expect(messages({ body: body(paragraph('x'.repeat(1000))) })).toEqual([])
    const big = paragraph('x'.repeat(textLimits.richTextBytes))
    expect(messages({ body: { en: body(), zh: body(big) } })[0]).toMatch(
      /^body \(zh\): at most 2000000 bytes/,
    )
    expect(messages({ body: nested(textLimits.richTextDepth - 2) })).toEqual([])
    expect(messages({ body: nested(textLimits.richTextDepth + 1) })).toEqual([
      `body: at most ${textLimits.richTextDepth} levels of nested nodes`,
    ])
  })

  it('refuse JSON nested 100,000 levels without overflowing the stack', () => {
    let deep: Record<string, unknown> = {}
    for (let i = 0; i < 100_000; i++) deep = { a: deep }
    expect(messages({ body: { root: deep } })).toEqual([
      `body: at most ${textLimits.jsonDepth} levels of nesting`,
    ])
  })
})
