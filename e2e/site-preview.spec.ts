import { expect, expectAccessible, loginAsEditor, staffHeaders, test } from './site-helpers'

test('nobody without a staff session can turn preview on', async ({ request }) => {
  const response = await request.get('/api/preview?path=/en', { maxRedirects: 0 })
  expect(response.status()).toBe(401)
  expect(response.headers()['set-cookie'] ?? '').not.toContain('__prerender_bypass')
})

test('a logged-in editor previews a draft with a visible bar, and exits', async ({ page, newDraft }) => {
  await loginAsEditor(page.request)
  const draft = await newDraft(`Preview draft ${Date.now()}`)
  expect((await page.goto(`/en/news/${draft.slug}`))?.status()).toBe(404)

  await page.goto(`/api/preview?path=${encodeURIComponent(`/en/news/${draft.slug}`)}`)
  await expect(page).toHaveURL(new RegExp(`/en/news/${draft.slug}$`))
  await expect(page.getByRole('status').filter({ hasText: 'Preview' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Preview draft')
  // The preview bar and its exit link pass the same accessibility checks as the pages.
  await expectAccessible(page)
  await page.goto('/en/events')
  await expect(page.getByRole('status').filter({ hasText: 'Preview' })).toBeVisible()
  await expectAccessible(page)
  await page.goto(`/en/news/${draft.slug}`)
  // Draft mode alone is not enough: without the Payload session the draft is not shown.
  const cookies = await page.context().cookies()
  await page.context().clearCookies()
  await page.context().addCookies(cookies.filter((cookie) => cookie.name === '__prerender_bypass'))
  expect((await page.goto(`/en/news/${draft.slug}`))?.status()).toBe(404)
  await page.context().addCookies(cookies)

  await page.goto(`/en/news/${draft.slug}`)
  await page.getByRole('link', { name: 'Exit preview' }).click()
  await expect(page).toHaveURL(/\/en$/)
  await expect(page.getByText('Preview: you are seeing drafts')).toHaveCount(0)
  expect((await page.goto(`/en/news/${draft.slug}`))?.status()).toBe(404)
})

test('preview only redirects within the site', async ({ page }) => {
  await loginAsEditor(page.request)
  const response = await page.request.get('/api/preview?path=//evil.example/', {
    maxRedirects: 0,
    headers: staffHeaders,
  })
  expect(response.status()).toBe(307)
  expect(response.headers().location).toBe('/en')
  await page.request.get('/api/preview/exit?path=/en', { maxRedirects: 0 })
})
