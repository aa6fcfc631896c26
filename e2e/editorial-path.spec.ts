import type { Page } from '@playwright/test'

import {
  editableBody,
  hydrated,
  insertQuoteBlock,
  openedFirstDraft,
  pickKeyQuote,
  panelOf,
  saved,
  savedQuotes,
  savedQuoteSpeeches,
  seededSpeech,
  status,
  takeAction,
  takeOverIfLocked,
  wallTime,
} from './admin-path'
import { sentEmails } from './mail'
import { account, expect, signIn, staffHeaders, test } from './site-helpers'

/**
 * Issue 10, "Done when": the whole editorial path in the admin, as the people do it. An officer
 * drafts a release with a quote picked from the speech's key quotes and a paraphrase (which only
 * an editor may mark), submits; the editor reads the comparison with the quote's words, asks for
 * changes; the officer revises and resubmits; the editor finds it awaiting review on the
 * dashboard, approves it, embargoes it in a time zone found by typing, is asked for a reason when
 * moving the embargo earlier (and cancels), makes a journalist link, tries "Publish now" and
 * cancels, then lifts the embargo early with a reason; the public reads the revised release. The
 * activity log and the notification emails say so. The release, its links and comments are
 * deleted after.
 */

test.describe.configure({ mode: 'serial' })
// A step that cannot happen fails within a minute, not at the end of the whole test's time.
test.use({ actionTimeout: 60_000 })

const editorName = account('editor').name
const paraphrase = 'The Secretary-General said the SCO and the UN work together for peace'

test('the whole path: drafted with quotes, reviewed, revised, embargoed, linked, lifted early with a reason', async ({
  browser,
  playwright,
  baseURL,
  staff,
  cleanup,
}) => {
  test.setTimeout(420_000)
  const since = new Date().toISOString()
  const headline = `Secretary-General at the UN: the whole path ${Date.now()}`
  const speech = await seededSpeech(staff)
  const keyQuote = speech.quotes[2]!.quote
  const opening = 'The Secretary-General addressed the United Nations.'

  // The officer drafts it in the admin, links the speech, and quotes it twice.
  const officer = await signIn(browser, 'press-officer')
  await officer.goto('/admin/collections/press-releases/create')
  await officer.locator('#field-headline').fill(headline)
  // The first pause saves the draft and opens its page ("Draft saved: opening it…"): what is
  // typed while that page replaces this one is not taken, so the officer writes on once it is open.
  const id = await openedFirstDraft(officer, headline)
  cleanup('press-releases', id)
  const url = officer.url()
  await officer.locator('#field-dateline__place').fill('New York')
  const date = officer.locator('#field-dateline__date input')
  await date.fill('11/20/2026')
  await date.press('Enter')
  await officer.locator('#field-summary').fill('The SCO Secretary-General spoke at the United Nations.')
  const body = await editableBody(officer)
  await body.click()
  await body.pressSequentially(opening)
  await expect(status(officer)).toHaveText('Draft')
  // An officer has no Publish button, only the review.
  await expect(officer.getByRole('button', { name: 'Publish changes' })).toHaveCount(0)
  await officer.locator('#field-speeches .rs__control').click()
  // The full title: other speeches of the same speaker begin alike.
  await officer.keyboard.type(speech.title)
  await officer.locator('.rs__option', { hasText: speech.title }).click()
  await saved(officer)

  // A verified quote, picked from the speech's key quotes in the block.
  const quoted = await insertQuoteBlock(officer, opening)
  await pickKeyQuote(officer, quoted, speech, keyQuote)

  // A paraphrase: not verbatim, marked so; an officer cannot accept it, so Submit is refused.
  const loose = await insertQuoteBlock(officer, opening)
  await loose.locator('.rs__control').click()
  await officer.locator('.rs__option').first().click()
  // The choice reaches the stored text (through Payload's block form, a round trip to the server)
  // before the words are typed, as a person pausing would (words typed at once are covered by
  // e2e/quotes: a round trip that never answers).
  await expect.poll(() => savedQuoteSpeeches(staff, id), { timeout: 30_000 }).toBe(2)
  await loose.locator('textarea').first().fill(paraphrase)
  await expect(loose.getByTestId('quote-check')).toHaveText(`Not found in “${speech.title}”`)
  // Both quotes' words stored, not only the blocks: a block's words reach the live text after a
  // round trip to the server (Payload's block form), which a busy machine stretches to seconds.
  await expect
    .poll(async () => (await savedQuotes(staff, id)).map((block) => block.quote).sort(), { timeout: 30_000 })
    .toEqual([keyQuote, paraphrase].sort())
  await saved(officer)
  await panelOf(officer).getByRole('button', { name: 'Submit for review', exact: true }).click()
  await expect(panelOf(officer).getByRole('alert')).toContainText('ask an editor to mark it as a paraphrase')
  await officer.goto('/admin')

  // The editor marks the paraphrase; then the officer submits.
  const editor = await signIn(browser, 'editor', { timezoneId: 'Europe/Berlin' })
  await editor.goto(url)
  await takeOverIfLocked(editor, staff, id)
  const marked = editor
    .locator('.LexicalEditorTheme__block-speechQuote')
    .filter({ has: editor.getByText('Not found in') })
  await marked.locator('input[type="checkbox"]').check()
  await expect(editor.getByText('Marked as a paraphrase by an editor')).toBeVisible()
  await expect
    .poll(
      async () => (await savedQuotes(staff, id)).find((block) => block.quote === paraphrase)?.paraphrase,
      {
        timeout: 20_000,
      },
    )
    .toBe(true)
  await editor.goto('/admin')
  await officer.goto(url)
  await takeOverIfLocked(officer, staff, id)
  await takeAction(officer, 'Submit for review')
  await expect(status(officer)).toHaveText('In review')

  // The editor reads the comparison, the quotes' words in it, and asks for changes.
  await editor.goto(url)
  const compare = editor.getByRole('link', { name: 'Compare with the approved or published version' })
  await hydrated(compare)
  await compare.click()
  await expect(editor).toHaveURL(/\/versions/)
  const versions = await staff.get(
    `/api/press-releases/versions?where[parent][equals]=${id}&sort=createdAt&depth=0&limit=200`,
    { headers: staffHeaders },
  )
  const { docs: history } = (await versions.json()) as { docs: { id: number }[] }
  // The newest text against the first saved one, every field shown (autosave may have kept the
  // quotes in that first version already: Payload updates an autosave version in place).
  await editor.goto(`${url}/versions/${history.at(-1)!.id}?versionFrom=${history[0]!.id}&modifiedOnly=false`)
  await expect(editor.locator('.lexical-diff').first()).toContainText(keyQuote.slice(0, 50))
  await expect(editor.locator('.lexical-diff').first()).toContainText(paraphrase)
  await editor.goto(url)
  await takeAction(editor, 'Request changes', (page) =>
    page.getByLabel('What needs to change').fill('Say where the Secretary-General spoke.'),
  )
  await expect(status(editor)).toHaveText('Changes requested')

  // The officer revises and resubmits.
  await officer.reload()
  await takeOverIfLocked(officer, staff, id)
  await expect(officer.locator('.workflow-panel__note')).toContainText(
    'Say where the Secretary-General spoke.',
  )
  await officer
    .locator('#field-summary')
    .fill('The SCO Secretary-General spoke at the UN General Assembly in New York.')
  await saved(officer)
  await takeAction(officer, 'Submit for review')
  await expect(status(officer)).toHaveText('In review')
  await officer.goto('/admin')

  // The editor finds it awaiting review on the dashboard and approves it.
  await editor.goto('/admin')
  await expect(editor.getByRole('region', { name: 'Awaiting review' }).getByText(headline)).toBeVisible()
  await editor.goto(url)
  await takeOverIfLocked(editor, staff, id)
  await takeAction(editor, 'Approve')
  await expect(status(editor)).toHaveText('Approved')

  // Then embargoes it until tomorrow, Tashkent time, the zone found by typing.
  const lift = new Date(Math.ceil((Date.now() + 26 * 3_600_000) / 60_000) * 60_000)
  const embargo = (at: Date) => async (page: Page) => {
    await page.getByLabel('Embargo lifts at').fill(wallTime(at, 'Asia/Tashkent'))
    await page.getByLabel('Time zone').fill('Tashkent')
    await page.getByLabel('Time zone').press('Enter')
  }
  await takeAction(editor, 'Embargo until', embargo(lift))
  await expect(status(editor)).toHaveText('Scheduled')
  await expect(panelOf(editor).locator('.workflow-panel__time')).toContainText('Embargoed until')
  await expect(panelOf(editor).locator('.workflow-panel__time')).toContainText('Asia/Tashkent')

  // Moving it two hours earlier is an early lift too: asked with both times; cancelled.
  await takeAction(editor, 'Embargo until', embargo(new Date(lift.getTime() - 2 * 3_600_000)))
  const moved = editor.getByRole('dialog', { name: 'Move the embargo earlier?' })
  await expect(moved.getByTestId('lift-early-time')).toContainText('Asia/Tashkent')
  await expect(moved.getByTestId('lift-early-new-time')).toContainText('your time')
  await expect(moved).toContainText('2 hours earlier')
  await expect(moved.getByRole('button', { name: 'Move the embargo earlier' })).toBeDisabled()
  await moved.getByRole('button', { name: 'Cancel' }).click()
  await expect(moved).toBeHidden()

  // A journalist link, made from the panel (typed again if typed before hydration).
  await editor.reload()
  const links = editor.getByRole('region', { name: 'Journalist links' })
  const link = links.getByLabel('Link for B. Reporter, Xinhua')
  await expect(async () => {
    await links.getByLabel('Journalist and outlet').fill('B. Reporter, Xinhua')
    await links.getByRole('button', { name: 'Create journalist link' }).click()
    await expect(link).toHaveValue(/\/embargo\/[\w-]{32}$/, { timeout: 3_000 })
  }).toPass({ timeout: 30_000 })
  const reader = await playwright.request.newContext({ baseURL })
  const isPublic = async () => (await reader.get(`/api/press-releases/${id}`)).status() === 200
  const journalist = await (await browser.newContext()).newPage()
  await journalist.goto(new URL(await link.inputValue()).pathname)
  await expect(journalist.getByRole('heading', { level: 1 })).toHaveText(headline)

  // "Publish now": asked first; cancelled, nothing changed.
  await panelOf(editor).getByRole('button', { name: 'Publish now', exact: true }).click()
  const dialog = editor.getByRole('dialog', { name: 'Lift the embargo early?' })
  await expect(dialog.getByTestId('lift-early-time')).toContainText('Asia/Tashkent')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await editor.reload()
  await expect(status(editor)).toHaveText('Scheduled')
  expect(await isPublic()).toBe(false)

  // Then lifted early, on purpose, with a reason.
  const reason = 'The UN published the speech already'
  await panelOf(editor).getByRole('button', { name: 'Publish now', exact: true }).click()
  await dialog.getByLabel(/Why the embargo is lifted early/).fill(reason)
  await dialog.getByRole('button', { name: 'Lift embargo now' }).click()
  await expect(status(editor)).toHaveText('Published', { timeout: 20_000 })
  expect(await isPublic()).toBe(true)
  // The public page shows it, as revised.
  const slug = await editor.locator('#field-slug').inputValue()
  await journalist.goto(`/en/news/${slug}`)
  await expect(journalist.getByRole('heading', { level: 1 })).toHaveText(headline)
  await expect(journalist.getByText('UN General Assembly in New York')).toBeVisible()

  // The log says who lifted it, how far ahead and why; it has no entry for the cancelled move.
  const sentence = new RegExp(`^Embargo lifted early by ${editorName}, 1 day( \\d+ hours?)? ahead: ${reason}`)
  const log = await staff.get(
    `/api/activity?where[docId][equals]=${id}&where[createdAt][greater_than]=${since}&sort=createdAt&depth=0&limit=100`,
    { headers: staffHeaders },
  )
  const entries = ((await log.json()) as { docs: { action: string; summary: string }[] }).docs
  expect(entries.filter((entry) => entry.action === 'embargo')).toHaveLength(1)
  expect(entries.filter((entry) => entry.action === 'publish').map((entry) => entry.summary)).toEqual([
    expect.stringMatching(sentence),
  ])

  // The emails: the queue sends them (run now rather than at the next minute's tick).
  const admin = await signIn(browser, 'admin')
  const officerEmail = account('press-officer').email
  const lifted = () => sentEmails().filter((mail) => mail.subject === `Embargo lifted early: ${headline}`)
  await expect
    .poll(
      async () => {
        await admin.context().request.get('/api/payload-jobs/run', { headers: { origin: baseURL! } })
        return lifted().flatMap((mail) => mail.to)
      },
      { timeout: 90_000, intervals: [2_000] },
    )
    .toEqual(expect.arrayContaining([officerEmail, account('admin').email]))
  for (const mail of lifted()) expect(mail.text).toMatch(new RegExp(sentence.source.slice(1), 'm'))
  expect(sentEmails().some((mail) => mail.subject === `Changes requested: ${headline}`)).toBe(true)
  await reader.dispose()
})
