import type { Page } from '@playwright/test'

import { expect, signIn, test } from './site-helpers'

/**
 * The review workflow as people use it in the admin: a press officer drafts and submits, an
 * editor asks for changes, the officer revises, the editor approves and publishes, and the
 * public site shows the release. The releases are deleted after each test (the `cleanup` and
 * `newDraft` fixtures): other specs count the public releases exactly.
 */

const status = (page: Page) => page.getByTestId('workflow-status')

/** Takes a workflow action from the review panel; those that need a reason or a time ask for it first. */
async function takeAction(page: Page, label: string, fill?: (page: Page) => Promise<void>) {
  const panel = page.locator('.workflow-panel')
  await panel.getByRole('button', { name: label, exact: true }).click()
  if (fill) {
    await fill(page)
    await panel.getByRole('button', { name: `Confirm: ${label}` }).click()
  }
  await page.waitForLoadState('load')
}

/** Waits for autosave to store what was typed (the review actions apply to the saved text). */
async function saved(page: Page) {
  await expect(page.locator('.workflow-panel__hint')).toBeHidden({ timeout: 20_000 })
}

test('a press officer drafts and submits; an editor asks for changes, then approves and publishes', async ({
  browser,
  cleanup,
}) => {
  test.setTimeout(180_000)
  const headline = `Secretary-General briefs the UN Security Council ${Date.now()}`

  const officer = await signIn(browser, 'press-officer')
  await officer.goto('/admin/collections/press-releases/create')
  await officer.locator('#field-headline').fill(headline)
  await officer.locator('#field-dateline__place').fill('New York')
  const date = officer.locator('#field-dateline__date input')
  await date.fill('11/20/2026')
  await date.press('Enter')
  await officer
    .locator('#field-summary')
    .fill('The SCO Secretary-General briefed the Council on regional security.')
  const body = officer.locator('.rich-text-lexical [contenteditable="true"]').first()
  await body.click()
  await body.pressSequentially('He spoke of cooperation against terrorism, drugs and organised crime.')
  // Autosave creates the release and moves to its own address.
  await expect(officer).toHaveURL(/\/press-releases\/\d+/, { timeout: 30_000 })
  cleanup('press-releases', Number(/\/press-releases\/(\d+)/.exec(officer.url())![1]))
  await saved(officer)
  const url = officer.url()
  await expect(status(officer)).toHaveText('Draft')
  // An officer has no Publish button, only the review.
  await expect(officer.getByRole('button', { name: 'Publish changes' })).toHaveCount(0)
  await takeAction(officer, 'Submit for review')
  await expect(status(officer)).toHaveText('In review')

  const editor = await signIn(browser, 'editor')
  await expect(editor.getByRole('region', { name: 'Awaiting review' }).getByText(headline)).toBeVisible()
  await editor.goto(url)
  await takeAction(editor, 'Request changes', (page) =>
    page.getByLabel('What needs to change').fill('Name the Council presidency.'),
  )
  await expect(status(editor)).toHaveText('Changes requested')

  await officer.reload()
  await expect(officer.locator('.workflow-panel__note')).toContainText('Name the Council presidency.')
  await officer
    .locator('#field-summary')
    .fill('The SCO Secretary-General briefed the Council under the presidency of China.')
  await saved(officer)
  await takeAction(officer, 'Submit for review')
  await expect(status(officer)).toHaveText('In review')

  await editor.reload()
  await takeAction(editor, 'Approve')
  await expect(status(editor)).toHaveText('Approved')
  await takeAction(editor, 'Publish now')
  await expect(status(editor)).toHaveText('Published')

  const slug = await editor.locator('#field-slug').inputValue()
  const reader = await (await browser.newContext()).newPage()
  await reader.goto(`/en/news/${slug}`)
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(headline)
  await expect(reader.getByText('under the presidency of China')).toBeVisible()
})

test('an embargoed release is absent before its time and public after it', async ({
  browser,
  playwright,
  baseURL,
  newDraft,
}) => {
  test.setTimeout(180_000)
  const editor = await signIn(browser, 'editor')
  const api = editor.context().request
  const origin = { origin: baseURL! }
  const headline = `Embargoed statement ${Date.now()}`
  const doc = await newDraft(headline)

  // The editor embargoes it from the review panel, a little ahead, in Tashkent time.
  await editor.goto(`/admin/collections/press-releases/${doc.id}`)
  await takeAction(editor, 'Submit for review')
  const lift = new Date(Date.now() + 40_000)
  const wall = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Tashkent',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })
    .format(lift)
    .replace(' ', 'T')
  await takeAction(editor, 'Embargo until', async (page) => {
    await page.getByLabel('Embargo lifts at').fill(wall)
    // The zone picker is a searchable combobox (src/workflow/admin/TimeZoneSelect.tsx).
    await page.getByLabel('Time zone').fill('Tashkent')
    await page.getByLabel('Time zone').press('Enter')
  })
  await expect(status(editor)).toHaveText('Scheduled')
  await expect(editor.locator('.workflow-panel__time')).toContainText('Embargoed until')

  const reader = playwright.request
  const publicApi = await reader.newContext({ baseURL })
  expect((await publicApi.get(`/api/press-releases/${doc.id}`)).status()).toBe(404)
  expect((await publicApi.get(`/en/news/${doc.slug}`)).status()).toBe(404)

  // An accredited journalist's private link shows it, clearly marked, until it is revoked.
  const link = await api.post('/api/embargo-links', {
    headers: origin,
    data: { release: doc.id, recipient: 'A. Journalist, TASS' },
  })
  expect(link.ok(), await link.text()).toBeTruthy()
  const { doc: linkDoc } = (await link.json()) as { doc: { id: number; url: string } }
  const journalist = await (await browser.newContext()).newPage()
  await journalist.goto(new URL(linkDoc.url).pathname)
  await expect(journalist.locator('.embargo-banner')).toContainText('Embargoed until')
  await expect(journalist.locator('.embargo-banner')).toContainText('Asia/Tashkent')
  await expect(journalist.getByRole('heading', { level: 1 })).toHaveText(headline)
  await expect(journalist.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  await api.patch(`/api/embargo-links/${linkDoc.id}`, { headers: origin, data: { revoked: true } })
  // A revoked link says so (issue 10, item 7), with none of the release's text.
  await journalist.goto(new URL(linkDoc.url).pathname)
  await expect(journalist.getByRole('heading', { level: 1 })).toHaveText('This link has been revoked')
  await expect(journalist.getByText(headline)).toHaveCount(0)

  // Wait for the lift, then run the queue now instead of waiting for the next minute's tick.
  const admin = await signIn(browser, 'admin')
  const liftAt = new Date(Math.floor(lift.getTime() / 1000) * 1000)
  await expect
    .poll(
      async () => {
        if (Date.now() < liftAt.getTime()) return 404
        await admin.context().request.get('/api/payload-jobs/run', { headers: origin })
        return (await publicApi.get(`/api/press-releases/${doc.id}`)).status()
      },
      { timeout: 90_000, intervals: [2_000] },
    )
    .toBe(200)
  expect((await publicApi.get(`/en/news/${doc.slug}`)).status()).toBe(200)
  await publicApi.dispose()
})
