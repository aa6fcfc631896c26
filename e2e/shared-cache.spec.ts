import { expect, test, type APIRequestContext } from '@playwright/test'

import type { RedisServer } from '../tests/helpers/redisServer'
import { staffOn, startInstances, stopInstances } from './instances'
import { startOwnServer, type OwnServer } from './own-server'
import { createDraftRelease } from './site-helpers'

/**
 * Two app instances (`next start` of one build) on one SQLite database, sharing Next's page and
 * data cache through one redis-server (REDIS_URL, src/cache/redis): what one instance publishes
 * or unpublishes, the other shows within the second the issue names (issue 14), a restart
 * included; writes through both instances succeed; with Redis gone, both still serve.
 * Ports: E2E_SHARED_CACHE_PORTS (two, comma-separated), E2E_REDIS_PORT.
 */
const [portA, portB] = (process.env.E2E_SHARED_CACHE_PORTS ?? '3403,3404').split(',').map(Number) as [
  number,
  number,
]
const redisPort = Number(process.env.E2E_REDIS_PORT ?? 6146)

let redis: RedisServer | undefined
let a: OwnServer | undefined
let b: OwnServer | undefined
let environment: Record<string, string> = {}

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(300_000)
  ;({ redis, a, b, environment } = await startInstances({
    name: 'e2e-shared-cache',
    ports: [portA, portB],
    redisPort,
    jobs: 'a',
  }))
})

test.afterAll(() => stopInstances({ a, b, redis }))

/** What a reader gets from an instance: status and page text (an API request keeps no cache). */
async function read(request: APIRequestContext, url: string) {
  const response = await request.get(url)
  return { status: response.status(), text: await response.text(), headers: response.headers() }
}

/** Polls until `check` holds, for at most the second the issue allows. */
const withinOneSecond = (check: () => Promise<boolean>, message: string) =>
  expect.poll(check, { message, timeout: 1_000, intervals: [25, 50, 100] }).toBe(true)

test('a publication through one instance shows on the other within 1 s; an unpublication through the other is gone on the first, after its restart too', async ({
  playwright,
  request,
}) => {
  test.setTimeout(240_000)
  const staffA = await staffOn(playwright, a!)
  const headline = `Shared cache ${Date.now()}`
  const draft = await createDraftRelease(staffA.request, headline, {}, staffA.headers)
  await staffA.workflow(draft.id, 'submit')

  const pageOn = (server: OwnServer) => `${server.origin}/en/news/${draft.slug}`
  // Both instances have cached the home page and the news list without it (Redis holds them).
  for (const server of [a!, b!]) {
    for (const path of ['/en', '/en/news', '/en/feed.xml'])
      expect((await read(request, server.origin + path)).text).not.toContain(headline)
    expect((await read(request, pageOn(server))).status).toBe(404)
  }

  await staffA.workflow(draft.id, 'publish')
  await withinOneSecond(
    async () => (await read(request, `${b!.origin}/en`)).text.includes(headline),
    'home page on B',
  )
  await withinOneSecond(async () => (await read(request, pageOn(b!))).status === 200, 'release page on B')
  await withinOneSecond(
    async () => (await read(request, `${b!.origin}/en/news`)).text.includes(headline),
    'news list on B',
  )
  await withinOneSecond(
    async () => (await read(request, `${b!.origin}/en/feed.xml`)).text.includes(draft.slug),
    'feed on B',
  )

  // A serves the page B rendered from Redis, with its lifetime (src/cache/redis/nextCacheHandler.mjs).
  const fromRedis = await read(request, pageOn(a!))
  expect(fromRedis.status).toBe(200)
  expect(fromRedis.headers['x-nextjs-cache']).toBe('HIT')
  expect(fromRedis.headers['cache-control']).toBe('s-maxage=300, stale-while-revalidate=60')

  // Unpublished through B: gone from A, whose pages with it are cached in Redis.
  const staffB = await staffOn(playwright, b!)
  await staffB.workflow(draft.id, 'unpublish')
  await withinOneSecond(async () => (await read(request, pageOn(a!))).status === 404, 'release page on A')
  await withinOneSecond(
    async () => !(await read(request, `${a!.origin}/en`)).text.includes(headline),
    'home on A',
  )
  await withinOneSecond(
    async () => !(await read(request, `${a!.origin}/en/news`)).text.includes(headline),
    'news list on A',
  )
  await staffA.request.dispose()
  await staffB.request.dispose()

  // A restarts: its pages come from Redis again, still without the release.
  await a!.stop()
  a = await startOwnServer(portA, environment)
  expect((await read(request, pageOn(a))).status).toBe(404)
  for (const path of ['/en', '/en/news', '/en/feed.xml'])
    expect((await read(request, a.origin + path)).text).not.toContain(draft.slug)
})

test('writes through both instances at once both succeed, and each instance reads the other’s', async ({
  playwright,
}) => {
  // One after the other: two logins of one account at the same moment keep only one session,
  // on one instance as on two (Payload's addSessionToUser reads, appends and writes the list).
  const staffA = await staffOn(playwright, a!)
  const staffB = await staffOn(playwright, b!)
  const stamp = Date.now()
  // SQLite's own lock and busy timeout order the two processes' writes (src/server/db.ts).
  const [fromA, fromB] = await Promise.all([
    createDraftRelease(staffA.request, `Written through A ${stamp}`, {}, staffA.headers),
    createDraftRelease(staffB.request, `Written through B ${stamp}`, {}, staffB.headers),
  ])
  for (const [staff, id, headline] of [
    [staffB, fromA.id, `Written through A ${stamp}`],
    [staffA, fromB.id, `Written through B ${stamp}`],
  ] as const) {
    const response = await staff.request.get(`/api/press-releases/${id}?draft=true`, {
      headers: staff.headers,
    })
    expect(response.status(), await response.text()).toBe(200)
    expect(((await response.json()) as { headline: string }).headline).toBe(headline)
  }
  await Promise.all([staffA.request.dispose(), staffB.request.dispose()])
})

test('with Redis down, both instances keep serving pages, and publications still show on both', async ({
  playwright,
  request,
}) => {
  test.setTimeout(120_000)
  await redis!.stop()
  for (const server of [a!, b!])
    for (const path of ['/en', '/en/news', '/en/events'])
      expect((await read(request, server.origin + path)).status).toBe(200)

  const staffA = await staffOn(playwright, a!)
  const headline = `Without Redis ${Date.now()}`
  const draft = await createDraftRelease(staffA.request, headline, {}, staffA.headers)
  await staffA.workflow(draft.id, 'submit')
  await staffA.workflow(draft.id, 'publish')
  // Nothing is cached meanwhile: B renders from the database.
  expect((await read(request, `${b!.origin}/en/news/${draft.slug}`)).status).toBe(200)
  expect((await read(request, `${b!.origin}/en`)).text).toContain(headline)
  await staffA.request.dispose()

  // Redis back, empty: the instances reconnect by themselves and keep serving.
  await redis!.restart()
  await expect
    .poll(async () => (await read(request, `${a!.origin}/en/news/${draft.slug}`)).status, { timeout: 15_000 })
    .toBe(200)
  expect((await read(request, `${b!.origin}/en`)).text).toContain(headline)
})
