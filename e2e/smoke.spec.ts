import { expect, test } from '@playwright/test'

import { releases } from '../src/seed/data/releases'
import { editor, newestFirst } from './site-helpers'

test('the home page lists the five demo releases, newest first, each leading to its page', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Latest news' })).toBeVisible()
  const headlines = page.locator('.release-list h2')
  await expect(headlines).toHaveCount(5)
  // Newest first; of two releases of the same day, the one the seed entered last comes first.
  await expect(headlines).toHaveText(newestFirst().map((release) => release.headline))

  await page.getByRole('link', { name: releases[0]!.headline }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(releases[0]!.headline)
  await expect(page.getByText('NEW YORK, 19 November 2019 —')).toBeVisible()
})

test('the demo editor logs in to the admin', async ({ page }) => {
  await page.goto('/admin')
  await page.getByLabel('Email').fill(editor.email)
  await page.getByLabel('Password').fill(editor.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
  await expect(page.getByRole('link', { name: 'Press releases' }).first()).toBeVisible()
  await page.goto('/admin/collections/press-releases')
  await expect(page.getByText(releases[1]!.headline)).toBeVisible()
})
