import type { APIRequestContext } from '@playwright/test'

import { expect, signIn, staffHeaders, test, workflow } from './site-helpers'

/**
 * Issue 10, item 5 (linked records in the review) and item 3's preview, as people do it: an
 * officer changes the title of a speech that a submitted release links to; the editor sees the
 * old and new title in the release's review, previews the release with the new title, while the
 * public keeps the published one until the editor publishes the change.
 * Everything made here is deleted after the test (`cleanup`, `newDraft`).
 */

async function created(response: Awaited<ReturnType<APIRequestContext['post']>>) {
  expect(response.ok(), await response.text()).toBeTruthy()
  return ((await response.json()) as { doc: { id: number; slug: string } }).doc
}

async function draftTitle(staff: APIRequestContext, id: number) {
  const response = await staff.get(`/api/speeches/${id}?depth=0&draft=true`, { headers: staffHeaders })
  return ((await response.json()) as { title?: string }).title
}

/**
 * Payload keeps the officer's document lock after the browser is gone, and a locked record
 * cannot be published by someone else: the test lets it go, as "Take over" would.
 */
async function releaseLock(staff: APIRequestContext, id: number) {
  const response = await staff.get(
    `/api/payload-locked-documents?depth=0&where[document.relationTo][equals]=speeches&where[document.value][equals]=${id}`,
    { headers: staffHeaders },
  )
  const { docs } = (await response.json()) as { docs: { id: number }[] }
  for (const lock of docs)
    await staff.delete(`/api/payload-locked-documents/${lock.id}`, { headers: staffHeaders })
}

test('an editor sees a linked speech’s pending title in the review and the preview; the public does not until it is published', async ({
  browser,
  page,
  staff,
  cleanup,
  newDraft,
}) => {
  test.setTimeout(180_000)
  const stamp = Date.now()
  const oldTitle = `Address on regional security ${stamp}`
  const newTitle = `Address on regional security and trade ${stamp}`
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
        // The admin sends an empty list of key quotes as 0, which autosave refuses (see record-approval.spec).
        quotes: [{ quote: 'Security is indivisible.' }],
        _status: 'published',
      },
    }),
  )
  cleanup('speeches', speech.id)
  const release = await newDraft(`Release on a speech ${stamp}`, { speeches: [speech.id] })
  await workflow(staff, release.id, { action: 'submit' })

  // The officer retitles the speech in the admin; autosave keeps it as a draft.
  const officer = await signIn(browser, 'press-officer')
  await officer.goto(`/admin/collections/speeches/${speech.id}`)
  await officer.locator('#field-title').fill(newTitle)
  await expect.poll(() => draftTitle(staff, speech.id), { timeout: 30_000 }).toBe(newTitle)
  await officer.context().close()
  await releaseLock(staff, speech.id)

  // The editor opens the submitted release: its review lists the change, old and new title.
  const editor = await signIn(browser, 'editor')
  await editor.goto(`/admin/collections/press-releases/${release.id}`)
  const linked = editor.getByRole('region', { name: 'Linked records' })
  await expect(linked.getByText('Not yet public')).toBeVisible()
  await expect(linked.locator('del', { hasText: oldTitle })).toBeVisible()
  await expect(linked.locator('ins', { hasText: newTitle })).toBeVisible()
  await expect(linked.getByRole('link', { name: 'Compare versions' })).toHaveAttribute(
    'href',
    new RegExp(`/admin/collections/speeches/${speech.id}/versions/\\d+\\?versionFrom=\\d+`),
  )

  // The editor's preview of the release shows the speech's new title.
  const releasePath = `/en/news/${release.slug}`
  await editor.goto(`/api/preview?path=${encodeURIComponent(releasePath)}`)
  await expect(editor).toHaveURL(new RegExp(`${releasePath}$`))
  await expect(editor.getByRole('link', { name: newTitle, exact: true })).toBeVisible()
  await expect(editor.getByText(oldTitle, { exact: true })).toHaveCount(0)

  // The public sees the published title on the speech's page, never the draft.
  const speechPath = `/en/speeches/${speech.slug}`
  await page.goto(speechPath)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(oldTitle)
  await expect(page.getByText(newTitle)).toHaveCount(0)
  expect((await page.goto(releasePath))?.status()).toBe(404)
  // Nor with the editor's draft-mode cookie alone, without a staff session.
  const bypass = (await editor.context().cookies()).filter((cookie) => cookie.name === '__prerender_bypass')
  expect(bypass).toHaveLength(1)
  const stranger = await browser.newContext()
  await stranger.addCookies(bypass)
  const strangerPage = await stranger.newPage()
  await strangerPage.goto(speechPath)
  await expect(strangerPage.getByRole('heading', { level: 1 })).toHaveText(oldTitle)
  await stranger.close()

  // The editor publishes the change from the review; then the public sees it.
  await editor.goto(`/admin/collections/press-releases/${release.id}`)
  await linked.getByRole('button', { name: 'Publish this change' }).click()
  await expect(linked.getByText('Not yet public')).toHaveCount(0, { timeout: 30_000 })
  await expect(async () => {
    await page.goto(speechPath)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(newTitle, { timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
  await editor.goto('/api/preview/exit?path=/en')
  await editor.context().close()
})
