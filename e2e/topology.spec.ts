import { expect, test, type PlaywrightWorkerArgs } from '@playwright/test'

import { signatureHeader, signBody } from '../src/cache/revalidateSignature'
import { startRedis, type RedisServer } from '../tests/helpers/redisServer'
import { restartSecret, seededDatabase, startOwnServer, type OwnServer } from './own-server'
import { createDraftRelease, editor, newestFirst } from './site-helpers'
import { startVarnish, type OwnVarnish } from './varnish'

/**
 * The production topology whole (issue 14), with the real processes: the shipped Varnish
 * configuration in front of two `next start` instances of one build on one SQLite database,
 * sharing Next's cache through one redis-server. What one instance publishes is visible through
 * Varnish and on the other within 1 s; what the other unpublishes is gone everywhere, after a
 * restart too; an instance killed while readers keep coming costs them no error.
 * Ports: E2E_TOPOLOGY_PORTS = instance A, instance B, Redis, Varnish (its admin port is the next one).
 */
const [portA, portB, redisPort, varnishPort] = (process.env.E2E_TOPOLOGY_PORTS ?? '3405,3406,6150,6151')
  .split(',')
  .map(Number) as [number, number, number, number]
const purgeSecret = 'topology-e2e-purge-secret-0123456789abcdef'

let redis: RedisServer | undefined
let a: OwnServer | undefined
let b: OwnServer | undefined
let varnish: OwnVarnish | undefined
let environment: Record<string, string> = {}

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(300_000)
  redis = await startRedis(redisPort)
  environment = {
    DATABASE_URL: await seededDatabase(`e2e-topology-${portA}`),
    PAYLOAD_SECRET: restartSecret,
    REDIS_URL: redis.url,
    VARNISH_URL: `http://127.0.0.1:${varnishPort}`,
    VARNISH_PURGE_SECRET: purgeSecret,
  }
  // The jobs queue runs in one place only (README, "Production"): here, instance A.
  ;[a, b] = await Promise.all([
    startOwnServer(portA, environment),
    startOwnServer(portB, { ...environment, COMMUNIQUE_JOBS: 'off' }),
  ])
  varnish = await startVarnish({
    port: varnishPort,
    adminPort: varnishPort + 1,
    backendPorts: [portA, portB],
    secret: purgeSecret,
  })
})

test.afterAll(async () => {
  await varnish?.stop()
  await Promise.all([a?.stop(), b?.stop()])
  await redis?.stop()
})

/** A reader: no cookie jar, nothing kept between requests. */
const read = (url: string) =>
  fetch(url, { redirect: 'manual' }).then(async (response) => ({
    status: response.status,
    cache: response.headers.get('x-cache'),
    text: await response.text(),
  }))

/** A staff session on one instance: REST calls name its origin (CSRF). */
async function staffOn(playwright: PlaywrightWorkerArgs['playwright'], server: OwnServer) {
  const request = await playwright.request.newContext({ baseURL: server.origin })
  const headers = { origin: server.origin }
  const login = await request.post('/api/users/login', {
    data: { email: editor.email, password: editor.password },
    headers,
  })
  expect(login.ok(), await login.text()).toBeTruthy()
  const workflow = async (id: number, action: string) => {
    const response = await request.post(`/api/press-releases/${id}/workflow`, { data: { action }, headers })
    expect(response.status(), await response.text()).toBe(200)
  }
  return { request, headers, workflow }
}

/** Every check holds within 1 s of `since` (the workflow's answer), each polled on its own. */
async function allWithinOneSecond(since: number, checks: Record<string, () => Promise<boolean>>) {
  await Promise.all(
    Object.entries(checks).map(async ([what, check]) => {
      while (!(await check())) {
        if (Date.now() - since > 1_000) throw new Error(`${what}: not within 1 s`)
        await new Promise((resolve) => setTimeout(resolve, 25))
      }
    }),
  )
  return Date.now() - since
}

test('published through A: through Varnish and on B within 1 s; unpublished through B: gone everywhere, after A restarts too', async ({
  playwright,
}) => {
  test.setTimeout(180_000)
  const front = varnish!.origin
  const staffA = await staffOn(playwright, a!)
  const headline = `Whole topology ${Date.now()}`
  const draft = await createDraftRelease(staffA.request, headline, {}, staffA.headers)
  await staffA.workflow(draft.id, 'submit')
  const page = (origin: string) => `${origin}/en/news/${draft.slug}`

  // Cached without it everywhere: Varnish, and Next's cache in Redis behind both instances.
  for (const origin of [front, b!.origin]) {
    await read(`${origin}/en/news`)
    expect((await read(`${origin}/en/news`)).text).not.toContain(headline)
    expect((await read(page(origin))).status).toBe(404)
  }
  expect((await read(`${front}/en/news`)).cache).toBe('HIT')

  await staffA.workflow(draft.id, 'publish')
  const published = await allWithinOneSecond(Date.now(), {
    'the page through Varnish': async () => (await read(page(front))).text.includes(headline),
    'the list through Varnish': async () => (await read(`${front}/en/news`)).text.includes(headline),
    'the page on B': async () => (await read(page(b!.origin))).text.includes(headline),
    'the list on B': async () => (await read(`${b!.origin}/en/news`)).text.includes(headline),
  })
  // Cached again in Varnish at once.
  expect((await read(page(front))).cache).toBe('HIT')

  const staffB = await staffOn(playwright, b!)
  await staffB.workflow(draft.id, 'unpublish')
  const gone = await allWithinOneSecond(Date.now(), {
    'the page through Varnish': async () => (await read(page(front))).status === 404,
    'the list through Varnish': async () => !(await read(`${front}/en/news`)).text.includes(headline),
    'the page on A': async () => (await read(page(a!.origin))).status === 404,
    'the list on A': async () => !(await read(`${a!.origin}/en/news`)).text.includes(headline),
  })
  await Promise.all([staffA.request.dispose(), staffB.request.dispose()])
  console.log(`[topology] visible everywhere ${published} ms after the publication, gone ${gone} ms after`)

  // A restarts and takes its pages from Redis: still without the release, and so is Varnish,
  // which now fetches from A as well as B.
  await a!.stop()
  a = await startOwnServer(portA, environment)
  expect((await read(page(a.origin))).status).toBe(404)
  for (const origin of [a.origin, front]) {
    expect((await read(`${origin}/en`)).text).not.toContain(headline)
    expect((await read(`${origin}/en/news`)).text).not.toContain(headline)
  }
  expect((await read(page(front))).status).toBe(404)
})

test('an instance killed under load: readers through Varnish get no error, and the worker’s refresh still lands', async () => {
  test.setTimeout(120_000)
  const front = varnish!.origin
  const paths = ['/en', '/en/news', `/en/news/${newestFirst()[0]!.key}`, '/ru/news', '/en/events']
  for (const path of paths) await read(`${front}${path}`)
  // Publications while the instance dies: each purge empties Varnish of every page (all of them
  // show every collection), so readers' requests go on to the instances, the dead one included
  // until its health probe fails (deploy/varnish/default.vcl: retried on the other).
  const purge = () =>
    fetch(`${front}/`, { method: 'PURGE', headers: { 'xkey-purge': 'site', 'X-Purge-Secret': purgeSecret } })

  const failures: string[] = []
  let served = 0
  let fetchedFromAnInstance = 0
  const until = Date.now() + 6_000
  const reader = async (offset: number) => {
    for (let i = offset; Date.now() < until; i++) {
      const path = paths[i % paths.length]!
      const response = await fetch(`${front}${path}`).then(
        async (answer) => ({
          status: answer.status,
          cache: answer.headers.get('x-cache'),
          body: await answer.text(),
        }),
        (error: unknown) => ({ status: 0, cache: null, body: String(error) }),
      )
      served++
      if (response.cache === 'MISS') fetchedFromAnInstance++
      if (response.status !== 200) failures.push(`${path}: ${response.status} ${response.body.slice(0, 120)}`)
    }
  }
  const disruption = async () => {
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    expect((await purge()).status).toBe(200)
    await a!.kill()
    // Dead indeed, not a parent gone with its server still listening.
    expect(
      await fetch(`${a!.origin}/api/health`).then(
        () => 'answers',
        () => 'refused',
      ),
    ).toBe('refused')
    for (const delay of [0, 300, 1_000, 1_500]) {
      await new Promise((resolve) => setTimeout(resolve, delay))
      expect((await purge()).status).toBe(200)
    }
  }
  await Promise.all([reader(0), reader(1), reader(2), reader(3), disruption()])
  console.log(
    `[topology] ${served} reads through Varnish while A died, ${fetchedFromAnInstance} from an instance`,
  )
  expect(failures).toEqual([])
  // The reads did reach the instances after the kill: not all of them came from Varnish's cache.
  expect(fetchedFromAnInstance).toBeGreaterThan(paths.length)

  // The jobs worker's refresh sent through Varnish (compose: REVALIDATE_URL=http://varnish) reaches
  // the instance still up, which purges Varnish in turn.
  const url = `${front}/en/news/${newestFirst()[0]!.key}`
  await read(url)
  expect((await read(url)).cache).toBe('HIT')
  const body = JSON.stringify({ changes: [{ collection: 'press-releases', slug: newestFirst()[0]!.key }] })
  const refresh = await fetch(`${front}/api/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [signatureHeader]: signBody(restartSecret, body) },
    body,
  })
  expect(refresh.status).toBe(200)
  await expect.poll(async () => (await read(url)).cache, { timeout: 1_000, intervals: [25, 50] }).toBe('MISS')
})
