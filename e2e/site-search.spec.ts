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
  await page.getByRole('searchbox', { name: 'Search the newsroom' }).fill('Norov')
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
