import path from 'node:path'

import { createClient } from '@libsql/client'
import type { Page } from '@playwright/test'

import { account, expect, signIn, staffHeaders, test } from './site-helpers'

/**
 * Issue 10, item 6: the small breaks of the admin, as staff meet them. Releases are made with the
 * `newDraft` fixture and deleted after each test (other specs count the public releases).
 */

/** Autosave waits 1.5 s after the last change (collections/contentDefaults.ts); then it saves. */
const afterAutosave = (page: Page) => page.waitForTimeout(2_500)

test('"Submit for review" follows the saved text, and the admin loads nothing from elsewhere', async ({
  browser,
  baseURL,
  newDraft,
}) => {
  test.setTimeout(120_000)
  const doc = await newDraft(`Small breaks ${Date.now()}`)
  const officer = await signIn(browser, 'press-officer')
  const elsewhere: string[] = []
  officer.on('request', (request) => {
    const url = request.url()
    if (/^https?:/.test(url) && !url.startsWith(baseURL!)) elsewhere.push(url)
  })
  await officer.goto('/admin')
  await officer.goto(`/admin/collections/press-releases/${doc.id}`)
  const submit = officer
    .locator('.workflow-panel')
    .getByRole('button', { name: 'Submit for review', exact: true })
  await expect(submit).toBeEnabled()

  // A change waits for autosave, then the action is offered again without a reload.
  const summary = officer.locator('#field-summary')
  await summary.click()
  await summary.press('End')
  await summary.pressSequentially(' It was the third such meeting.')
  await expect(submit).toBeDisabled()
  await expect(submit).toBeEnabled({ timeout: 20_000 })

  // Typing and undoing leaves nothing to save.
  await summary.pressSequentially('x')
  await summary.press('Backspace')
  await afterAutosave(officer)
  await expect(submit).toBeEnabled({ timeout: 5_000 })

  // Inserting a block: saved by autosave, and the action comes back.
  const body = officer.locator('.rich-text-lexical [contenteditable="true"]').first()
  await body.click()
  await officer.keyboard.press('Control+End')
  await officer.keyboard.press('Enter')
  await officer.keyboard.type('/document')
  await officer.getByRole('option', { name: 'Document reference' }).click()
  await afterAutosave(officer)
  await expect(submit).toBeEnabled({ timeout: 20_000 })

  // No avatar service, font or script from another server.
  expect(elsewhere).toEqual([])
  // Closed before the cleanup deletes the release: SQLite gives a deleted release's id to the next
  // one, and an open edit view would autosave its form into it.
  await officer.context().close()
})

test('dates show their year, the zone picker searches and starts at the organisation’s zone, lists read as words', async ({
  browser,
  newDraft,
  staff,
}) => {
  test.setTimeout(120_000)
  const headline = `Dated ${Date.now()}`
  const doc = await newDraft(headline)
  const comment = await staff.post('/api/comments', {
    headers: staffHeaders,
    data: { release: doc.id, body: 'Check the date, please.' },
  })
  expect(comment.ok(), await comment.text()).toBeTruthy()

  const editor = await signIn(browser, 'editor')
  await editor.goto(`/admin/collections/press-releases/${doc.id}`)
  await expect(editor.locator('#field-dateline__date input')).toHaveValue(/^\d{1,2} [A-Z][a-z]{2} 2026$/)
  // The conversation beside the text (issue 15): a thread's state in words.
  await expect(editor.locator('.conversation__thread', { hasText: 'Check the date, please.' })).toContainText(
    'Open',
  )

  const panel = editor.locator('.workflow-panel')
  await panel.getByRole('button', { name: 'Submit for review', exact: true }).click()
  await expect(editor.getByTestId('workflow-status')).toHaveText('In review')
  await panel.getByRole('button', { name: 'Embargo until', exact: true }).click()
  // The organisation's zone (Settings › Time zone: Asia/Shanghai in the demo), with its offset.
  await expect(panel.locator('.time-zone-select')).toContainText('Asia/Shanghai (UTC+08:00)')
  const zone = panel.getByLabel('Time zone')
  await zone.fill('new york')
  // The picker's own options (the translation panel's assignee list has options too).
  const zones = panel.locator('.time-zone-select').getByRole('option')
  await expect(zones).toHaveCount(1)
  await expect(zones).toHaveText(/^America\/New_York \(UTC-0[45]:00\)$/)
  await zone.press('Enter')
  await expect(panel.locator('.time-zone-select')).toContainText('America/New_York (UTC-0')

  // The log names the release by its headline, with the year in its dates.
  await editor.goto('/admin/collections/activity')
  const created = editor.getByRole('row', { name: new RegExp(`Draft created: “${headline}”`) })
  await expect(created).toBeVisible()
  await expect(created).toContainText(/\d{1,2} [A-Z][a-z]{2} 20\d\d, \d\d:\d\d/)
  await expect(
    editor.getByRole('row', { name: new RegExp(`Submit for review: “${headline}”`) }),
  ).toBeVisible()
  await editor.context().close()
})

test('a press officer discards their unpublished edit of a published release', async ({
  browser,
  playwright,
  baseURL,
  newDraft,
  staff,
}) => {
  test.setTimeout(120_000)
  const doc = await newDraft(`Revert ${Date.now()}`)
  const users = await staff.get(
    `/api/users?where[email][equals]=${encodeURIComponent(account('press-officer').email)}&depth=0`,
    { headers: staffHeaders },
  )
  const officerId = ((await users.json()) as { docs: { id: number }[] }).docs[0]!.id
  const published = await staff.patch(`/api/press-releases/${doc.id}?depth=0`, {
    headers: staffHeaders,
    data: { _status: 'published', author: officerId },
  })
  expect(published.ok(), await published.text()).toBeTruthy()
  const original = ((await published.json()) as { doc: { summary: string } }).doc.summary

  const officer = await signIn(browser, 'press-officer')
  await officer.goto(`/admin/collections/press-releases/${doc.id}`)
  const summary = officer.locator('#field-summary')
  await summary.fill('An edit nobody reviewed.')
  await officer.locator('#action-revert-to-published').click({ timeout: 20_000 })
  await officer.getByRole('button', { name: 'Confirm' }).click()
  await expect(summary).toHaveValue(original)
  await officer.reload()
  await expect(summary).toHaveValue(original)

  const reader = await playwright.request.newContext({ baseURL })
  const visible = await reader.get(`/api/press-releases/${doc.id}`)
  expect(((await visible.json()) as { summary: string }).summary).toBe(original)
  await reader.dispose()
  await officer.context().close()
})

test('the release list’s search box finds drafts by a word of their summary, in Russian whatever its case', async ({
  browser,
  newDraft,
  staff,
}) => {
  const stamp = Date.now()
  const headline = `List search one ${stamp}`
  const { id } = await newDraft(headline)
  await newDraft(`List search two ${stamp}`)
  const saved = await staff.patch(`/api/press-releases/${id}?draft=true&locale=ru`, {
    headers: staffHeaders,
    data: { headline: `Поиск по списку ${stamp}`, summary: `Норов открыл семинар ${stamp}.` },
  })
  expect(saved.ok(), await saved.text()).toBeTruthy()
  const officer = await signIn(browser, 'press-officer')
  try {
    const search = officer.getByPlaceholder(/Search by/)
    const rows = officer.locator('tbody tr')
    // The Russian list: a lower-case name finds its capitalised form (SQLite's LIKE alone would
    // not: it folds Latin letters only; the list search's index folds Cyrillic too).
    await officer.goto('/admin/collections/press-releases?locale=ru')
    await search.fill(`норов открыл семинар ${stamp}`)
    await expect(rows).toHaveCount(1)
    await expect(rows.first()).toContainText(`Поиск по списку ${stamp}`)
    // The English list: every word of the query in a headline.
    await officer.goto('/admin/collections/press-releases?locale=en')
    await search.fill(`LIST SEARCH ${stamp}`)
    await expect(rows).toHaveCount(2)
  } finally {
    await officer.context().close()
  }
})

/**
 * Issue 12: a word in more than 5,000 releases is counted by the list search's index, not by
 * Payload's LIKE over the archive. Thousands of releases would take minutes to make here, so the
 * index is given rows of versions that do not exist (written in the e2e server's database, as its
 * triggers would, with its count of writes raised): the list's total is then the index's, while
 * its rows are Payload's.
 */
test('the release list counts a very common word through its index', async ({ browser, newDraft }) => {
  const word = `okapi${Date.now()}`
  await newDraft(`Common word one ${word}`)
  await newDraft(`Common word two ${word}`)
  const phantoms = 5000 // MAX_IDS in src/server/listSearch: past it, the page is LIKE's
  const first = 2 ** 40 + (Date.now() % 100_000) * 8192
  const db = createClient({
    url: `file:${path.resolve('tmp', `e2e-${process.env.E2E_PORT ?? 3100}`, 'communique.db')}`,
  })
  const officer = await signIn(browser, 'press-officer')
  try {
    await db.execute('PRAGMA busy_timeout = 10000')
    await db.execute({
      sql: `WITH RECURSIVE n(value) AS (SELECT 0 UNION ALL SELECT value + 1 FROM n WHERE value < ? - 1)
            INSERT INTO list_search_press_releases(rowid, parent, locale, headline)
            SELECT (? + value) * 8 + 1, ? + value, 'en', ? FROM n`,
      args: [phantoms, first, first, `Phantom ${word}`],
    })
    await db.execute('UPDATE list_search_press_releases_writes SET n = n + 1')
    await officer.goto('/admin/collections/press-releases?locale=en')
    await officer.getByPlaceholder(/Search by/).fill(word)
    const rows = officer.locator('tbody tr')
    await expect(rows).toHaveCount(2)
    await expect(rows.first()).toContainText(`Common word two ${word}`)
    // The list reads only its columns (enableListViewSelectAPI): each cell still has its value.
    await expect(rows.first()).toContainText(/Draft\s*\d{1,2} \w{3} \d{4}\s*Elena Editor\s*Draft/)
    await expect(officer.locator('.page-controls__page-info')).toHaveText(`1-10 of ${phantoms + 2}`)
    await expect(officer.locator('.paginator__page').last()).toHaveText(
      String(Math.ceil((phantoms + 2) / 10)),
    )
  } finally {
    await officer.context().close()
    await db.execute({
      sql: 'DELETE FROM list_search_press_releases WHERE rowid >= ? * 8 AND rowid < (? + ?) * 8',
      args: [first, first, phantoms],
    })
    await db.execute('UPDATE list_search_press_releases_writes SET n = n + 1')
    db.close()
  }
})
