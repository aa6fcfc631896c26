import type { APIRequestContext, Page } from '@playwright/test'

import { releaseLocks } from './admin-path'
import { account, expect, signedInId, signIn, staffHeaders, test } from './site-helpers'

/**
 * Issue 15, item 2, as two people see it: the officer edits a release; the editor opening it sees
 * the officer there within 2 s, editing; the release list and the dashboard show the officer in
 * it; when the officer leaves, the badge goes (src/workflow/admin/presence).
 */

const officerName = account('press-officer').name
const editorName = account('editor').name
const within2s = { timeout: 2_000 }

/** Opens the edit view; when a colleague holds Payload's document lock, reads without taking it. */
async function open(page: Page, staff: APIRequestContext, id: number) {
  await page.goto(`/admin/collections/press-releases/${id}`)
  const response = await staff.get(
    `/api/payload-locked-documents?depth=0&where[document.value][equals]=${id}&where[document.relationTo][equals]=press-releases`,
    { headers: staffHeaders },
  )
  const me = await signedInId(page)
  const { docs } = (await response.json()) as { docs: { user?: { value: number } }[] }
  if (docs.some((lock) => lock.user?.value !== me)) {
    const readOnly = page.getByRole('button', { name: 'View read-only' })
    await readOnly.waitFor({ timeout: 10_000 }).then(
      () => readOnly.click(),
      () => undefined,
    )
  }
  await expect(page.locator('#field-headline')).toBeVisible()
}

const badge = (scope: ReturnType<Page['locator']>, name: string) =>
  scope.locator(`[data-presence-user="${name}"]`)

test('the editor sees the officer in the release within 2 s, and in the list and dashboard, until the officer leaves', async ({
  browser,
  staff,
  newDraft,
}) => {
  test.setTimeout(180_000)
  const headline = `Presence ${Date.now()}`
  const draft = await newDraft(headline)
  const officer = await signIn(browser, 'press-officer')
  const editor = await signIn(browser, 'editor')
  try {
    await open(officer, staff, draft.id)
    await officer.locator('#field-summary').fill(`${headline}: a new summary, typed by the officer.`)

    await open(editor, staff, draft.id)
    const here = editor.getByTestId('edit-presence')
    await expect(badge(here, officerName)).toBeVisible(within2s)
    // Typing now: the editor sees the officer editing, within 2 s.
    await officer.locator('#field-summary').pressSequentially(' More.')
    await expect(badge(here, officerName)).toHaveAttribute('data-presence-state', 'editing', within2s)
    await expect(here).toContainText(`${officerName} editing`)
    // And the officer sees the editor, viewing.
    await expect(badge(officer.getByTestId('edit-presence'), editorName)).toHaveAttribute(
      'data-presence-state',
      'viewing',
    )
    // The editor's own badge is not shown to the editor.
    await expect(badge(here, editorName)).toHaveCount(0)

    // The release list: a "Here now" column.
    await editor.goto(`/admin/collections/press-releases?search=${encodeURIComponent(headline)}`)
    const row = editor.locator('tbody tr', { hasText: headline })
    await expect(row).toBeVisible()
    await expect(badge(row, officerName)).toBeVisible(within2s)

    // The dashboard: the editor's own drafts (created through the API as the editor) and the
    // translation matrix both list the release.
    await editor.goto('/admin')
    const mine = editor.locator('.editorial-overview li', { hasText: headline })
    const matrix = editor.locator('.translation-matrix tr', { hasText: headline })
    await expect(mine).toBeVisible()
    await expect(badge(mine, officerName)).toBeVisible(within2s)
    await expect(badge(matrix, officerName)).toBeVisible(within2s)

    // The officer leaves (the page's beacon): gone well before the 8 s a silent tab takes to expire.
    await officer.goto('about:blank')
    await expect(badge(mine, officerName)).toHaveCount(0, { timeout: 4_000 })
    await expect(badge(matrix, officerName)).toHaveCount(0, { timeout: 4_000 })
  } finally {
    await officer.context().close()
    await editor.context().close()
    await releaseLocks(staff, 'press-releases', draft.id)
  }
})
