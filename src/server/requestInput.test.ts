import { describe, expect, it } from 'vitest'
import { z } from 'zod'

import { documentId, jsonOf, parseInput, queryOf } from './requestInput'

describe('route input', () => {
  it('answers a wrong value 400 with the field named, and the whole input by its root name', async () => {
    const schema = z.object({ changes: z.array(z.object({ slug: z.string({ error: 'must be text' }) })) })
    const nested = parseInput(schema, { changes: [{ slug: 3 }] }, 'body')
    expect(nested).toMatchObject({ ok: false, problem: { field: 'changes.0.slug' } })
    if (nested.ok) return
    expect(nested.response.status).toBe(400)
    expect(await nested.response.json()).toEqual({
      errors: [{ field: 'changes.0.slug', message: 'changes.0.slug: must be text' }],
    })
    expect(parseInput(schema, 'text', 'body')).toMatchObject({ ok: false, problem: { field: 'body' } })
    expect(parseInput(schema, { changes: [] }, 'body')).toEqual({ ok: true, data: { changes: [] } })
  })

  it('reads a document id as the database adapter stores ids', () => {
    const sqlite = documentId('number')
    expect(sqlite.parse('12')).toBe(12)
    for (const id of ['0', '-1', '1.5', '12abc', '', undefined, '9'.repeat(16)])
      expect(sqlite.safeParse(id).success, String(id)).toBe(false)
    const mongo = documentId('text')
    expect(mongo.parse('665f1c2e9b1e8a3d4c5b6a79')).toBe('665f1c2e9b1e8a3d4c5b6a79')
    for (const id of ['', '../users', 'a b', 'x'.repeat(65), undefined])
      expect(mongo.safeParse(id).success, String(id)).toBe(false)
    const problem = parseInput(sqlite, 'abc', 'id')
    expect(problem).toMatchObject({ ok: false, problem: { message: 'id: must be a positive whole number' } })
  })

  it('keeps a repeated query parameter as a list, and reads a body that is not JSON as nothing', () => {
    expect(queryOf('http://x.test/api/preview?path=/en&path=/fr&a=1&path=/ru')).toEqual({
      path: ['/en', '/fr', '/ru'],
      a: '1',
    })
    expect(queryOf('http://x.test/api/preview')).toEqual({})
    expect(jsonOf('{"a":1}')).toEqual({ a: 1 })
    expect(jsonOf('{a:1}')).toBeUndefined()
  })
})
