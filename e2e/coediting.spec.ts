import type { APIRequestContext, Browser, Page } from '@playwright/test'

import {
  documentLocks,
  insertQuoteBlock,
  pickKeyQuote,
  releaseLocks,
  savedQuotes,
  seededSpeech,
  takeOverIfLocked,
} from './admin-path'
import { paragraphNode } from '../src/content/lexical'

import { expect, signIn, staffHeaders, test } from './site-helpers'

/**
 * Issue 15, item 3: two people type into the same release body at once, live, through the
 * co-editing sync server (src/collab), and both edits are stored in the draft.
 */

async function storedBody(staff: APIRequestContext, id: number): Promise<string> {
  const response = await staff.get(`/api/press-releases/${id}?draft=true&depth=0`, { headers: staffHeaders })
  return JSON.stringify(((await response.json()) as { body: unknown }).body)
}

const body = (page: Page) => page.locator('[data-field-path="body"] [contenteditable="true"]').first()

/** Messages of the browser that say the admin's Content-Security-Policy refused something. */
function refusals(page: Page): string[] {
  const refused: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text())
  })
  return refused
}

async function open(page: Page, staff: APIRequestContext, id: number) {
  await page.goto(`/admin/collections/press-releases/${id}`)
  await takeOverIfLocked(page, staff, id)
  // Editable only once synced with the sync server, and the text arrives from there.
  await expect(body(page)).toBeVisible()
  await expect(body(page)).toContainText(/\w/)
  await expect(page.locator('.collab-status')).toHaveCount(0)
}

/**
 * The officer and the editor, each with release `id` open in their own browser, for `run`; what
 * the admin's policy refused on their pages is given too. Pages closed and locks released after.
 */
async function together(
  browser: Browser,
  staff: APIRequestContext,
  id: number,
  run: (officer: Page, editor: Page, refused: string[][]) => Promise<void>,
) {
  const officer = await signIn(browser, 'press-officer')
  const editor = await signIn(browser, 'editor')
  const refused = [officer, editor].map(refusals)
  try {
    await open(officer, staff, id)
    await open(editor, staff, id)
    await run(officer, editor, refused)
  } finally {
    await officer.context().close()
    await editor.context().close()
    await releaseLocks(staff, 'press-releases', id)
  }
}

test('two people type into the same body at once: both edits survive, live and after reload', async ({
  browser,
  staff,
  newDraft,
}) => {
  test.setTimeout(180_000)
  const stamp = Date.now()
  const draft = await newDraft(`Co-edited ${stamp}`)
  await together(browser, staff, draft.id, async (officer, editor, refused) => {
    const mine = `Officer words ${stamp}.`
    const theirs = `Editor words ${stamp}.`
    const formSaves: string[] = []
    for (const page of [officer, editor])
      page.on('request', (request) => {
        if (
          request.method() === 'PATCH' &&
          new URL(request.url()).pathname === `/api/press-releases/${draft.id}`
        )
          formSaves.push(request.url())
      })
    // Both at once: the officer at the end of the text, the editor at its start.
    await body(officer).click()
    await officer.keyboard.press('Control+End')
    await body(editor).click()
    await editor.keyboard.press('Control+Home')
    await Promise.all([
      officer.keyboard.type(` ${mine}`, { delay: 15 }),
      editor.keyboard.type(`${theirs} `, { delay: 15 }),
    ])
    // Live: each sees the other's words without a reload.
    await expect(officer.locator('[data-field-path="body"]')).toContainText(theirs)
    await expect(editor.locator('[data-field-path="body"]')).toContainText(mine)
    // Stored in the draft through Payload.
    await expect
      .poll(async () => {
        const stored = await storedBody(staff, draft.id)
        return stored.includes(mine) && stored.includes(theirs)
      })
      .toBe(true)
    // Typing in the shared body is not a change of the form (the sync server stores it): no form
    // autosaved, so neither took Payload's document lock from the other and got its "locked"
    // dialog mid-sentence (under load the second one did, and its next keys went to the dialog's
    // buttons: its page left for the list).
    expect(formSaves).toEqual([])
    expect(await documentLocks(staff, 'press-releases', draft.id)).toEqual([])
    for (const page of [officer, editor]) {
      await page.reload()
      await expect(page.locator('[data-field-path="body"]')).toContainText(mine)
      await expect(page.locator('[data-field-path="body"]')).toContainText(theirs)
    }
    // The sync server's address is allowed by the admin's policy (src/content/collabAddress.ts).
    expect(refused.flat()).toEqual([])
  })
})

test('a version restored while a colleague has the body open reaches their editor live, and their next words keep it', async ({
  browser,
  staff,
  newDraft,
}) => {
  test.setTimeout(120_000)
  const stamp = Date.now()
  const draft = await newDraft(`Restored ${stamp}`)
  const added = `A paragraph the restore takes away ${stamp}.`
  // A second version of the draft, with one more paragraph.
  const first = (await (
    await staff.get(`/api/press-releases/${draft.id}?draft=true&depth=0`, { headers: staffHeaders })
  ).json()) as { body: { root: { children: unknown[] } } }
  const second = {
    root: {
      ...first.body.root,
      children: [...first.body.root.children, paragraphNode(added)],
    },
  }
  const saved = await staff.patch(`/api/press-releases/${draft.id}?draft=true`, {
    data: { body: second },
    headers: staffHeaders,
  })
  expect(saved.ok(), await saved.text()).toBeTruthy()

  const officer = await signIn(browser, 'press-officer')
  try {
    await open(officer, staff, draft.id)
    await expect(body(officer)).toContainText(added)

    // The editor restores the first version (as the Versions view's "Restore" does) through the API.
    const versions = (await (
      await staff.get(
        `/api/press-releases/versions?where[parent][equals]=${draft.id}&sort=createdAt&limit=1&depth=0`,
        { headers: staffHeaders },
      )
    ).json()) as { docs: { id: string }[] }
    const restored = await staff.post(`/api/press-releases/versions/${versions.docs[0]!.id}?draft=true`, {
      headers: staffHeaders,
    })
    expect(restored.ok(), await restored.text()).toBeTruthy()

    // The officer's open editor loses the paragraph without a reload…
    await expect(body(officer)).not.toContainText(added)
    // …and the words they type next are stored on top of the restored text, not over it.
    await body(officer).click()
    await officer.keyboard.press('Control+End')
    await officer.keyboard.type(` Typed after the restore ${stamp}.`)
    await expect
      .poll(async () => {
        const stored = await storedBody(staff, draft.id)
        return stored.includes(`Typed after the restore ${stamp}.`) && !stored.includes(added)
      })
      .toBe(true)
  } finally {
    await officer.context().close()
    await releaseLocks(staff, 'press-releases', draft.id)
  }
})

test("a quote picked in a block travels through the live text: the colleague sees it and the draft stores it without the form's save", async ({
  browser,
  staff,
  newDraft,
}) => {
  test.setTimeout(180_000)
  const stamp = Date.now()
  const speech = await seededSpeech(staff)
  const keyQuote = speech.quotes[2]!.quote
  const draft = await newDraft(`Quoted live ${stamp}`, { speeches: [speech.id] })
  await together(browser, staff, draft.id, async (officer, editor) => {
    // The officer's form never saves: whatever reaches the draft comes through the sync server.
    await officer.route(
      (url) => url.pathname === `/api/press-releases/${draft.id}`,
      async (route) => (route.request().method() === 'GET' ? route.continue() : route.abort()),
    )
    const first = (await body(officer).locator('p').first().textContent())!.slice(0, 30)
    const quoted = await insertQuoteBlock(officer, first)
    await pickKeyQuote(officer, quoted, speech, keyQuote)
    // In the stored draft, from the room.
    await expect
      .poll(async () => (await savedQuotes(staff, draft.id)).map((block) => block.quote), { timeout: 20_000 })
      .toEqual([keyQuote])
    // …and live in the editor's page, whose form is left alone (no autosave, no lock taken from the officer).
    const theirs = editor.locator('.LexicalEditorTheme__block-speechQuote')
    await expect(theirs.getByTestId('quote-check')).toHaveText(`Found in “${speech.title}”`)
    // The editor marks it a paraphrase in their copy of the block: the officer sees it, and the stored
    // block keeps the officer's speech and words beside the mark (no stale copy written back).
    await theirs.getByRole('checkbox', { name: 'Paraphrase' }).check()
    await expect(quoted.getByRole('checkbox', { name: 'Paraphrase' })).toBeChecked()
    await expect
      .poll(async () => await savedQuotes(staff, draft.id), { timeout: 20_000 })
      .toEqual([{ quote: keyQuote, paraphrase: true }])
    await expect(officer.locator('#document-locked')).toHaveCount(0)
  })
})

test('a text the server refuses to store says why under the body, and is stored once cut back', async ({
  browser,
  staff,
  newDraft,
}) => {
  test.setTimeout(120_000)
  const stamp = Date.now()
  const draft = await newDraft(`Refused ${stamp}`)
  const officer = await signIn(browser, 'press-officer')
  try {
    await open(officer, staff, draft.id)
    await body(officer).click()
    await officer.keyboard.press('Control+End')
    // A paste beyond the body's limit of 2 MB (src/fields/limitCheck.ts).
    await officer.keyboard.insertText(` ${'pasted '.repeat(300_000)}`)
    const refused = officer.locator('.collab-refused')
    await expect(refused).toContainText('not saved', { timeout: 30_000 })
    await expect(refused).toContainText('at most 2000000 bytes of rich text')
    expect(await storedBody(staff, draft.id)).not.toContain('pasted')
    // Undone, and a few words more: stored, and the notice goes.
    await officer.keyboard.press('Control+Z')
    await expect(body(officer)).not.toContainText('pasted')
    await officer.keyboard.type(` Kept ${stamp}.`)
    await expect(refused).toBeHidden({ timeout: 20_000 })
    await expect.poll(() => storedBody(staff, draft.id)).toContain(`Kept ${stamp}.`)
    expect(await storedBody(staff, draft.id)).not.toContain('pasted')
  } finally {
    await officer.context().close()
    await releaseLocks(staff, 'press-releases', draft.id)
  }
})
