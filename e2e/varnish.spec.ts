import { expect, test, type APIRequestContext } from '@playwright/test'

import { signatureHeader, signBody } from '../src/cache/revalidateSignature'
import { restartSecret, seededDatabase, startOwnServer, type OwnServer } from './own-server'
import { createDraftRelease, editor, newestFirst } from './site-helpers'
import { startVarnish, type OwnVarnish } from './varnish'

/**
 * The production topology's front (issue 14): the shipped Varnish configuration in front of a
 * `next start`, both real. Public pages are cached and carry their surrogate keys; the admin and
 * sessions are not cached; a publication and an unpublication purge through Varnish within 1 s;
 * with the app down, Varnish keeps serving what it has (grace).
 *
 * Varnish keeps pages at most `maxTtl` seconds here (production: `s-maxage`, 300 s), so the
 * grace test need not wait 5 minutes; every purge check is made well before that.
 */
const varnishPort = Number(process.env.E2E_VARNISH_PORT ?? 6144)
const appPort = Number(process.env.E2E_VARNISH_APP_PORT ?? 3744)
const maxTtl = 10
const purgeSecret = 'varnish-e2e-purge-secret-0123456789abcdef'
const seeded = newestFirst()[0]!.key

let app: OwnServer | undefined
let varnish: OwnVarnish | undefined
let front = ''

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(300_000)
  const databaseUrl = await seededDatabase(`e2e-varnish-${appPort}`)
  app = await startOwnServer(appPort, {
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: restartSecret,
    VARNISH_URL: `http://127.0.0.1:${varnishPort}`,
    VARNISH_PURGE_SECRET: purgeSecret,
  })
  varnish = await startVarnish({
    port: varnishPort,
    adminPort: varnishPort + 1,
    backendPorts: [appPort],
    secret: purgeSecret,
    maxTtlSeconds: maxTtl,
  })
  front = varnish.origin
})

test.afterAll(async () => {
  await varnish?.stop()
  await app?.stop()
})

/** A reader's request: no cookie jar, headers as sent. */
const read = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, { headers, redirect: 'manual' }).then(async (response) => ({
    status: response.status,
    headers: response.headers,
    text: await response.text(),
  }))

/** Polls until `check` passes or `ms` have gone by; returns the time it took. */
async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  return Date.now() - started
}

async function staffThroughVarnish(request: APIRequestContext) {
  const headers = { origin: app!.origin }
  const login = await request.post(`${front}/api/users/login`, {
    data: { email: editor.email, password: editor.password },
    headers,
  })
  expect(login.ok(), await login.text()).toBeTruthy()
  return async (path: string, data: Record<string, unknown>) => {
    const response = await request.post(`${front}${path}`, { data, headers })
    expect(response.ok(), await response.text()).toBeTruthy()
  }
}

test('public pages are cached with their surrogate keys; the admin, the API and sessions are not', async () => {
  const url = `/en/news/${seeded}`
  await read(`${front}${url}`)
  const second = await read(`${front}${url}`)
  expect(second.status).toBe(200)
  expect(second.headers.get('x-cache')).toBe('HIT')
  expect(Number(second.headers.get('age'))).toBeGreaterThanOrEqual(0)
  // Varnish keeps its own keys; a CDN in front (CDN-Loop, RFC 8586) still gets Fastly's and
  // Cloudflare's, a reader none of them.
  expect(second.headers.get('xkey')).toBeNull()
  expect(second.headers.get('surrogate-key')).toBeNull()
  expect(second.headers.get('via')).toBeNull()
  const toCdn = await read(`${front}${url}`, { 'cdn-loop': 'cloudflare' })
  expect(toCdn.headers.get('x-cache')).toBe('HIT')
  expect(toCdn.headers.get('surrogate-key')).toContain(`record:press-releases:${seeded}`)
  expect(toCdn.headers.get('cache-tag')?.split(',')).toContain(`record:press-releases:${seeded}`)

  // From the app itself, a page served from Next's own cache carries its keys too.
  await read(`${app!.origin}${url}`)
  const cachedByNext = await read(`${app!.origin}${url}`)
  expect(cachedByNext.headers.get('x-nextjs-cache')).toBe('HIT')
  expect(cachedByNext.headers.get('xkey')?.split(' ')).toEqual(
    expect.arrayContaining(['site', 'collection:press-releases', `record:press-releases:${seeded}`]),
  )
  expect(cachedByNext.headers.get('cache-tag')?.split(',')).toContain(`record:press-releases:${seeded}`)

  // Cookies of a public page are dropped: the cached copy is served.
  expect((await read(`${front}${url}`, { cookie: 'theme=dark' })).headers.get('x-cache')).toBe('HIT')
  for (const [path, headers] of [
    [url, { cookie: 'payload-token=not-a-session' }],
    [url, { cookie: '__prerender_bypass=preview' }],
    [url, { authorization: 'JWT not-a-token' }],
    ['/admin/login', {}],
    ['/api/press-releases?limit=1', {}],
    ['/api/health', {}],
  ] as const)
    for (let i = 0; i < 2; i++) {
      // As a CDN would ask (CDN-Loop), to see the keys the app sends.
      const response = await read(`${front}${path}`, { ...headers, 'cdn-loop': 'a-cdn' })
      expect(response.headers.get('x-cache'), `${path} ${JSON.stringify(headers)}`).toBe('MISS')
      // A signed-in reader of a public page gets the public page, keys and all; a preview none.
      if (path !== url || ('cookie' in headers && headers.cookie.includes('__prerender_bypass')))
        expect(response.headers.get('surrogate-key'), path).toBeNull()
    }

  // Compressed for the clients that ask.
  const gzipped = await fetch(`${front}${url}`, { headers: { 'accept-encoding': 'gzip' } })
  expect(gzipped.headers.get('content-encoding')).toBe('gzip')
})

test('a purge needs the secret', async () => {
  const purge = (headers: Record<string, string>) =>
    fetch(`${front}/`, { method: 'PURGE', headers: { 'xkey-purge': 'site', ...headers } })
  expect((await purge({})).status).toBe(403)
  expect((await purge({ 'x-purge-secret': 'wrong-secret-0123456789abcdef0123456789' })).status).toBe(403)
  expect((await read(`${front}/en/news/${seeded}`)).headers.get('x-cache')).toBe('HIT')
})

test('a publication reaches readers through Varnish within 1 s, an unpublication is gone as fast', async ({
  playwright,
}) => {
  test.setTimeout(120_000)
  // The newsroom works through Varnish too: everything it sends passes to the app.
  const staff = await playwright.request.newContext({ baseURL: front })
  const call = await staffThroughVarnish(staff)
  const headline = `Through Varnish ${Date.now()}`
  const draft = await createDraftRelease(staff, headline, {}, { origin: app!.origin })
  const page = `${front}/en/news/${draft.slug}`
  const list = `${front}/en/news`

  // Cached without it: the list, and the release's 404.
  await read(list)
  expect((await read(list)).headers.get('x-cache')).toBe('HIT')
  expect((await read(page)).status).toBe(404)

  await call(`/api/press-releases/${draft.id}/workflow`, { action: 'submit' })
  await call(`/api/press-releases/${draft.id}/workflow`, { action: 'publish' })
  const published = await within(1_000, async () => (await read(page)).text.includes(headline))
  await within(1_000, async () => (await read(list)).text.includes(headline))
  // And cached again at once.
  expect((await read(page)).headers.get('x-cache')).toBe('HIT')

  await call(`/api/press-releases/${draft.id}/workflow`, { action: 'unpublish' })
  const gone = await within(1_000, async () => (await read(page)).status === 404)
  await within(1_000, async () => !(await read(list)).text.includes(headline))
  test
    .info()
    .annotations.push({ type: 'through Varnish', description: `published ${published} ms, gone ${gone} ms` })
  console.log(
    `[varnish] visible ${published} ms after the publication, gone ${gone} ms after the unpublication`,
  )
  await staff.dispose()
})

test('a refresh from outside the web server (the jobs worker’s embargo lift) purges too', async () => {
  const url = `${front}/en/news/${seeded}`
  await read(url)
  expect((await read(url)).headers.get('x-cache')).toBe('HIT')
  // What revalidateContent() sends from the jobs worker: a signed POST to the app.
  const body = JSON.stringify({ changes: [{ collection: 'press-releases', slug: seeded }] })
  const response = await fetch(`${app!.origin}/api/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [signatureHeader]: signBody(restartSecret, body) },
    body,
  })
  expect(response.status).toBe(200)
  await within(1_000, async () => (await read(url)).headers.get('x-cache') === 'MISS')
})

test('with the app down, Varnish keeps serving the pages it has (grace)', async () => {
  test.setTimeout(120_000)
  const url = `${front}/en/news/${seeded}`
  await read(url)
  expect((await read(url)).headers.get('x-cache')).toBe('HIT')
  await app!.stop()
  // Past the page's lifetime in Varnish, with the app's health probe failing.
  await new Promise((resolve) => setTimeout(resolve, (maxTtl + 2) * 1_000))
  const stale = await read(url)
  expect(stale.status).toBe(200)
  expect(stale.headers.get('x-cache')).toBe('HIT')
  expect(Number(stale.headers.get('age'))).toBeGreaterThan(maxTtl)
  expect(stale.text).toContain('<h1')
  // A page never cached has nothing to fall back on.
  expect((await read(`${front}/en/news/never-cached-${Date.now()}`)).status).toBe(503)
})
