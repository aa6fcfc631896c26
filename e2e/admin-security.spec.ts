import { expect, test } from '@playwright/test'

import { demoAccounts } from '../src/seed/demoUsers'

/**
 * The admin under the production Content-Security-Policy (a nonce per page, no inline script
 * without it): it loads and works, and a password typed on one's own account page is masked.
 */
const officer = demoAccounts.find((account) => account.role === 'press-officer')!

test('the admin runs under its nonce policy, and the current password is masked', async ({ page }) => {
  const refused: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) refused.push(message.text())
  })
  const login = await page.goto('/admin/login')
  expect(login?.headers()['content-security-policy']).toMatch(
    /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/,
  )
  await page.getByLabel('Email').fill(officer.email)
  await page.getByLabel('Password').fill(officer.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)

  await page.goto('/admin/account')
  const current = page.locator('#field-currentPassword')
  await expect(current).toBeVisible()
  await expect(current).toHaveAttribute('type', 'password')
  await expect(current).toHaveAttribute('autocomplete', 'current-password')

  expect(refused).toEqual([])
})
