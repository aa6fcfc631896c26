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

test('a published release appears on home, list, feeds, sitemap and its page once revalidated', async ({
  page,
  playwright,
  baseURL,
}) => {
  const staff = await playwright.request.newContext({ baseURL })
  await loginAsEditor(staff)
  const headline = `Published now ${Date.now()}`
  const draft = await createDraftRelease(staff, headline)
  try {
    await page.goto('/en') // warm the cache with the release absent
    await workflow(staff, draft.id, { action: 'submit' })
    await workflow(staff, draft.id, { action: 'publish' })
    // What the jobs worker does after a publication (src/data/revalidate.ts, out-of-Next path).
    const refreshed = await signedRevalidate(staff, [{ collection: 'press-releases', slug: draft.slug }])
    expect(refreshed.status()).toBe(200)
    await page.goto('/en')
    await expect(page.locator('.release-list h2').first()).toHaveText(headline)
    await page.goto('/en/news')
    await expect(page.getByRole('link', { name: headline })).toBeVisible()
    expect((await page.goto(`/en/news/${draft.slug}`))?.status()).toBe(200)
    expect(await (await page.context().request.get('/en/feed.xml')).text()).toContain(draft.slug)
    expect(await (await page.context().request.get('/sitemap.xml')).text()).toContain(draft.slug)
  } finally {
    await deleteRelease(staff, draft.id)
    await signedRevalidate(staff, [{ collection: 'press-releases', slug: draft.slug }])
    await staff.dispose()
  }
})
