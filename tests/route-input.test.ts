import { describe, expect, it } from 'vitest'

import { previewQuery } from '../app/api/preview/previewQuery'
import { POST as revalidate } from '../app/api/revalidate/route'
import { signatureHeader, signBody } from '@/cache/revalidateSignature'
import { env } from '@/server/env'
import { parseInput, queryOf } from '@/server/requestInput'

/** The route handlers' query and body parsing, without a database or a Next server. */
describe('the preview routes’ query', () => {
  const parse = (url: string) => parseInput(previewQuery, queryOf(url), 'query')

  it('opens a page of this site, and leads home from anywhere else', () => {
    expect(parse('http://x.test/api/preview?path=/ru/news/a')).toEqual({
      ok: true,
      data: { path: '/ru/news/a' },
    })
    expect(parse('http://x.test/api/preview?path=//evil.example/')).toEqual({
      ok: true,
      data: { path: '/en' },
    })
    expect(parse('http://x.test/api/preview/exit')).toEqual({ ok: true, data: { path: '/en' } })
  })

  it('answers 400 naming `path` when it is given twice or is too long', () => {
    expect(parse('http://x.test/api/preview?path=/en&path=/fr')).toMatchObject({
      ok: false,
      problem: { field: 'path', message: expect.stringMatching(/^path: must be given once/) },
    })
    expect(parse(`http://x.test/api/preview?path=/en/${'a'.repeat(2048)}`)).toMatchObject({
      ok: false,
      problem: { field: 'path', message: 'path: must be at most 2048 characters' },
    })
  })
})

describe('/api/revalidate', () => {
  process.env.PAYLOAD_SECRET ??= 'route-input-tests-secret-0123456789abcdef'

  async function post(body: string) {
    const request = new Request('http://x.test/api/revalidate', {
      method: 'POST',
      body,
      headers: { [signatureHeader]: signBody(env().payloadSecret, body) },
    })
    const response = await revalidate(request)
    return { status: response.status, body: (await response.json()) as Record<string, unknown> }
  }

  it('answers a signed body that is not what it expects 400, naming the field', async () => {
    expect(await post('not json')).toEqual({
      status: 400,
      body: {
        errors: [
          {
            field: 'body',
            message: 'body: must be a JSON object {"changes": [{"collection": ..., "slug": ...}]}',
          },
        ],
      },
    })
    const unknown = await post(JSON.stringify({ changes: [{ collection: 'nonsense' }] }))
    expect(unknown).toMatchObject({ status: 400, body: { errors: [{ field: 'changes.0.collection' }] } })
    expect((await post(JSON.stringify({ changes: [] }))).body).toMatchObject({
      errors: [{ field: 'changes' }],
    })
  })
})
