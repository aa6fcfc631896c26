import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { previewQuery } from '../app/api/preview/previewQuery'
import { proxy } from '../proxy'
import { parseInput, queryOf } from '@/server/requestInput'

import { fuzzCases, type FuzzCase } from './helpers/fuzzCases'
import { freshNewsroom } from './helpers/newsroom'
import { draftRelease } from './helpers/releases'

/**
 * Issue 11: malformed requests are answered 4xx, never 5xx, and no answer leaks a stack trace or
 * a path on the server. The cases (tests/helpers/fuzzCases.ts) go through the real Next.js route
 * handlers of the REST and GraphQL APIs, as an anonymous visitor and as a logged-in officer.
 */
const newsroom = freshNewsroom('fuzz')

type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>
type Routes = { rest: Record<FuzzCase['method'], Handler>; graphql: (request: Request) => Promise<Response> }

async function routes(): Promise<Routes> {
  // Imported after the newsroom has started: the route modules read the config, which reads
  // DATABASE_URL, once.
  const rest = (await import('../app/(payload)/api/[...slug]/route')) as unknown as Routes['rest']
  const graphql = await import('../app/(payload)/api/graphql/route')
  return { rest, graphql: graphql.POST as unknown as Routes['graphql'] }
}

const leaks = ['    at ', '.ts:', '.js:', '/node_modules/', '/work/', 'SQLITE_', 'drizzle']

async function answer(route: Routes, fuzz: FuzzCase, cookie: string) {
  const path = fuzz.route === 'graphql' ? 'graphql' : fuzz.segments.map(encodeURIComponent).join('/')
  const url = `http://127.0.0.1:3000/api/${path}${fuzz.query ? `?${fuzz.query}` : ''}`
  const headers: Record<string, string> = {}
  // As a browser sends it: Payload takes the cookie only from the same site (its CSRF check).
  if (cookie) Object.assign(headers, { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' })
  if (fuzz.contentType) headers['Content-Type'] = fuzz.contentType
  const request = new Request(url, { method: fuzz.method, headers, body: fuzz.body })
  try {
    const response =
      fuzz.route === 'graphql'
        ? await route.graphql(request)
        : await route.rest[fuzz.method](request, { params: Promise.resolve({ slug: fuzz.segments }) })
    return { status: response.status, text: await response.text() }
  } catch (error) {
    // Next.js answers a handler's throw with a 500.
    return { status: 500, text: `thrown: ${(error as Error).message}` }
  }
}

describe('malformed requests', () => {
  it('are all answered below 500, without a stack trace or a server path', { timeout: 600_000 }, async () => {
    const { payload, users, sessions } = newsroom
    const release = await draftRelease(payload, users.officer)
    const topic = await payload.create({
      collection: 'topics',
      data: { title: 'Fuzz topic', _status: 'published' },
      user: users.editor,
      overrideAccess: false,
    })
    const comment = await payload.create({
      collection: 'comments',
      data: { release: release.id, body: 'A fuzz comment' },
      user: users.officer,
      overrideAccess: false,
    })
    const cases = fuzzCases({ release: release.id, topic: topic.id, comment: comment.id })
    const cookies = { public: '', officer: `payload-token=${sessions.officer.token}` }
    const route = await routes()

    // Controls: the same handlers and sessions serve well-formed requests.
    const control = async (fuzz: Omit<FuzzCase, 'name' | 'route'>) =>
      (await answer(route, { ...fuzz, name: 'control', route: 'rest' }, cookies[fuzz.role])).status
    expect(await control({ role: 'public', method: 'GET', segments: ['topics', String(topic.id)] })).toBe(200)
    expect(
      await control({
        role: 'public',
        method: 'GET',
        segments: ['topics'],
        query: 'where[id][in]=1,2&limit=5&page=1',
      }),
    ).toBe(200)
    const patch = {
      role: 'officer' as const,
      method: 'PATCH' as const,
      segments: ['press-releases', String(release.id)],
    }
    expect(
      await control({ ...patch, query: 'draft=true', contentType: 'application/json', body: '{}' }),
    ).toBe(200)
    expect(await control({ ...patch, role: 'public', contentType: 'application/json', body: '{}' })).toBe(403)

    const failures: string[] = []
    const statuses: Record<number, number> = {}
    for (const fuzz of cases) {
      const { status, text } = await answer(route, fuzz, cookies[fuzz.role])
      statuses[status] = (statuses[status] ?? 0) + 1
      if (process.env.FUZZ_VERBOSE)
        console.log(status, fuzz.role, fuzz.method, fuzz.name.slice(0, 100), text.slice(0, 160))
      const leak = leaks.find((needle) => text.includes(needle))
      if (status >= 500 || leak)
        failures.push(
          `${status} ${fuzz.role} ${fuzz.method} ${fuzz.name.slice(0, 120)}: ${text.slice(0, 200)}${leak ? ` [leaks ${leak}]` : ''}`,
        )
    }
    console.log(
      `fuzz: ${cases.length} cases, ${failures.length} answered 5xx or leaked; statuses ${JSON.stringify(statuses)}`,
    )
    if (failures.length) console.log(failures.join('\n'))
    expect(cases.length).toBeGreaterThanOrEqual(500)
    expect(failures).toEqual([])

    // The answers name what is wrong.
    const named = async (fuzz: Omit<FuzzCase, 'name'>) => {
      const { status, text } = await answer(route, { ...fuzz, name: 'named' }, cookies[fuzz.role])
      return { status, text }
    }
    const json = 'application/json'
    expect(
      await named({ role: 'public', method: 'GET', route: 'rest', segments: ['topics', "1' OR '1'='1"] }),
    ).toEqual({
      status: 400,
      text: JSON.stringify({
        errors: [{ field: 'id', message: `id: must be a positive whole number, not "1' OR '1'='1"` }],
      }),
    })
    const where = await named({
      role: 'public',
      method: 'GET',
      route: 'rest',
      segments: ['topics'],
      query: 'where[createdAt][greater_than]=notadate',
    })
    expect(where.status).toBe(400)
    expect(where.text).toContain('where[createdAt][greater_than]: must be a date')
    expect(
      (
        await named({
          role: 'public',
          method: 'GET',
          route: 'rest',
          segments: ['topics'],
          query: 'page=1e20',
        })
      ).text,
    ).toContain('page: must be a whole number')
    const draft = await named({
      role: 'officer',
      method: 'PATCH',
      route: 'rest',
      segments: ['press-releases', String(release.id)],
      query: 'draft=true',
      contentType: json,
      body: '{"topics":[99999999],"dateline":{"date":"notadate"}}',
    })
    expect(draft.status).toBe(400)
    expect(draft.text).toContain('dateline.date: must be a date')
    const missing = await named({
      role: 'officer',
      method: 'PATCH',
      route: 'rest',
      segments: ['press-releases', String(release.id)],
      query: 'draft=true',
      contentType: json,
      body: '{"topics":[99999999]}',
    })
    expect(missing).toMatchObject({
      status: 400,
      text: expect.stringContaining('No topics record with id 99999999.'),
    })
    const comment42 = await named({
      role: 'officer',
      method: 'POST',
      route: 'rest',
      segments: ['comments'],
      contentType: json,
      body: '{"release":1,"body":42}',
    })
    expect(comment42).toMatchObject({ status: 400, text: expect.stringContaining('body: must be a text') })
    const cycle = await named({
      role: 'public',
      method: 'POST',
      route: 'graphql',
      segments: [],
      contentType: json,
      body: '{"query":"{ ...A } fragment A on Query { ...A }"}',
    })
    expect(cycle).toMatchObject({
      status: 400,
      text: expect.stringContaining('query: fragments must not spread themselves'),
    })

    // GraphQL answers a refused operation with its status, not 200, and never runs a reset
    // request round the REST endpoint's limit and equal timing.
    const gql = (role: 'public' | 'officer', query: string) =>
      named({
        role,
        method: 'POST',
        route: 'graphql',
        segments: [],
        contentType: json,
        body: JSON.stringify({ query }),
      })
    expect(await gql('public', 'mutation { createTopic(data: { title: "x" }) { id } }')).toMatchObject({
      status: 403,
    })
    expect(await gql('public', `{ Topic(id: ${topic.id}) { id title } }`)).toMatchObject({ status: 200 })
    const reset = await gql('public', 'mutation { again: forgotPasswordUser(email: "editor@x.test") }')
    expect(reset).toMatchObject({
      status: 400,
      text: expect.stringContaining(
        'forgotPasswordUser is not available on GraphQL: use POST /api/users/forgot-password',
      ),
    })

    // The admin sends an empty list as its row count (0): a save, not a malformed body.
    const speech = await payload.create({
      collection: 'speeches',
      data: { title: 'Fuzz speech' },
      draft: true,
      user: users.officer,
      overrideAccess: false,
    })
    const speechPatch = (body: string) =>
      named({
        role: 'officer',
        method: 'PATCH',
        route: 'rest',
        segments: ['speeches', String(speech.id)],
        query: 'draft=true',
        contentType: json,
        body,
      })
    expect((await speechPatch('{"quotes":0}')).status).toBe(200)
    expect(await speechPatch('{"quotes":"x"}')).toMatchObject({
      status: 400,
      text: expect.stringContaining('quotes: must be a list of objects'),
    })
    await payload.delete({ collection: 'speeches', id: speech.id, overrideAccess: true })

    // The records the cases aimed at are as they were made.
    const after = await payload.findByID({
      collection: 'press-releases',
      id: release.id,
      draft: true,
      overrideAccess: true,
    })
    expect(after.headline).toBe(release.headline)
    expect(after.body).toEqual(release.body)
  })
})

describe('malformed site URLs', () => {
  const paths = ['/%ff', '/%', '/%e0%a4', '/%c3%28', '/en/%ff', '/%zz']
  const prefixes = [
    '',
    '/en',
    '/ru',
    '/zh',
    '/en/news',
    '/en/topics',
    '/en/events/x',
    '/api',
    '/api/topics',
    '/admin',
    '/xx',
  ]
  const cases = prefixes.flatMap((prefix) => paths.map((path) => `${prefix}${path}`))

  it('with broken percent-encoding are answered 400 by the proxy, naming the path', async () => {
    for (const path of cases) {
      const response = proxy(new NextRequest(`http://127.0.0.1:3000${path}?q=1`))
      expect(response.status, path).toBe(400)
      expect(await response.json(), path).toEqual({
        errors: [{ field: 'path', message: 'path: must be valid percent-encoded UTF-8' }],
      })
    }
    console.log(`fuzz: ${cases.length} malformed site paths, all 400`)
    // Well-formed paths pass through (or, for the news list, are canonicalised as before).
    expect(
      proxy(new NextRequest('http://127.0.0.1:3000/en/news/%C3%A9t%C3%A9')).headers.get('x-middleware-next'),
    ).toBe('1')
    expect(proxy(new NextRequest('http://127.0.0.1:3000/en/news?utm=1')).status).toBe(307)
  })

  it('a preview path with a line break is answered 400 naming `path`', () => {
    for (const raw of ['%0d%0ax', '%0a', '%00', '%7f'])
      expect(
        parseInput(previewQuery, queryOf(`http://x.test/api/preview/exit?path=/en/${raw}`), 'query'),
      ).toMatchObject({
        ok: false,
        problem: { field: 'path', message: 'path: must not contain control characters such as a line break' },
      })
  })
})
