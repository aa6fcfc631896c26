import AxeBuilder from '@axe-core/playwright'
import { expect, test as base, type APIRequestContext, type Page } from '@playwright/test'

import { signatureHeader, signBody } from '../src/cache/revalidateSignature'
import { demoAccounts } from '../src/seed/demoUsers'

/** Shared steps of the public-site specs (e2e/site-*.spec.ts). */

export const editor = demoAccounts.find((account) => account.role === 'editor')!

/**
 * Payload accepts its session cookie only from a browser (Sec-Fetch-Site) or an allowed Origin
 * (CSRF protection); Playwright's API requests send neither, so staff calls name the origin.
 */
const origin = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`
export const staffHeaders = { origin }

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

/** Playwright's `test`, with `staff`: API calls as the demo editor, logged in for the test. */
export const test = base.extend<{ staff: APIRequestContext }>({
  staff: async ({ playwright, baseURL }, provide) => {
    const context = await playwright.request.newContext({ baseURL })
    await loginAsEditor(context)
    await provide(context)
    await context.dispose()
  },
})
export { expect }

export const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  format: '',
  indent: 0,
  direction: 'ltr',
  textFormat: 0,
  children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
})

/** A rich-text value (a Lexical editor state) made of these top-level nodes. */
export const richText = (...children: object[]) => ({
  root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children },
})

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
) {
  const response = await request.post('/api/press-releases?draft=true', {
    headers,
    data: {
      ...extra,
      headline,
      dateline: { place: 'Vienna', date: '2026-11-20T12:00:00.000Z' },
      summary: `${headline}: summary for the public-site tests.`,
      body: richText(paragraph(`${headline}: first paragraph of the body.`)),
      _status: 'draft',
    },
  })
  expect(response.ok(), await response.text()).toBeTruthy()
  const { doc } = (await response.json()) as { doc: { id: number; slug: string } }
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

export async function deleteRelease(request: APIRequestContext, id: number) {
  await request.delete(`/api/press-releases/${id}`, { headers: staffHeaders })
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
