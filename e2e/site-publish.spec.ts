import { expect, test } from '@playwright/test'

import { createDraftRelease, deleteRelease, loginAsEditor, signedRevalidate, workflow } from './site-helpers'

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

test('publishing through the workflow refreshes home, list, feeds, sitemap and the page at once; unpublishing removes it', async ({
  page,
  playwright,
  baseURL,
}) => {
  const staff = await playwright.request.newContext({ baseURL })
  await loginAsEditor(staff)
  const headline = `Published now ${Date.now()}`
  const draft = await createDraftRelease(staff, headline)
  try {
    // Warm the caches with the release absent: what follows must not be served from them.
    await page.goto('/en')
    await page.goto('/en/news')
    await workflow(staff, draft.id, { action: 'submit' })
    // The collection hooks (src/data/hooks/revalidateOnChange.ts) refresh the cache in-process.
    await workflow(staff, draft.id, { action: 'publish' })
    await page.goto('/en')
    await expect(page.locator('.release-list h2').first()).toHaveText(headline)
    await page.goto('/en/news')
    await expect(page.getByRole('link', { name: headline })).toBeVisible()
    expect((await page.goto(`/en/news/${draft.slug}`))?.status()).toBe(200)
    expect(await (await page.context().request.get('/en/feed.xml')).text()).toContain(draft.slug)
    expect(await (await page.context().request.get('/sitemap.xml')).text()).toContain(draft.slug)

    await workflow(staff, draft.id, { action: 'unpublish' })
    await page.goto('/en')
    await expect(page.locator('.release-list h2').first()).toBeVisible()
    await expect(page.getByText(headline)).toHaveCount(0)
    expect((await page.goto(`/en/news/${draft.slug}`))?.status()).toBe(404)
    expect(await (await page.context().request.get('/en/feed.xml')).text()).not.toContain(draft.slug)
  } finally {
    await deleteRelease(staff, draft.id)
    await signedRevalidate(staff, [{ collection: 'press-releases', slug: draft.slug }])
    await staff.dispose()
  }
})
