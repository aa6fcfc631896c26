import type { SanitizedConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { requestLimits } from '@/server/requestLimits'

import { jsonDepth, jsonObject } from './body'
import { graphqlQueryProblem } from './graphqlQuery'
import { clientErrorStatus } from './graphqlStatus'
import { guardGraphql, guardRest } from './index'
import { pathProblem } from './path'
import { bracketPath, queryProblem } from './query'

/** The REST boundary's pure checks (the fuzz suite, tests/fuzz.test.ts, drives them through the routes). */
const config = {
  db: { defaultIDType: 'number' },
  globals: [],
  collections: [
    {
      slug: 'topics',
      endpoints: [
        { path: '/:id/workflow', method: 'post' },
        { path: '/login', method: 'post' },
        { path: '/:id', method: 'get' },
        { path: '/versions/:id', method: 'get' },
      ],
      flattenedFields: [
        { name: 'title', type: 'text' },
        { name: 'when', type: 'date' },
        { name: 'event', type: 'relationship', relationTo: 'events' },
      ],
    },
  ],
} as unknown as SanitizedConfig

describe('the REST boundary', () => {
  it('checks the ids of the endpoint Payload will run, and leaves other paths alone', () => {
    expect(pathProblem(config, 'GET', ['topics', "1' OR '1'='1"]).problem?.field).toBe('id')
    expect(pathProblem(config, 'GET', ['topics', ' 1']).problem?.field).toBe('id')
    expect(pathProblem(config, 'GET', ['topics', 'versions', 'abc']).problem?.field).toBe('id')
    expect(pathProblem(config, 'POST', ['topics', 'abc', 'workflow']).problem?.field).toBe('id')
    expect(pathProblem(config, 'GET', ['topics', '12']).problem).toBeUndefined()
    expect(pathProblem(config, 'POST', ['topics', 'login']).problem).toBeUndefined()
    expect(pathProblem(config, 'GET', ['nosuch', 'abc'])).toEqual({ target: undefined })
  })

  it('reads where keys and refuses values of the wrong kind, naming the parameter', () => {
    expect(bracketPath('where[or][0][title][equals]')).toEqual(['or', '0', 'title', 'equals'])
    const problem = (query: string) =>
      queryProblem(
        config,
        { kind: 'collections', slug: 'topics' },
        new URL(`http://x.test/api/topics?${query}`),
      )
    expect(problem('where[when][greater_than]=notadate')?.field).toBe('where[when][greater_than]')
    expect(problem('where[id][in]=1,b')?.message).toMatch(/^where\[id\]\[in\]: must be document ids/)
    expect(problem('where[event][equals]=x')?.field).toBe('where[event][equals]')
    expect(problem('where[title][equals][0]=a&where[title][equals][1]=b')?.message).toMatch(
      /equals takes one value/,
    )
    expect(problem('where[id][near]=1,2,3')?.message).toMatch(/only for point/)
    expect(problem('limit=99999999999999999999')?.field).toBe('limit')
    expect(problem('page=1e20')?.field).toBe('page')
    expect(problem('limit=1&limit=2')?.message).toBe('limit: must be given once')
    expect(
      problem('where[or][0][id][in]=1,2&where[when][less_than]=2026-11-30&limit=10&page=2&depth=1'),
    ).toBeUndefined()
    expect(problem('where[title][like]=anything&where[nosuch][equals]=1')).toBeUndefined()
  })

  it('takes a body only as a JSON object of bounded depth, counted without recursion', () => {
    expect(jsonDepth(JSON.parse(`${'['.repeat(10_000)}${']'.repeat(10_000)}`), 100)).toBeGreaterThan(100)
    expect(jsonObject('{"a":{"b":1}}', 'body')).toEqual({ ok: true, value: { a: { b: 1 } } })
    for (const text of ['"x"', '42', 'null', '[1]', '{"a":', `${'{"a":'.repeat(100)}1${'}'.repeat(100)}`])
      expect(jsonObject(text, 'body'), text).toMatchObject({ ok: false, problem: { field: 'body' } })
  })

  it('refuses GraphQL fragment cycles, deep queries and syntax errors, naming `query`', () => {
    expect(
      graphqlQueryProblem('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }')?.message,
    ).toMatch(/A → B → A/)
    expect(graphqlQueryProblem(`{ ${'a { '.repeat(30)}id${' }'.repeat(30)} }`)?.field).toBe('query')
    expect(graphqlQueryProblem('query {')?.message).toMatch(/^query: is not valid GraphQL/)
    expect(
      graphqlQueryProblem('query { Topics(where: { title: { equals: "{{{" } }) { docs { id } } }'),
    ).toBeUndefined()
  })
})

describe('the body limit at the API routes', () => {
  const reached: string[] = []
  const handler = async (request: Request) => {
    reached.push(await request.text())
    return Response.json({ ok: true })
  }
  const params = { params: Promise.resolve({ slug: ['topics'] }) }

  it('answers 413 for a declared or a streamed body over the limit, before Payload reads it', async () => {
    const rest = guardRest(Promise.resolve(config), handler)
    const declared = new Request('http://x/api/topics', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(requestLimits.jsonBytes + 1) },
      body: '{}',
    })
    expect((await rest(declared, params)).status).toBe(413)
    const chunk = new Uint8Array(1024 * 1024).fill(32)
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ > requestLimits.jsonBytes / chunk.byteLength) controller.close()
        else controller.enqueue(chunk)
      },
    })
    const streamed = new Request('http://x/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit)
    expect((await guardGraphql(handler)(streamed)).status).toBe(413)
    expect(reached).toEqual([])
  })

  it('reads a method-override POST (the admin’s relationship pickers) as a GET, its form body as the query', async () => {
    const rest = guardRest(Promise.resolve(config), handler)
    const read = (query: string) =>
      rest(
        new Request('http://x/api/topics', {
          method: 'POST',
          headers: {
            'Content-Type': 'application/x-www-form-urlencoded',
            'X-Payload-HTTP-Method-Override': 'GET',
          },
          body: query,
        }),
        params,
      )
    expect((await read('depth=0&limit=10&where[and][1][id][in][0]=1')).status).toBe(200)
    const refused = await read('where[event][equals]=abc')
    expect(refused.status).toBe(400)
    expect(JSON.stringify(await refused.json())).toContain('where[event][equals]')
  })
})

describe('GraphQL answers', () => {
  const error = (statusCode: number) => ({ message: 'x', extensions: { statusCode } })
  it('take the status of a refusal when nothing ran, and keep 200 for partial results', () => {
    expect(clientErrorStatus({ data: null, errors: [error(403)] })).toBe(403)
    expect(clientErrorStatus({ data: { createTopic: null }, errors: [error(400), error(403)] })).toBe(400)
    expect(clientErrorStatus({ data: { a: { id: 1 }, b: null }, errors: [error(403)] })).toBeUndefined()
    expect(clientErrorStatus({ data: null, errors: [error(500)] })).toBeUndefined()
    expect(clientErrorStatus({ data: { a: 1 } })).toBeUndefined()
  })

  it('refuse the reset request that REST limits, under any alias or fragment', () => {
    for (const query of [
      'mutation { forgotPasswordUser(email: "a@b.c") }',
      'mutation { x: forgotPasswordUser(email: "a@b.c") }',
      'mutation { ...F } fragment F on Mutation { forgotPasswordUser(email: "a@b.c") }',
    ])
      expect(graphqlQueryProblem(query)?.message, query).toContain('use POST /api/users/forgot-password')
    expect(
      graphqlQueryProblem('mutation { resetPasswordUser(token: "t", password: "p") { token } }'),
    ).toBeUndefined()
  })
})
