import type { APIRequestContext, Page } from '@playwright/test'
import sharp from 'sharp'

import { releaseLocks } from './admin-path'
import { expect, signIn, staffHeaders, test, uploadImage, workflow } from './site-helpers'

/**
 * Issue 10, item 3, as people do it in the admin: a press officer's change to a published record
 * or to a file a published release shows never reaches the public without an editor.
 * Everything made here is deleted after each test (`cleanup`, `newDraft`).
 */

async function created(response: Awaited<ReturnType<APIRequestContext['post']>>) {
  expect(response.ok(), await response.text()).toBeTruthy()
  return ((await response.json()) as { doc: { id: number } }).doc
}

/** A field of a record as stored: its public copy, or its latest draft. */
async function storedField(staff: APIRequestContext, path: string, field: string, draft = false) {
  const response = await staff.get(`/api/${path}?depth=0${draft ? '&draft=true' : ''}`, {
    headers: staffHeaders,
  })
  return ((await response.json()) as Record<string, unknown>)[field]
}

/** Reloads the public page until `text` shows (the page is cached; publication refreshes it). */
async function eventuallyShows(page: Page, url: string, name: string) {
  await expect(async () => {
    await page.goto(url)
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
}

test('an officer’s change to a published speech waits for an editor, who publishes it from the dashboard', async ({
  browser,
  page,
  staff,
  cleanup,
  newDraft,
}) => {
  test.setTimeout(180_000)
  const stamp = Date.now()
  const oldTitle = `Address to the Council ${stamp}`
  const newTitle = `Address to the Security Council ${stamp}`
  const speaker = await created(
    await staff.post('/api/participants', {
      headers: staffHeaders,
      data: { name: `Speaker ${stamp}`, kind: 'person', _status: 'published' },
    }),
  )
  cleanup('participants', speaker.id)
  const speech = await created(
    await staff.post('/api/speeches', {
      headers: staffHeaders,
      data: {
        title: oldTitle,
        speaker: speaker.id,
        date: '2026-11-19T00:00:00.000Z',
        // One key quote: the admin sends an empty list as 0, which the data-shape check of
        // src/fields/dataShape.ts refuses (reported to the lead).
        quotes: [{ quote: 'Security is indivisible.' }],
        _status: 'published',
      },
    }),
  )
  cleanup('speeches', speech.id)
  const release = await newDraft(`Release quoting a speech ${stamp}`, { speeches: [speech.id] })
  await workflow(staff, release.id, { action: 'submit' })
  await workflow(staff, release.id, { action: 'publish' })
  const releaseUrl = `/en/news/${release.slug}`
  await eventuallyShows(page, releaseUrl, oldTitle)

  // The officer edits the title; autosave keeps it as a draft, and no control publishes it.
  const officer = await signIn(browser, 'press-officer')
  await officer.goto(`/admin/collections/speeches/${speech.id}`)
  await officer.locator('#field-title').fill(newTitle)
  await expect
    .poll(() => storedField(staff, `speeches/${speech.id}`, 'title', true), { timeout: 30_000 })
    .toBe(newTitle)
  await expect(officer.getByRole('button', { name: 'Publish changes' })).toHaveCount(0)
  await expect(officer.getByRole('button', { name: /^Unpublish/ })).toHaveCount(0)
  expect(await storedField(staff, `speeches/${speech.id}`, 'title')).toBe(oldTitle)
  await page.goto(releaseUrl)
  await expect(page.getByRole('link', { name: oldTitle, exact: true })).toBeVisible()
  await expect(page.getByText(newTitle)).toHaveCount(0)
  await officer.context().close()

  // The editor finds it in the dashboard's queue and publishes it with Payload's own button.
  const editor = await signIn(browser, 'editor')
  await editor.goto('/admin')
  const queue = editor.getByRole('region', { name: 'Record changes to publish' })
  await expect(queue.getByText('changed since published')).toBeVisible()
  await queue.getByRole('link', { name: newTitle }).click()
  await expect(editor).toHaveURL(new RegExp(`/admin/collections/speeches/${speech.id}`))
  // The officer's open edit view still holds Payload's document lock (autosaved views keep it
  // until it expires): the editor takes over, as the admin offers.
  await editor
    .getByRole('button', { name: 'Take over' })
    .click({ timeout: 5_000 })
    .catch(() => undefined)
  await expect(editor.locator('#field-title')).toHaveValue(newTitle)
  await editor.getByRole('button', { name: 'Publish changes' }).click()
  await expect
    .poll(() => storedField(staff, `speeches/${speech.id}`, 'title'), { timeout: 30_000 })
    .toBe(newTitle)
  await eventuallyShows(page, releaseUrl, newTitle)
  await editor.goto('/admin')
  await expect(queue.getByRole('link', { name: newTitle })).toHaveCount(0)
  await releaseLocks(staff, 'speeches', speech.id)
})

test('an officer cannot change the alt text of an image a published release shows', async ({
  browser,
  staff,
  cleanup,
  newDraft,
}) => {
  test.setTimeout(120_000)
  const stamp = Date.now()
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#14783c' } })
    .png()
    .toBuffer()
  const image = await uploadImage(staff, `approval-${stamp}.png`, png, 'Ministers at the table')
  cleanup('media', image.id)
  const headline = `Release with a hero ${stamp}`
  const release = await newDraft(headline, { heroImage: image.id })
  await workflow(staff, release.id, { action: 'submit' })
  await workflow(staff, release.id, { action: 'publish' })

  const officer = await signIn(browser, 'press-officer')
  await officer.goto(`/admin/collections/media/${image.id}`)
  await officer.locator('#field-alt').fill('Something else entirely')
  await officer.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(officer.getByText(`published release “${headline}”`)).toBeVisible()
  expect(await storedField(staff, `media/${image.id}`, 'alt')).toBe('Ministers at the table')
  await officer.context().close()
  await releaseLocks(staff, 'media', image.id)
})
