import type { APIRequestContext, Locator, Page } from '@playwright/test'

import { blockFieldsOf } from '../src/content/lexical'

import { expect, signedInId, staffHeaders } from './site-helpers'

/** Steps in the admin shared by the editorial specs (e2e/editorial-path, quotes and workflow). */

export type Speech = { id: number; title: string; quotes: { quote: string }[] }

export const status = (page: Page) => page.getByTestId('workflow-status')
export const panelOf = (page: Page) => page.locator('.workflow-panel')

/** An action from the review panel, with what it asks for first (a reason, a time). */
export async function takeAction(page: Page, label: string, fill?: (page: Page) => Promise<void>) {
  const button = panelOf(page).getByRole('button', { name: label, exact: true })
  await hydrated(button)
  await button.click()
  if (fill) {
    await fill(page)
    await panelOf(page)
      .getByRole('button', { name: `Confirm: ${label}` })
      .click()
  }
  await page.waitForLoadState('load')
}

/**
 * React has taken over the server-rendered element (it keeps its props on the node): a click
 * before that is lost, as after each action's reload (a first-try failure of e2e/quotes in CI).
 */
export const hydrated = (locator: Locator) =>
  expect
    .poll(() => locator.evaluate((node) => Object.keys(node).some((key) => key.startsWith('__reactProps$'))))
    .toBe(true)

/** Autosave has stored what was typed (the review actions apply to the saved text). */
export const saved = (page: Page) =>
  expect(page.locator('.workflow-panel__hint')).toBeHidden({ timeout: 20_000 })

/**
 * On a create page where something was typed: the first draft is saved and its own page has
 * replaced the create page (src/fields/firstDraft), its headline `headline`; returns its id.
 */
export async function openedFirstDraft(page: Page, headline: string): Promise<number> {
  await expect(page).toHaveURL(/\/press-releases\/\d+$/, { timeout: 30_000 })
  await expect(page.locator('.first-draft-moving')).toHaveCount(0)
  await expect(page.locator('#field-headline')).toHaveValue(headline)
  return Number(/\/press-releases\/(\d+)$/.exec(page.url())![1])
}

/**
 * The release body once it takes typing: on a saved release it stays read-only until the
 * co-editing connection has loaded the text (src/blocks/collab/Plugin.client.tsx), and what is
 * typed before that is not taken.
 */
export async function editableBody(page: Page): Promise<Locator> {
  const body = page.locator('.rich-text-lexical [contenteditable="true"]').first()
  await expect(body).toBeVisible({ timeout: 30_000 })
  await expect(page.locator('.collab-status')).toHaveCount(0)
  return body
}

/**
 * Another user has release `id` open: take it over (Payload's document lock), as the admin offers.
 * The locks are read first: a release nobody else holds shows no dialog, and is not waited for.
 */
export async function takeOverIfLocked(page: Page, staff: APIRequestContext, id: number) {
  const me = await signedInId(page)
  const locks = await staff.get(
    `/api/payload-locked-documents?depth=0&where[document.relationTo][equals]=press-releases&where[document.value][equals]=${id}`,
    { headers: staffHeaders },
  )
  const { docs } = (await locks.json()) as { docs: { user?: { value: number } }[] }
  if (docs.every((lock) => lock.user?.value === me)) return
  // Payload opens the dialog as the edit view hydrates, which on a busy machine can be long after
  // the page loaded (a fixed 10 s wait missed it in CI, and the dialog then covered the next
  // step): that is waited for, then a moment more (a lock that expired meanwhile shows none).
  await hydrated(page.locator('#field-headline'))
  const takeOver = page.getByRole('button', { name: 'Take over' })
  await takeOver.waitFor({ timeout: 5_000 }).then(
    () => takeOver.click(),
    () => undefined,
  )
}

/**
 * Payload keeps a person's document lock after the browser is gone (until it expires), and a
 * locked record cannot be deleted: the test releases it so that `cleanup` can delete the record.
 */
export async function releaseLocks(staff: APIRequestContext, collection: string, id: number) {
  for (const lock of await documentLocks(staff, collection, id))
    await staff.delete(`/api/payload-locked-documents/${lock.id}`, { headers: staffHeaders })
}

/** Payload's document locks on record `id` of `collection`, and whose they are. */
export async function documentLocks(staff: APIRequestContext, collection: string, id: number) {
  const response = await staff.get('/api/payload-locked-documents?depth=0&limit=100', {
    headers: staffHeaders,
  })
  const { docs } = (await response.json()) as {
    docs: { id: number; document?: { relationTo: string; value: number }; user?: { value: number } }[]
  }
  return docs.filter((lock) => lock.document?.relationTo === collection && lock.document.value === id)
}

export async function seededSpeech(staff: APIRequestContext): Promise<Speech> {
  const response = await staff.get(
    '/api/speeches?where[slug][equals]=norov-un-sco-2019-opening-remarks&depth=0&limit=1',
    { headers: staffHeaders },
  )
  return ((await response.json()) as { docs: Speech[] }).docs[0]!
}

/** The fields of each quote block in release `id`'s latest saved text (autosave included). */
async function savedQuoteBlocks(staff: APIRequestContext, id: number) {
  const response = await staff.get(`/api/press-releases/${id}?draft=true&depth=0`, { headers: staffHeaders })
  const { body } = (await response.json()) as { body?: unknown }
  return blockFieldsOf(body, 'speechQuote')
}

export async function savedQuotes(staff: APIRequestContext, id: number) {
  return (await savedQuoteBlocks(staff, id)).map((block) => ({
    quote: block.quote,
    paraphrase: block.paraphrase,
  }))
}

/** How many quote blocks of release `id`'s saved text have their speech chosen. */
export const savedQuoteSpeeches = async (staff: APIRequestContext, id: number) =>
  (await savedQuoteBlocks(staff, id)).filter((block) => block.speech).length

/** A new paragraph after the caret's, made a quote block from the slash menu. */
export async function newQuoteBlockHere(page: Page) {
  await page.keyboard.press('Enter')
  await page.keyboard.type('/speechQuote')
  await expect(page.locator('.slash-menu-popup')).toBeVisible()
  await page.keyboard.press('Enter')
}

/** Inserts a quote block after the body's first paragraph; returns it (the one with no speech yet). */
export async function insertQuoteBlock(page: Page, firstWords: string): Promise<Locator> {
  // Clicked at its right edge: the caret lands after the paragraph's last word (a click on the
  // text put it mid-word, and the block split the paragraph).
  const paragraph = page
    .locator('.rich-text-lexical [contenteditable="true"] p', { hasText: firstWords })
    .first()
  await expect(paragraph).toBeVisible()
  const box = (await paragraph.boundingBox())!
  await paragraph.click({ position: { x: box.width - 2, y: box.height / 2 } })
  await page.keyboard.press('End')
  await newQuoteBlockHere(page)
  const blocks = page.locator('.LexicalEditorTheme__block-speechQuote')
  const fresh = blocks.filter({ hasText: 'Choose the speech to pick or check a quote.' })
  await expect(fresh).toHaveCount(1)
  const count = await blocks.count()
  for (let index = 0; index < count; index++)
    if ((await blocks.nth(index).getByText('Choose the speech to pick').count()) > 0) return blocks.nth(index)
  throw new Error('The new quote block was not found')
}

/** In a fresh quote block: the release's one linked speech, then its key quote `keyQuote`. */
export async function pickKeyQuote(page: Page, block: Locator, speech: Speech, keyQuote: string) {
  await block.locator('.rs__control').click()
  await expect(page.locator('.rs__option')).toHaveCount(1)
  await page.locator('.rs__option').first().click()
  await block
    .getByRole('listitem')
    .filter({ hasText: keyQuote.slice(0, 60) })
    .getByRole('button', { name: 'Use this quote' })
    .click()
  await expect(block.getByTestId('quote-check')).toHaveText(`Found in “${speech.title}”`)
}

/** "2026-12-01T10:00:00" in `zone`, as the panel's datetime-local field takes it. */
export const wallTime = (at: Date, zone: string) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })
    .format(at)
    .replace(' ', 'T')

/**
 * Selects `text` inside `editable` as a person dragging over it would, in one step: a run of
 * Shift+Arrow presses sent within milliseconds can outrun Lexical's reading of the selection on a
 * busy two-core machine, and the selection then ends a letter or two short.
 */
export async function selectText(editable: Locator, text: string) {
  await placeSelection(editable, text, false)
  await expect.poll(() => editable.evaluate(() => window.getSelection()?.toString())).toBe(text)
}

/** Puts the caret just before `text` inside `editable`, as a click there would (see `selectText`). */
export async function caretBefore(editable: Locator, text: string) {
  await placeSelection(editable, text, true)
  await expect.poll(() => editable.evaluate(() => window.getSelection()?.isCollapsed)).toBe(true)
}

async function placeSelection(editable: Locator, text: string, collapse: boolean) {
  await editable.evaluate(
    (root, [wanted, collapsed]) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      const nodes: Text[] = []
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text)
      const whole = nodes.map((node) => node.data).join('')
      const start = whole.indexOf(wanted)
      if (start < 0) throw new Error(`“${wanted}” is not in the text`)
      const at = (offset: number, end: boolean): [Text, number] => {
        let passed = 0
        for (const node of nodes) {
          const inside = end ? offset <= passed + node.data.length : offset < passed + node.data.length
          if (inside) return [node, offset - passed]
          passed += node.data.length
        }
        const last = nodes[nodes.length - 1]!
        return [last, last.data.length]
      }
      const range = document.createRange()
      range.setStart(...at(start, false))
      range.setEnd(...at(start + wanted.length, true))
      if (collapsed) range.collapse(true)
      const selection = window.getSelection()!
      selection.removeAllRanges()
      selection.addRange(range)
    },
    [text, collapse] as const,
  )
}
