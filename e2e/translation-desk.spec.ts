import { editorState, paragraphNode } from '../src/content/lexical'

import { expect, signIn, staffHeaders, test } from './site-helpers'

/**
 * Issue 13, item 2, as an editor meets it: a release whose Russian was translated and marked
 * done, then its English summary changed. The release's Translation panel shows the English
 * beside the Russian, the summary marked as changed since the translation with the English then;
 * the dashboard's matrix shows the Russian as needing an update. The editor assigns the Chinese to
 * a colleague from the panel, and the matrix names them. The release is deleted after.
 */
test('the translation desk shows the English beside the Russian, with what changed since the translation', async ({
  browser,
  staff,
  newDraft,
}) => {
  test.setTimeout(120_000)
  const headline = `Desk ${Date.now()}`
  const release = await newDraft(headline)
  const russian = await staff.patch(`/api/press-releases/${release.id}?draft=true&locale=ru`, {
    headers: staffHeaders,
    data: {
      headline: `Стол перевода ${headline}`,
      dateline: { place: 'Вена' },
      summary: 'Краткое содержание на русском языке.',
      body: editorState([paragraphNode('Первый абзац на русском языке.')]),
    },
  })
  expect(russian.ok(), await russian.text()).toBeTruthy()
  const done = await staff.post(`/api/press-releases/${release.id}/translation`, {
    headers: staffHeaders,
    data: { locale: 'ru', action: 'done' },
  })
  expect(done.ok(), await done.text()).toBeTruthy()
  const oldSummary = `${headline}: summary for the public-site tests.`
  const newSummary = `${headline}: a new summary, written after the translation.`
  const edited = await staff.patch(`/api/press-releases/${release.id}?draft=true`, {
    headers: staffHeaders,
    data: { summary: newSummary },
  })
  expect(edited.ok(), await edited.text()).toBeTruthy()

  const page = await signIn(browser, 'editor')
  await page.goto(`/admin/collections/press-releases/${release.id}`)
  const desk = page.getByRole('region', { name: 'Translation', exact: true })
  await desk.scrollIntoViewIfNeeded()
  await desk.getByRole('button', { name: /^Russian/ }).click()
  await expect(desk.locator('[data-translation-status]')).toHaveText('Needs update')
  const summary = desk.getByRole('row', { name: /Summary/ })
  await expect(summary.getByRole('cell').first()).toContainText(newSummary)
  await expect(summary.locator('del')).toHaveText(oldSummary)
  await expect(summary.getByRole('cell').nth(1)).toHaveText('Краткое содержание на русском языке.')
  await expect(summary).toContainText('changed since translation')
  // An unchanged part: both languages, no mark.
  const headlineRow = desk.getByRole('row', { name: /^Headline/ })
  await expect(headlineRow).toContainText(headline)
  await expect(headlineRow).toContainText(`Стол перевода ${headline}`)
  await expect(headlineRow).not.toContainText('changed since translation')
  // The editor may not approve what is outdated: the button is not offered.
  await expect(desk.getByRole('button', { name: 'Approve translation' })).toHaveCount(0)
  await expect(desk.getByRole('button', { name: 'Mark translation done' })).toBeVisible()

  // An editor hands the Chinese to a colleague from the panel (an officer only takes one).
  await desk.getByRole('button', { name: /^Chinese/ }).click()
  await desk.getByRole('combobox', { name: /^Assign the Chinese/ }).selectOption({ label: 'Oleg Officer' })
  await Promise.all([
    page.waitForResponse((response) => response.url().endsWith('/translation') && response.ok()),
    desk.getByRole('button', { name: 'Assign', exact: true }).click(),
  ])

  await page.goto('/admin')
  const matrix = page.getByRole('region', { name: 'Translations', exact: true })
  const row = matrix.getByRole('row', { name: new RegExp(headline) })
  await expect(row.getByRole('cell').first()).toHaveText('Needs update')
  await expect(row.getByRole('cell').nth(1)).toContainText('Missing')
  await expect(row.getByRole('cell').nth(1)).toContainText('Oleg Officer')
  await page.context().close()
})
