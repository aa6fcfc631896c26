import type { APIRequestContext, Page } from '@playwright/test'

import { editorState, paragraphNode, plainText } from '../src/content/lexical'
import { publicCopy } from '../src/content/staffMarks'
import { openSuggestions } from '../src/content/suggestions'

import { caretBefore, panelOf, releaseLocks, saved, selectText, takeOverIfLocked } from './admin-path'
import { account, createDraftRelease, expect, signIn, staffHeaders, test, workflow } from './site-helpers'

/**
 * Suggestions in the body (issue 15, item 5), as a press office uses them: an editor switches to
 * Suggest, types an insertion and deletes a word; Publish is refused while they are open, with
 * the reason in the review panel; the author (a press officer) accepts one from the card in the
 * text and rejects the other from the list, and the stored body is right after a reload.
 */

const sentence = 'The ministers met the secret delegation in Vienna.'

async function storedBody(staff: APIRequestContext, id: number): Promise<unknown> {
  const response = await staff.get(`/api/press-releases/${id}?draft=true&depth=0`, { headers: staffHeaders })
  return ((await response.json()) as { body?: unknown }).body
}

/** A draft release by the officer signed in on `page` (so its author), its body the sentence. */
async function writtenDraft(page: Page, headline: string, paragraphs = [sentence]) {
  const draft = await createDraftRelease(page.context().request, headline)
  const written = await page.context().request.patch(`/api/press-releases/${draft.id}?draft=true`, {
    data: { body: editorState(paragraphs.map((words) => paragraphNode(words))) },
    headers: staffHeaders,
  })
  expect(written.ok(), await written.text()).toBeTruthy()
  return draft
}

const bodyOf = (page: Page) => page.locator('.rich-text-lexical [contenteditable="true"]').first()

test('an editor suggests, publishing waits, and the author accepts one suggestion and rejects the other', async ({
  browser,
  staff,
  cleanup,
}) => {
  test.setTimeout(240_000)
  // The officer writes the release (so is its author) and submits it.
  const officer = await signIn(browser, 'press-officer')
  const draft = await writtenDraft(officer, `Suggestions ${Date.now()}`)
  cleanup('press-releases', draft.id)
  await workflow(officer.context().request, draft.id, { action: 'submit' })

  const editor = await signIn(browser, 'editor')
  await editor.goto(`/admin/collections/press-releases/${draft.id}`)
  const body = bodyOf(editor)
  await expect(body).toContainText(sentence)
  await editor.getByRole('button', { name: 'Suggest changes' }).click()
  await expect(editor.getByRole('button', { name: 'Suggesting: on' })).toHaveAttribute('aria-pressed', 'true')

  // An insertion before the full stop…
  await body.getByText(sentence).click()
  await editor.keyboard.press('End')
  await editor.keyboard.press('ArrowLeft')
  await editor.keyboard.type(' today')
  await expect(body.locator('ins.suggestion--insertion')).toHaveText(' today')
  // …and a word deleted: it stays, struck through.
  await selectText(body, 'secret')
  await editor.keyboard.press('Backspace')
  await expect(body.locator('del.suggestion--deletion')).toHaveText(/^secret ?$/)
  await expect(body).toContainText('The ministers met the secret delegation in Vienna today.')

  const list = editor.locator('.suggestion-bar__list')
  await expect(list).toContainText('2 open suggestions')
  await saved(editor)
  await expect
    .poll(async () => openSuggestions(await storedBody(staff, draft.id)).length, { timeout: 20_000 })
    .toBe(2)

  // Publish is refused while they are open, and the panel says why.
  await panelOf(editor).getByRole('button', { name: 'Publish now', exact: true }).click()
  await expect(panelOf(editor).getByRole('alert')).toContainText(
    '“Publish now” is refused: the body holds 2 open suggestions (English 2)',
  )
  await editor.context().close()

  // The author decides: the insertion from the card in the text, the deletion from the list.
  await officer.goto(`/admin/collections/press-releases/${draft.id}`)
  await takeOverIfLocked(officer, staff, draft.id)
  const officerBody = bodyOf(officer)
  await expect(officer.locator('.suggestion-bar__list')).toContainText('2 open suggestions')
  await officerBody.locator('ins.suggestion--insertion').click()
  const card = officer.locator('.suggestion-popover')
  await expect(card).toContainText('suggested adding')
  await card.getByRole('button', { name: /^Accept adding/ }).click()
  await expect(officerBody.locator('ins')).toHaveCount(0)
  await officer
    .locator('.suggestion-bar__list')
    .getByRole('button', { name: /^Reject deleting “secret/ })
    .click()
  await expect(officerBody.locator('del')).toHaveCount(0)
  await expect(officer.locator('.suggestion-bar__list')).toHaveCount(0)
  // The sync server stores the decisions (the officer has no review action, so no "save first" hint to wait on).
  await expect
    .poll(async () => openSuggestions(await storedBody(staff, draft.id)).length, { timeout: 30_000 })
    .toBe(0)
  expect(plainText(await storedBody(staff, draft.id))).toBe(
    'The ministers met the secret delegation in Vienna today.',
  )

  await officer.reload()
  await expect(bodyOf(officer)).toContainText('The ministers met the secret delegation in Vienna today.')
  await expect(bodyOf(officer).locator('.suggestion')).toHaveCount(0)
  expect(openSuggestions(await storedBody(staff, draft.id))).toEqual([])
  // Nothing holds the text now.
  await workflow(staff, draft.id, { action: 'publish' })
  await officer.context().close()
  await releaseLocks(staff, 'press-releases', draft.id)
})

test('words composed with an input method (Chinese) become a suggestion too', async ({
  browser,
  staff,
  cleanup,
}) => {
  test.setTimeout(120_000)
  const officer = await signIn(browser, 'press-officer')
  const draft = await writtenDraft(officer, `Composed ${Date.now()}`)
  cleanup('press-releases', draft.id)
  await officer.context().close()

  const editor = await signIn(browser, 'editor')
  try {
    await editor.goto(`/admin/collections/press-releases/${draft.id}`)
    await takeOverIfLocked(editor, staff, draft.id)
    const body = bodyOf(editor)
    await expect(body).toContainText(sentence)
    await editor.getByRole('button', { name: 'Suggest changes' }).click()
    await body.getByText(sentence).click()
    await editor.keyboard.press('End')
    // What an input method does (Chromium's own IME events): pinyin first, then the characters chosen.
    const ime = await editor.context().newCDPSession(editor)
    await ime.send('Input.imeSetComposition', { text: 'hezuo', selectionStart: 5, selectionEnd: 5 })
    await ime.send('Input.imeSetComposition', { text: '合作', selectionStart: 2, selectionEnd: 2 })
    await ime.send('Input.insertText', { text: '合作' })
    await expect(body.locator('ins.suggestion--insertion')).toHaveText('合作')
    await expect(body).toContainText(`${sentence}合作`)
    // Composed over a selected word: the word is suggested for deletion, the characters for insertion.
    await selectText(body, 'secret')
    await ime.send('Input.imeSetComposition', { text: 'mimi', selectionStart: 4, selectionEnd: 4 })
    await ime.send('Input.insertText', { text: '秘密' })
    await expect(body.locator('del.suggestion--deletion')).toHaveText('secret')
    await expect(body.locator('ins.suggestion--insertion').first()).toHaveText('秘密')
    await expect(body).toContainText('the secret秘密 delegation')
    await expect
      .poll(async () => openSuggestions(await storedBody(staff, draft.id)).length, { timeout: 20_000 })
      .toBe(3)
    // Stored as the editor's proposals, for the author to accept or reject.
    const byName = account('editor').name
    expect(openSuggestions(await storedBody(staff, draft.id))).toMatchObject([
      { kind: 'deletion', text: 'secret', byName },
      { kind: 'insertion', text: '秘密', byName },
      { kind: 'insertion', text: '合作', byName },
    ])
  } finally {
    await editor.context().close()
    await releaseLocks(staff, 'press-releases', draft.id)
  }
})

test('a new paragraph and a join are suggested, and the author rejects one and accepts the other', async ({
  browser,
  staff,
  cleanup,
}) => {
  test.setTimeout(180_000)
  const first = 'The ministers met in Vienna. The talks began at noon.'
  const second = 'A joint statement followed.'
  const officer = await signIn(browser, 'press-officer')
  const draft = await writtenDraft(officer, `Paragraphs ${Date.now()}`, [first, second])
  cleanup('press-releases', draft.id)
  const paragraphsOf = async () =>
    ((await storedBody(staff, draft.id)) as { root: { children: unknown[] } }).root.children.map((block) =>
      plainText(editorState([block as never])),
    )

  const editor = await signIn(browser, 'editor')
  try {
    await editor.goto(`/admin/collections/press-releases/${draft.id}`)
    await takeOverIfLocked(editor, staff, draft.id)
    const body = bodyOf(editor)
    await expect(body).toContainText(second)
    // Synced with the sync server (the text arrives from there): the caret will stay where it is put.
    await expect(editor.locator('.collab-status')).toHaveCount(0)
    await editor.getByRole('button', { name: 'Suggest changes' }).click()
    // Enter before the second sentence: it starts a paragraph of its own, marked as proposed.
    await caretBefore(body, 'The talks')
    await editor.keyboard.press('Enter')
    await expect(body.locator('p')).toHaveCount(3)
    await expect(body.locator('p').nth(1)).toHaveText('The talks began at noon.')
    await expect(body.locator('span.suggestion--insertion')).toHaveCount(1)
    // Backspace at the start of the last paragraph: joining it with the one before, proposed.
    await caretBefore(body, second)
    await editor.keyboard.press('Backspace')
    await expect(body.locator('span.suggestion--deletion')).toHaveCount(1)
    await expect(body.locator('p')).toHaveCount(3)
    const list = editor.locator('.suggestion-bar__list')
    await expect(list).toContainText('suggested starting a new paragraph')
    await expect(list).toContainText('suggested joining two paragraphs')
    await expect
      .poll(async () => openSuggestions(await storedBody(staff, draft.id)), { timeout: 20_000 })
      .toMatchObject([
        { kind: 'insertion', paragraph: true },
        { kind: 'deletion', paragraph: true },
      ])
    // Until decided, what the public and search would read is the text as it was.
    expect(plainText(publicCopy(await storedBody(staff, draft.id)))).toBe(`${first}\n\n${second}`)
  } finally {
    await editor.context().close()
  }

  await officer.goto(`/admin/collections/press-releases/${draft.id}`)
  await takeOverIfLocked(officer, staff, draft.id)
  const officerList = officer.locator('.suggestion-bar__list')
  await officerList.getByRole('button', { name: 'Reject starting a new paragraph' }).click()
  await expect(bodyOf(officer).locator('p')).toHaveCount(2)
  // The join from the card that a click on its mark (a struck ¶) opens.
  await bodyOf(officer).locator('span.suggestion--deletion').click()
  const card = officer.locator('.suggestion-popover')
  await expect(card).toContainText('suggested joining two paragraphs')
  await card.getByRole('button', { name: 'Accept joining two paragraphs' }).click()
  await expect(bodyOf(officer).locator('p')).toHaveCount(1)
  await expect(bodyOf(officer).locator('.suggestion')).toHaveCount(0)
  await expect.poll(paragraphsOf, { timeout: 30_000 }).toEqual([`${first}${second}`])
  expect(openSuggestions(await storedBody(staff, draft.id))).toEqual([])
  await officer.context().close()
  await releaseLocks(staff, 'press-releases', draft.id)
})
