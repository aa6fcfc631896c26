import { expect, test } from '@playwright/test'

import { expectAccessible } from './site-helpers'

test('search finds releases, people, documents and events, with the matches highlighted', async ({
  page,
}) => {
  await page.goto('/en')
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Search' })
    .click()
  await page.getByRole('combobox', { name: 'Search the newsroom' }).fill('Norov')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/en\/search\?q=Norov$/)
  await expect(page.getByRole('heading', { name: 'Press releases' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'People, organisations and countries' })).toBeVisible()
  await expect(page.locator('.search-hits mark').first()).toHaveText(/norov/i)
  await expect(page.getByRole('link', { name: 'Vladimir Norov', exact: true })).toBeVisible()
  await expectAccessible(page)

  await page.goto('/en/search?q=A%2FRES%2F59%2F48')
  await expect(page.getByRole('heading', { name: 'Documents' })).toBeVisible()

  await page.goto('/en/search?q=Bahrein')
  await expect(page.getByRole('link', { name: 'Bahrain' })).toBeVisible()

  await page.goto('/en/search?q=zzzz-nothing-here')
  await expect(page.getByText('Nothing found for “zzzz-nothing-here”.')).toBeVisible()
})

test('a Russian reader finds records by their Russian name', async ({ page }) => {
  await page.goto('/ru/search?q=%D0%98%D0%BD%D0%B4%D0%B8%D1%8F')
  await expect(page.getByRole('link', { name: 'Индия' })).toBeVisible()
})

test('the search box suggests titles as the reader types, chosen with the keyboard', async ({ page }) => {
  await page.goto('/en/search')
  const box = page.getByRole('combobox', { name: 'Search the newsroom' })
  await box.pressSequentially('Vladimir Nor', { delay: 30 })
  const list = page.getByRole('listbox', { name: 'Suggestions' })
  const option = list.getByRole('option', { name: 'Vladimir Norov', exact: true })
  await expect(option).toBeVisible()
  await expect(box).toHaveAttribute('aria-expanded', 'true')
  await expectAccessible(page)
  await box.press('ArrowDown')
  await expect(list.getByRole('option', { selected: true })).toHaveCount(1)
  // The first suggestion is chosen; move to Norov's own if it is not the first.
  for (let step = 0; step < 6 && (await option.getAttribute('aria-selected')) !== 'true'; step++)
    await box.press('ArrowDown')
  await expect(option).toHaveAttribute('aria-selected', 'true')
  await box.press('Enter')
  await expect(page).toHaveURL(/\/en\/participants\/[^/?]+$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Vladimir Norov' })).toBeVisible()

  // Escape closes the list; Enter then submits the form as without JavaScript.
  await page.goto('/ru/search')
  const russian = page.getByRole('combobox')
  await russian.pressSequentially('Норо', { delay: 30 })
  await expect(page.getByRole('option').first()).toBeVisible()
  await russian.press('Escape')
  await expect(page.getByRole('listbox')).toBeHidden()
  await russian.press('Enter')
  await expect(page).toHaveURL(/\/ru\/search\?q=/)
})

test('the suggestion route refuses a missing or too long query with a 400 naming the field', async ({
  request,
}) => {
  for (const query of ['', '?q=', `?q=${'x'.repeat(101)}`]) {
    const response = await request.get(`/en/search/suggest${query}`)
    expect(response.status(), query).toBe(400)
    expect((await response.json()).errors[0].field).toBe('q')
  }
  const ok = await request.get('/en/search/suggest?q=Noro')
  expect(ok.status()).toBe(200)
  expect((await ok.json()).suggestions.map((s: { title: string }) => s.title)).toContain('Vladimir Norov')
})
