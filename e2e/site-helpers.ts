import AxeBuilder from '@axe-core/playwright'
import { expect, test as base, type APIRequestContext, type Browser, type Page } from '@playwright/test'

import { signatureHeader, signBody } from '../src/cache/revalidateSignature'
import type { ContentCollection } from '../src/cache/tags'
import { editorState, paragraphNode } from '../src/content/lexical'
import { releases } from '../src/seed/data/releases'
import { demoAccounts } from '../src/seed/demoUsers'

/** Shared steps of the public-site specs (e2e/site-*.spec.ts). */

export const editor = demoAccounts.find((account) => account.role === 'editor')!

/**
 * Payload accepts its session cookie only from a browser (Sec-Fetch-Site) or an allowed Origin
 * (CSRF protection); Playwright's API requests send neither, so staff calls name the origin.
 */
const origin = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`
export const staffHeaders = { origin }

export type StaffRole = 'editor' | 'press-officer' | 'admin'

/** The demo account of a role (src/seed/demoUsers.ts). */
export const account = (role: StaffRole) => demoAccounts.find((a) => a.role === role)!

/**
 * A new browser context signed in to the admin as a role, on a blank page: the session comes
 * from Payload's login endpoint, which sets the same cookie as the login form (the form itself is
 * tested in e2e/smoke.spec.ts and e2e/branding.spec.ts). Skipping the form and the dashboard saves
 * two page loads per sign-in. `timezoneId` sets the browser's zone (the admin shows times in it as
 * "your time").
 */
export async function signIn(
  browser: Browser,
  role: StaffRole,
  options: { timezoneId?: string } = {},
): Promise<Page> {
  const context = await browser.newContext(options)
  const { email, password } = account(role)
  // The context's request shares its cookies with the pages: the session cookie lands there.
  const login = await context.request.post('/api/users/login', { data: { email, password } })
  expect(login.ok(), await login.text()).toBeTruthy()
  return context.newPage()
}

/**
 * The id of the staff member a browser context is signed in as. The context's own API request
 * carries the session cookie but no Origin, which Payload refuses as a cookie login (CSRF): it
 * names the origin, as `staffHeaders` does.
 */
export async function signedInId(page: Page): Promise<number> {
  const response = await page.context().request.get('/api/users/me', { headers: staffHeaders })
  const { user } = (await response.json()) as { user: { id: number } | null }
  if (!user) throw new Error('This browser context is not signed in.')
  return user.id
}

/** No serious or critical axe violations (WCAG 2.x A/AA rules) on the current page. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  const serious = results.violations.filter((violation) =>
    ['serious', 'critical'].includes(violation.impact ?? ''),
  )
  expect(
    serious.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([])
}

/** Logs the demo editor in; the request context keeps the Payload session cookie. */
export async function loginAsEditor(request: APIRequestContext) {
  const response = await request.post('/api/users/login', {
    data: { email: editor.email, password: editor.password },
  })
  expect(response.ok()).toBeTruthy()
}

type Draft = { id: number; slug: string }

/**
 * Playwright's `test`, with fixtures:
 * - `staff`: API calls as the demo editor, logged in for the test;
 * - `cleanup(collection, id)`: a record the test made, deleted after it whatever its outcome, so
 *   that a reused server keeps only the seed (other specs count its releases exactly);
 * - `newDraft(headline, extra?)`: a draft release made as `staff`, deleted after the test.
 */
export const test = base.extend<{
  staff: APIRequestContext
  cleanup: (collection: ContentCollection, id: number) => void
  newDraft: (headline: string, extra?: Record<string, unknown>) => Promise<Draft>
}>({
  staff: async ({ playwright, baseURL }, provide) => {
    const context = await playwright.request.newContext({ baseURL })
    await loginAsEditor(context)
    await provide(context)
    await context.dispose()
  },
  cleanup: async ({ staff }, provide) => {
    const made: { collection: ContentCollection; id: number }[] = []
    await provide((collection, id) => {
      made.push({ collection, id })
    })
    // Newest first: a release goes before the image it shows.
    for (const record of made.reverse()) await remove(staff, record.collection, record.id)
  },
  newDraft: async ({ staff, cleanup }, provide) => {
    await provide(async (headline, extra) => {
      const doc = await createDraftRelease(staff, headline, extra)
      cleanup('press-releases', doc.id)
      return doc
    })
  },
})
export { expect }

/** Deletes a record and refreshes the pages that showed it. */
async function remove(staff: APIRequestContext, collection: ContentCollection, id: number) {
  const url = `/api/${collection}/${id}`
  const stored = await staff.get(`${url}?draft=true&depth=0`, { headers: staffHeaders })
  const { slug } = stored.ok() ? ((await stored.json()) as { slug?: string }) : {}
  const deleted = await staff.delete(url, { headers: staffHeaders })
  // A release that journalists' links point to cannot be deleted (the links are kept as a
  // record of who saw it): it is taken off the public site, or out of the schedule, instead.
  if (!deleted.ok() && collection === 'press-releases')
    for (const data of [{ action: 'unpublish' }, { action: 'requestChanges', reason: 'The test is over.' }])
      await staff.post(`${url}/workflow`, { data, headers: staffHeaders })
  await signedRevalidate(staff, [{ collection, slug }])
}

/** The seeded releases in the order the site lists them: newest first, then the last one seeded. */
export function newestFirst(list: readonly (typeof releases)[number][] = releases) {
  return list
    .map((release, order) => ({ ...release, order }))
    .sort((a, b) => b.dateline.date.localeCompare(a.dateline.date) || b.order - a.order)
}

/**
 * A new draft release created through REST as the logged-in user; returns its id and slug.
 * `headers` name the origin of a server other than the shared one.
 */
export async function createDraftRelease(
  request: APIRequestContext,
  headline: string,
  /** More fields: links to an event, participants, documents, topics, a hero image. */
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = staffHeaders,
): Promise<Draft> {
  const response = await request.post('/api/press-releases?draft=true', {
    headers,
    data: {
      ...extra,
      headline,
      dateline: { place: 'Vienna', date: '2026-11-20T12:00:00.000Z' },
      summary: `${headline}: summary for the public-site tests.`,
      body: editorState([paragraphNode(`${headline}: first paragraph of the body.`)]),
      _status: 'draft',
    },
  })
  expect(response.ok(), await response.text()).toBeTruthy()
  const { doc } = (await response.json()) as { doc: Draft }
  return doc
}

export async function workflow(request: APIRequestContext, id: number, body: Record<string, unknown>) {
  const response = await request.post(`/api/press-releases/${id}/workflow`, {
    data: body,
    headers: staffHeaders,
  })
  expect(response.ok(), await response.text()).toBeTruthy()
  return response
}

/** The secret the e2e server runs with (scripts/e2e-server.mjs). */
const e2eSecret = process.env.PAYLOAD_SECRET ?? 'e2e-only-secret-not-for-production-0123456789'

/** Calls /api/revalidate the way the jobs worker does (src/data/revalidate.ts), signed. */
export async function signedRevalidate(request: APIRequestContext, changes: Record<string, unknown>[]) {
  const body = JSON.stringify({ changes })
  return request.post('/api/revalidate', {
    data: body,
    headers: { 'content-type': 'application/json', [signatureHeader]: signBody(e2eSecret, body) },
  })
}

/** Parses XML in the browser (no XML library needed) and returns the texts of the selector. */
export async function xmlTexts(page: Page, xml: string, selector: string): Promise<string[]> {
  return page.evaluate(
    ({ xml, selector }) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml')
      if (doc.querySelector('parsererror')) throw new Error('Not well-formed XML')
      return [...doc.querySelectorAll(selector)].map((node) => node.textContent ?? '')
    },
    { xml, selector },
  )
}

/** The id of a record found by its slug, read as the logged-in staff user. */
export async function idBySlug(request: APIRequestContext, collection: string, slug: string) {
  const response = await request.get(
    `/api/${collection}?where[slug][equals]=${encodeURIComponent(slug)}&depth=0&limit=1`,
    { headers: staffHeaders },
  )
  expect(response.ok(), await response.text()).toBeTruthy()
  const { docs } = (await response.json()) as { docs: { id: number }[] }
  expect(docs, `${collection} ${slug}`).toHaveLength(1)
  return docs[0]!.id
}

/** Uploads an image through REST as the logged-in user; returns the media record's id and file name. */
export async function uploadImage(request: APIRequestContext, name: string, buffer: Buffer, alt: string) {
  const response = await request.post('/api/media', {
    multipart: {
      file: { name, mimeType: 'image/png', buffer },
      _payload: JSON.stringify({ alt }),
    },
    headers: staffHeaders,
  })
  expect(response.ok(), await response.text()).toBeTruthy()
  const { doc } = (await response.json()) as { doc: { id: number; filename: string } }
  return doc
}
