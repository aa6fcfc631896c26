import type { APIRequestContext, Page } from '@playwright/test'

import { releaseLocks, takeOverIfLocked } from './admin-path'
import { account, expect, signIn, staffHeaders, test } from './site-helpers'

/**
 * Issue 15, item 1, as two people do it in the admin: each edit view autosaves its whole form;
 * a save from an older copy keeps the colleague's change, and a change to the same field shows
 * who changed it, both values and the ways on (src/fields/concurrentSaves.ts).
 */

async function storedDraft(staff: APIRequestContext, id: number) {
  const response = await staff.get(`/api/press-releases/${id}?draft=true&depth=0`, { headers: staffHeaders })
  return (await response.json()) as { headline: string; summary: string }
}

async function open(page: Page, staff: APIRequestContext, id: number) {
  await page.goto(`/admin/collections/press-releases/${id}`)
  await takeOverIfLocked(page, staff, id)
  await expect(page.locator('#field-headline')).toBeEditable()
}

test('two people edit the same draft: different fields both survive, the same field shows the conflict', async ({
  browser,
  staff,
  newDraft,
}) => {
  test.setTimeout(180_000)
  const stamp = Date.now()
  const draft = await newDraft(`Two editors ${stamp}`)
  const officer = await signIn(browser, 'press-officer')
  const editor = await signIn(browser, 'editor')
  try {
    await open(officer, staff, draft.id)
    await open(editor, staff, draft.id)

    // The editor changes the headline; autosave stores it (and releases Payload's lock).
    const headline = `Headline by the editor ${stamp}`
    await editor.locator('#field-headline').fill(headline)
    await expect.poll(async () => (await storedDraft(staff, draft.id)).headline).toBe(headline)

    // The officer's form still holds the copy from before: it changes the summary only.
    const officerSummary = `Summary by the officer ${stamp}.`
    await officer.locator('#field-summary').fill(officerSummary)
    await expect.poll(async () => (await storedDraft(staff, draft.id)).summary).toBe(officerSummary)
    expect((await storedDraft(staff, draft.id)).headline).toBe(headline)
    await officer.reload()
    await expect(officer.locator('#field-headline')).toHaveValue(headline)
    await expect(officer.locator('#field-summary')).toHaveValue(officerSummary)

    // The editor, not knowing of it, changes the summary too: refused, with both versions shown.
    const editorSummary = `Summary by the editor ${stamp}.`
    await editor.locator('#field-summary').fill(editorSummary)
    const conflict = editor.locator('.save-conflict')
    await expect(conflict).toContainText(`Summary (lede) was changed by ${account('press-officer').name}`)
    await expect(conflict).toContainText(`theirs «${officerSummary}», yours «${editorSummary}»`)
    expect((await storedDraft(staff, draft.id)).summary).toBe(officerSummary)

    await conflict.getByRole('button', { name: 'Keep mine' }).click()
    await expect.poll(async () => (await storedDraft(staff, draft.id)).summary).toBe(editorSummary)
    await expect(conflict).toBeHidden()
    await editor.reload()
    await expect(editor.locator('#field-headline')).toHaveValue(headline)
    await expect(editor.locator('#field-summary')).toHaveValue(editorSummary)
  } finally {
    await officer.context().close()
    await editor.context().close()
    // A locked release cannot be deleted by the cleanup.
    await releaseLocks(staff, 'press-releases', draft.id)
  }
})
