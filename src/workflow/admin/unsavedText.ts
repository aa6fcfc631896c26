import { changesText } from '../guard'

type Values = Record<string, unknown>

/**
 * Fields the server may write itself on save (a slug made unique, the author set on create): a
 * difference there says nothing of what the person typed, and autosave sends their own edits.
 */
const serverWritten = ['slug', 'author']
const withoutServerWritten = (values: Values): Values =>
  Object.fromEntries(Object.entries(values).filter(([key]) => !serverWritten.includes(key)))

/**
 * Whether the edit view holds text that is not saved yet (the review actions apply to the saved
 * text, so they wait for it). Payload's `modified` flag alone is not that: it stays set after
 * autosave has saved when a field reported a change while the save was in flight (inserting a
 * block does), and after typing and undoing, where autosave finds nothing new to send
 * (@payloadcms/ui 3.90.1: forms/Form `modifiedWhileProcessingRef`, elements/Autosave `dequal`).
 * So a modified form is unsaved only while a save is running or its values differ, by the
 * guard's own measure of a text change, from every known saved state: the document as the last
 * save returned it, and the values that save sent.
 */
export function hasUnsavedText({
  modified,
  saving,
  values,
  saved,
}: {
  modified: boolean
  saving: boolean
  values: Values
  saved: readonly (Values | null | undefined)[]
}): boolean {
  if (saving) return true
  if (!modified) return false
  const typed = withoutServerWritten(values)
  return saved.every((state) => !state || changesText(typed, state))
}
