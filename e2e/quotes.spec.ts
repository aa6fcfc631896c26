import type { APIRequestContext, Locator, Page } from '@playwright/test'

import { blockFieldsOf, blockNode, editorState, paragraphNode } from '../src/content/lexical'

import { editableBody, hydrated, newQuoteBlockHere, status, takeAction } from './admin-path'
import { expect, signIn, staffHeaders, test, workflow } from './site-helpers'

/**
 * Quotes as people write and review them in the admin (issue 10, items 4 and 5): a press
 * officer's quote is marked as it is typed when the speech never said it, and is fixed from the
 * speech's key quotes; an editor opens the comparison with the approved text from the review
 * panel and reads the old and new words of a quote. The releases are deleted after each test.
 */

type Speech = { id: number; title: string; quotes: { quote: string }[] }

/** A seeded speech with a full text and three key quotes. */
async function seededSpeech(staff: APIRequestContext): Promise<Speech> {
  const response = await staff.get(
    '/api/speeches?where[slug][equals]=norov-un-sco-2019-opening-remarks&depth=0&limit=1',
    { headers: staffHeaders },
  )
  expect(response.ok()).toBeTruthy()
  const { docs } = (await response.json()) as { docs: Speech[] }
  return docs[0]!
}

/** The quote words of the release's latest saved text (autosave included). */
async function savedQuote(staff: APIRequestContext, id: number): Promise<unknown> {
  const response = await staff.get(`/api/press-releases/${id}?draft=true&depth=0`, { headers: staffHeaders })
  const { body } = (await response.json()) as { body?: unknown }
  return blockFieldsOf(body, 'speechQuote')[0]?.quote
}

const invented = 'The SCO has already defeated terrorism everywhere'

/** A quote block added at the end of the body of a release with no quote yet, from the slash menu. */
async function quoteBlockAtEnd(officer: Page): Promise<Locator> {
  const body = await editableBody(officer)
  await body.click()
  await officer.keyboard.press('Control+End')
  await newQuoteBlockHere(officer)
  const block = officer.locator('.LexicalEditorTheme__block-speechQuote')
  await expect(block).toBeVisible()
  return block
}

test('an officer’s invented quote is marked as it is typed, refused on submit, and fixed from the key quotes', async ({
  browser,
  staff,
  newDraft,
}) => {
  test.setTimeout(180_000)
  const speech = await seededSpeech(staff)
  const draft = await newDraft(`Quote check ${Date.now()}`, { speeches: [speech.id] })

  const officer = await signIn(browser, 'press-officer')
  await officer.goto(`/admin/collections/press-releases/${draft.id}`)
  const block = await quoteBlockAtEnd(officer)
  // The speech picker offers the release's own speeches only.
  await block.locator('.rs__control').click()
  await expect(officer.locator('.rs__option')).toHaveCount(1)
  await officer.locator('.rs__option', { hasText: speech.title.slice(0, 40) }).click()

  const quote = block.locator('textarea').first()
  await quote.fill(invented)
  const mark = block.getByTestId('quote-check')
  await expect(mark).toHaveText(`Not found in “${speech.title}”`)

  // Autosave keeps the draft; the review refuses it, naming the quote and the speech.
  await expect.poll(() => savedQuote(staff, draft.id), { timeout: 20_000 }).toBe(invented)
  const refused = await staff.post(`/api/press-releases/${draft.id}/workflow`, {
    data: { action: 'submit' },
    headers: staffHeaders,
  })
  expect(refused.status()).toBe(400)
  expect(await refused.text()).toContain(`is not found in “${speech.title}”`)

  // The writer picks one of the speech's key quotes instead.
  await block.getByText(`Key quotes of “${speech.title}”`).click()
  await block
    .getByRole('listitem')
    .filter({ hasText: speech.quotes[2]!.quote.slice(0, 60) })
    .getByRole('button', { name: 'Use this quote' })
    .click()
  await expect(quote).toHaveValue(speech.quotes[2]!.quote)
  await expect(mark).toHaveText(`Found in “${speech.title}”`)
  await expect.poll(() => savedQuote(staff, draft.id), { timeout: 20_000 }).toBe(speech.quotes[2]!.quote)
  await workflow(staff, draft.id, { action: 'submit' })
  // Closed, not left open: SQLite gives the next release this deleted one's id, and a tab left on
  // it would hold its lock, autosave and be present there.
  await officer.context().close()
})

test('a quote’s words reach the stored text when the block’s round trip to the server is lost', async ({
  browser,
  staff,
  newDraft,
}) => {
  test.setTimeout(120_000)
  const speech = await seededSpeech(staff)
  const draft = await newDraft(`Lost round trip ${Date.now()}`, { speeches: [speech.id] })
  const words = `The Secretary-General spoke of peace ${Date.now()}`
  const officer = await signIn(browser, 'press-officer')
  // Payload's block form sends each change to the server (a server function) and puts the answer
  // into the text: every such request that carries the words gets no answer (held until the page
  // closes), as on a connection that dropped it.
  let lost = 0
  await officer.route(
    (url) => url.pathname.startsWith('/admin/'),
    async (route) => {
      const request = route.request()
      const sent = request.postData() ?? ''
      if (request.headers()['next-action'] && sent.includes('speechQuote') && sent.includes(words)) {
        lost++
        return new Promise<void>(() => undefined)
      }
      return route.continue()
    },
  )
  await officer.goto(`/admin/collections/press-releases/${draft.id}`)
  const block = await quoteBlockAtEnd(officer)
  await block.locator('.rs__control').click()
  await officer.locator('.rs__option').first().click()
  await block.locator('textarea').first().fill(words)
  await expect(block.getByTestId('quote-check')).toHaveText(`Not found in “${speech.title}”`)
  // The round trip with the words was sent and got no answer. On a busy machine it can leave
  // only after the words were stored: the form sends no second round trip while its first (the
  // speech's) is unanswered, and the text took the words meanwhile, as it must.
  await expect.poll(() => lost, { timeout: 30_000 }).toBeGreaterThan(0)
  // Stored all the same, with the speech beside them.
  await expect.poll(() => savedQuote(staff, draft.id), { timeout: 20_000 }).toBe(words)
  await officer.context().close()
})

test('an editor opens the comparison with the approved text from the panel and reads the old and new quote', async ({
  browser,
  staff,
  newDraft,
}) => {
  test.setTimeout(120_000)
  const speech = await seededSpeech(staff)
  const headline = `Quote diff ${Date.now()}`
  const draft = await newDraft(headline, { speeches: [speech.id] })
  const full = speech.quotes[2]!.quote
  const shorter = full.slice(0, full.indexOf(', international'))
  const bodyWith = (words: string) =>
    editorState([
      paragraphNode('The Secretary-General addressed the meeting.'),
      blockNode('speechQuote', { speech: speech.id, quote: words }, 'e2e-quote-diff'),
    ])
  const save = async (words: string) => {
    const response = await staff.patch(`/api/press-releases/${draft.id}?draft=true`, {
      data: { body: bodyWith(words) },
      headers: staffHeaders,
    })
    expect(response.ok(), await response.text()).toBeTruthy()
  }
  await save(shorter)
  await workflow(staff, draft.id, { action: 'submit' })
  await workflow(staff, draft.id, { action: 'approve' })
  // After the approval, the quote is lengthened: the change goes back to review.
  await save(full)

  const editor = await signIn(browser, 'editor')
  await editor.goto(`/admin/collections/press-releases/${draft.id}`)
  const compare = editor.getByRole('link', { name: 'Compare with the approved or published version' })
  await hydrated(compare)
  await compare.click()
  await expect(editor).toHaveURL(/\/versions\/\d+\?versionFrom=\d+/)
  const diff = editor.locator('.lexical-diff')
  await expect(diff.locator('.html-diff__diff-old')).toContainText('all interested countries')
  await expect(diff.locator('.html-diff__diff-old')).not.toContainText('regional institutions')
  await expect(diff.locator('.html-diff__diff-new')).toContainText('international and regional institutions')
  await expect(diff.locator('.html-diff__diff-new')).toContainText(speech.title)

  // Back in review, the editor approves the longer quote and publishes it now, from the panel;
  // the public page shows it (formerly e2e/workflow.spec.ts's first test).
  await editor.goto(`/admin/collections/press-releases/${draft.id}`)
  await takeAction(editor, 'Approve')
  await expect(status(editor)).toHaveText('Approved')
  await takeAction(editor, 'Publish now')
  await expect(status(editor)).toHaveText('Published')
  const reader = await (await browser.newContext()).newPage()
  await reader.goto(`/en/news/${draft.slug}`)
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(headline)
  await expect(reader.getByText('international and regional institutions')).toBeVisible()
  await reader.context().close()
  await editor.context().close()
})

test('the comparison link opens the list of versions when the versions are slow to come', async ({
  browser,
  newDraft,
}) => {
  const draft = await newDraft(`Compare while busy ${Date.now()}`)
  const editor = await signIn(browser, 'editor')
  await editor.goto(`/admin/collections/press-releases/${draft.id}`)
  // The two versions the link asks for never come (a server busy elsewhere).
  await editor.route(
    (url) => url.pathname === '/api/press-releases/versions',
    () => undefined,
  )
  const compare = editor.getByRole('link', { name: 'Compare with the approved or published version' })
  await hydrated(compare)
  const clicked = Date.now()
  await compare.click()
  // The editor is not left with a link that does nothing: after a few seconds, the list.
  await expect(editor).toHaveURL(new RegExp(`/press-releases/${draft.id}/versions$`), { timeout: 12_000 })
  expect(Date.now() - clicked).toBeGreaterThanOrEqual(3_000)
  await editor.context().close()
})
