import { releaseLocks } from './admin-path'
import { account, expect, signIn, test } from './site-helpers'

/**
 * Issue 15, item 4: the conversation beside the text. An officer mentions the editor by picking
 * her from the autocomplete in the release's sidebar; the editor finds it unread in the inbox on
 * her dashboard, opens it (at the comment), and it is read.
 */
test('a mention picked by name reaches the colleague’s inbox, and opening it reads it', async ({
  browser,
  newDraft,
  staff,
}) => {
  test.setTimeout(120_000)
  const headline = `Conversation ${Date.now()}`
  const doc = await newDraft(headline)
  const officer = await signIn(browser, 'press-officer')
  const editor = await signIn(browser, 'editor')
  try {
    await officer.goto(`/admin/collections/press-releases/${doc.id}`)
    const conversation = officer.locator('.conversation')
    const box = conversation.getByRole('combobox', { name: 'New comment' })
    await box.fill('Please check the dateline, @Ele')
    const option = conversation.getByRole('option', { name: new RegExp(account('editor').name) })
    await expect(option).toBeVisible()
    await box.press('Enter')
    await expect(box).toHaveValue(`Please check the dateline, @${account('editor').name} `)
    await conversation.getByRole('button', { name: 'Comment', exact: true }).click()
    const thread = conversation.locator('.conversation__thread', { hasText: 'Please check the dateline' })
    await expect(thread.locator('.conversation__mention')).toHaveText(`@${account('editor').name}`)
    await expect(thread.getByTestId('thread-state')).toHaveText('Open')

    await editor.goto('/admin')
    const inbox = editor.locator('.inbox')
    const item = inbox.locator('.inbox__item', { hasText: headline })
    await expect(item).toContainText('Mentioned you · unread')
    await expect(item.getByRole('link')).toHaveText(
      `${account('press-officer').name} mentioned you on “${headline}”`,
    )
    await expect(inbox.getByTestId('inbox-unread')).not.toHaveText('0 unread')
    await item.getByRole('link').click()
    await editor.waitForURL(new RegExp(`/admin/collections/press-releases/${doc.id}#comment-\\d+$`))
    await expect(
      editor.locator('.conversation__thread', { hasText: 'Please check the dateline' }),
    ).toBeVisible()

    await editor.goto('/admin')
    const again = editor.locator('.inbox .inbox__item', { hasText: headline })
    await expect(again).toContainText('Mentioned you')
    await expect(again).not.toContainText('· unread')
    await expect(again.getByRole('button', { name: 'Mark unread' })).toBeVisible()
  } finally {
    await officer.context().close()
    await editor.context().close()
    await releaseLocks(staff, 'press-releases', doc.id)
  }
})
