import { blockNode, editorState, paragraphNode } from '../src/content/lexical'
import { expect, idBySlug, staffHeaders, test, workflow } from './site-helpers'
import { sitemapText } from './sitemap-helpers'

test('/api/revalidate refuses unsigned or badly signed calls', async ({ request }) => {
  const body = JSON.stringify({ changes: [{ collection: 'press-releases' }] })
  const unsigned = await request.post('/api/revalidate', {
    data: body,
    headers: { 'content-type': 'application/json' },
  })
  expect(unsigned.status()).toBe(401)
  const forged = await request.post('/api/revalidate', {
    data: body,
    headers: {
      'content-type': 'application/json',
      'x-communique-signature': `t=${Math.floor(Date.now() / 1000)},s=${'0'.repeat(64)}`,
    },
  })
  expect(forged.status()).toBe(401)
})

test('publishing through the workflow refreshes home, list, search, feeds, sitemap and the page at once; unpublishing removes it', async ({
  page,
  staff,
  newDraft,
}) => {
  const headline = `Published now ${Date.now()}`
  const draft = await newDraft(headline)
  // Warm the caches with the release absent: what follows must not be served from them.
  await page.goto('/en')
  await page.goto('/en/news')
  await page.goto('/en/news?year=2026') // a filter's page is a cache entry of its own
  // Search results are cached per query (src/data/search.ts): "nothing found" must not stick.
  const search = `/en/search?q=${encodeURIComponent(headline)}`
  await page.goto(search)
  await expect(page.getByText(/Nothing found/)).toBeVisible()
  await workflow(staff, draft.id, { action: 'submit' })
  // The collection hooks (src/data/hooks/revalidateOnChange.ts) refresh the cache in-process.
  await workflow(staff, draft.id, { action: 'publish' })
  await page.goto('/en')
  await expect(page.locator('.release-list h2').first()).toHaveText(headline)
  await page.goto('/en/news')
  await expect(page.getByRole('link', { name: headline })).toBeVisible()
  await page.goto('/en/news?year=2026')
  await expect(page.getByRole('link', { name: headline })).toBeVisible()
  await page.goto(search)
  await expect(page.getByRole('link', { name: headline })).toBeVisible()
  const releasePage = await page.goto(`/en/news/${draft.slug}`)
  expect(releasePage?.status()).toBe(200)
  // Shared caches (a CDN) keep it 5 minutes, and serve it stale at most 1 minute more.
  expect(releasePage?.headers()['cache-control']).toBe('s-maxage=300, stale-while-revalidate=60')
  expect(await (await page.context().request.get('/en/feed.xml')).text()).toContain(draft.slug)
  expect(await sitemapText(page.context().request)).toContain(draft.slug)

  await workflow(staff, draft.id, { action: 'unpublish' })
  await page.goto('/en')
  await expect(page.locator('.release-list h2').first()).toBeVisible()
  await expect(page.getByText(headline)).toHaveCount(0)
  expect((await page.goto(`/en/news/${draft.slug}`))?.status()).toBe(404)
  await page.goto('/en/news?year=2026')
  await expect(page.getByRole('link', { name: headline })).toHaveCount(0)
  await page.goto(search)
  await expect(page.getByText(/Nothing found/)).toBeVisible()
  expect(await (await page.context().request.get('/en/feed.xml')).text()).not.toContain(draft.slug)
})

test('a document page lists a release that cites it only in its body, once the release is published', async ({
  page,
  staff,
  newDraft,
}) => {
  const documentId = await idBySlug(staff, 'documents', 'sco-charter')
  const headline = `Citing the Charter ${Date.now()}`
  const draft = await newDraft(headline)
  // A document-reference block in the body; the release's "Documents" field stays empty.
  const patched = await staff.patch(`/api/press-releases/${draft.id}?draft=true`, {
    headers: staffHeaders,
    data: {
      body: editorState([
        paragraphNode('The Charter sets the aims.'),
        blockNode('documentReference', { document: documentId }, 'charter-ref'),
      ]),
    },
  })
  expect(patched.ok(), await patched.text()).toBeTruthy()
  await page.goto('/en/documents/sco-charter')
  await expect(page.getByRole('heading', { name: 'Press releases citing this document' })).toBeVisible()
  await expect(page.getByRole('link', { name: headline })).toHaveCount(0)

  await workflow(staff, draft.id, { action: 'submit' })
  await workflow(staff, draft.id, { action: 'publish' })
  await page.goto('/en/documents/sco-charter')
  await expect(page.getByRole('link', { name: headline })).toBeVisible()
})
