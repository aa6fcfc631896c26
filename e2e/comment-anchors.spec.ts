import type { APIRequestContext, Page } from '@playwright/test'

import { releaseLocks, selectText, takeOverIfLocked } from './admin-path'
import { expect, signIn, staffHeaders, test } from './site-helpers'

/**
 * Issue 15, item 4, inline comments as two people see them: the officer selects words of the body
 * and comments on them; the editor, with the release open, sees the thread arrive without
 * reloading. The officer edits before and inside the words, and the highlight follows them into
 * the saved draft; resolving the thread unlights the words, reopening lights them again, and
 * deleting them leaves the thread saying so (src/workflow/conversation/anchors).
 */

type Node = { type?: string; text?: string; ids?: string[]; children?: Node[] }

/** The words of each comment mark in the saved draft, by the mark's id. */
async function savedMarks(staff: APIRequestContext, id: number): Promise<Record<string, string>> {
  const response = await staff.get(`/api/press-releases/${id}?draft=true&depth=0`, { headers: staffHeaders })
  const { body } = (await response.json()) as { body: { root: Node } }
  const found: Record<string, string> = {}
  const words = (node: Node): string => node.text ?? (node.children ?? []).map(words).join('')
  const walk = (node: Node) => {
    if (node.type === 'mark') for (const mark of node.ids ?? []) found[mark] = words(node)
    node.children?.forEach(walk)
  }
  walk(body.root)
  return found
}

/** Opens the edit view; when a colleague holds Payload's document lock, reads without taking it. */
async function openToRead(page: Page, id: number) {
  await page.goto(`/admin/collections/press-releases/${id}`)
  const readOnly = page.getByRole('button', { name: 'View read-only' })
  await readOnly.waitFor({ timeout: 5_000 }).then(
    () => readOnly.click(),
    () => undefined,
  )
  await expect(page.locator('.conversation')).toBeVisible()
}

async function moveCaret(page: Page, ...keys: string[]) {
  for (const key of keys) await page.keyboard.press(key)
}

test('an inline comment appears to a colleague, follows its words through edits, and resolving unlights it', async ({
  browser,
  staff,
  newDraft,
}) => {
  test.setTimeout(180_000)
  const draft = await newDraft(`Anchors ${Date.now()}`)
  const officer = await signIn(browser, 'press-officer')
  const editor = await signIn(browser, 'editor')
  try {
    await officer.goto(`/admin/collections/press-releases/${draft.id}`)
    await takeOverIfLocked(officer, staff, draft.id)
    const body = officer.locator('.rich-text-lexical [contenteditable="true"]').first()
    const paragraph = body.locator('p', { hasText: 'first paragraph' })
    await expect(paragraph).toBeVisible()
    await openToRead(editor, draft.id)

    // The officer selects "of the body" and comments on it.
    await paragraph.click()
    await selectText(body, 'of the body')
    await officer.locator('.inline-toolbar-popup button[data-button-key="comment"]').click()
    const conversation = officer.locator('.conversation')
    const composer = conversation.locator('.conversation__draft')
    await expect(composer).toContainText('“of the body”')
    await composer.getByRole('combobox', { name: 'Comment on the selected words' }).fill('Which body?')
    await composer.getByRole('button', { name: 'Comment', exact: true }).click()
    const thread = conversation.locator('.conversation__thread', { hasText: 'Which body?' })
    await expect(thread.locator('.conversation__quote')).toHaveText('“of the body”')
    const lit = body.locator('mark.comment-mark--open')
    await expect(lit).toHaveText('of the body')
    await expect.poll(async () => Object.values(await savedMarks(staff, draft.id))).toEqual(['of the body'])

    // The editor sees the thread arrive without reloading.
    const theirs = editor.locator('.conversation__thread', { hasText: 'Which body?' })
    await expect(theirs.locator('.conversation__quote')).toHaveText('“of the body”', { timeout: 10_000 })

    // Words typed before the range and inside it: the highlight follows, and so does the saved mark.
    await paragraph.click()
    await officer.keyboard.press('Home')
    await officer.keyboard.type('Draft. ')
    await moveCaret(officer, 'End', 'ArrowLeft', ...Array<string>('body'.length).fill('ArrowLeft'))
    await officer.keyboard.type('main ')
    await expect(lit).toHaveText('of the main body')
    await expect(paragraph).toContainText('Draft. Anchors')
    await expect
      .poll(async () => Object.values(await savedMarks(staff, draft.id)))
      .toEqual(['of the main body'])

    // A click on the words brings their thread forward; a click on the thread shows the words.
    await paragraph.getByText('Draft.').click()
    await expect(thread).not.toHaveClass(/conversation__thread--focused/)
    await lit.click()
    await expect(thread).toHaveClass(/conversation__thread--focused/)
    await paragraph.getByText('Draft.').click()
    await expect(lit).not.toHaveClass(/comment-mark--focused/)
    await thread.locator('.conversation__quote').click()
    await expect(lit).toHaveClass(/comment-mark--focused/)

    // Resolved: the words stay, unlit, and the editor's open list loses the thread live.
    await thread.getByRole('button', { name: 'Resolve' }).click()
    await expect(lit).toHaveCount(0)
    await expect(body.locator('mark')).toHaveText('of the main body')
    await expect(theirs).toBeHidden({ timeout: 10_000 })
    // Reopened: lit again.
    await conversation.getByRole('button', { name: 'Show 1 resolved' }).click()
    await conversation.getByRole('button', { name: 'Reopen' }).click()
    await expect(lit).toHaveText('of the main body')
    await expect(theirs).toBeVisible({ timeout: 10_000 })

    // The editor's copy was opened before the words were saved; after a reload they are lit there too.
    await openToRead(editor, draft.id)
    await expect(editor.locator('.rich-text-lexical mark.comment-mark--open')).toHaveText('of the main body')

    // The words deleted: the thread stays and says so.
    await paragraph.click()
    await selectText(body, 'of the main body')
    await officer.keyboard.press('Backspace')
    await expect(body.locator('mark')).toHaveCount(0)
    await expect(thread.getByTestId('anchor-gone')).toHaveText(
      'These words are no longer in the text (deleted, or not in this language).',
    )
  } finally {
    await officer.context().close()
    await editor.context().close()
    await releaseLocks(staff, 'press-releases', draft.id)
  }
})
