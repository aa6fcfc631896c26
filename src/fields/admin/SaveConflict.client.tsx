'use client'

import { Button, useAllFormFields, useConfig, useDocumentInfo, useForm, useLocale } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useState } from 'react'

/** What src/fields/saveConflict.ts writes into each conflicting field's error. */
const conflictMark = ' was changed by '

/**
 * Above the form, after a save refused because a colleague changed the same fields
 * (src/fields/concurrentSaves.ts): the fields and both values, and the two ways on. Either saves
 * the rest of this person's changes merged with the colleague's; the conflicting fields take the
 * colleague's value or keep this person's. Payload marks each field with the server's message;
 * this reads them back from the form state.
 */
export function SaveConflict() {
  const [fields] = useAllFormFields()
  const { submit } = useForm()
  const { id, collectionSlug } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const { code: locale } = useLocale()
  const [busy, setBusy] = useState(false)
  // The form clears a refused save's field errors at its next change; the panel keeps them until
  // a save succeeds (a new updatedAt) or the person settles them. Adjusted while rendering, as
  // React advises for state derived from changing input.
  const refused = Object.entries(fields)
    .filter(([, field]) => field.valid === false && field.errorMessage?.includes(conflictMark))
    .map(([path, field]) => ({ path, message: String(field.errorMessage) }))
  const refusedKey = JSON.stringify(refused)
  const savedAt = fields.updatedAt?.value
  const [seen, setSeen] = useState({ refusedKey: '[]', savedAt, conflicts: refused })
  if (seen.refusedKey !== refusedKey || seen.savedAt !== savedAt) {
    const conflicts =
      refused.length > 0 && seen.refusedKey !== refusedKey
        ? refused
        : seen.savedAt !== savedAt
          ? []
          : seen.conflicts
    setSeen({ refusedKey, savedAt, conflicts })
  }
  const { conflicts } = seen
  if (conflicts.length === 0 || id === undefined || id === null || !collectionSlug) return null

  const settle = async (choice: 'mine' | 'theirs') => {
    setBusy(true)
    const query = new URLSearchParams({ draft: 'true', depth: '0', 'fallback-locale': 'null', locale })
    try {
      await submit({
        action: formatAdminURL({ apiRoute: api, path: `/${collectionSlug}/${id}?${query}` }),
        method: 'PATCH',
        overrides: {
          _status: 'draft',
          _resolve: Object.fromEntries(conflicts.map(({ path }) => [path, choice])),
        },
        // A draft is saved unvalidated, as Payload's autosave saves it; the server merges again.
        skipValidation: true,
      })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="workflow-panel save-conflict" role="alert" aria-labelledby="save-conflict-title">
      <h3 id="save-conflict-title" className="workflow-panel__title">
        A colleague saved the same {conflicts.length === 1 ? 'field' : 'fields'} while you were editing
      </h3>
      <ul>
        {conflicts.map(({ path, message }) => (
          <li key={path}>{message}</li>
        ))}
      </ul>
      <p>Your other changes are kept either way.</p>
      <div className="workflow-panel__actions">
        <Button size="small" disabled={busy} onClick={() => void settle('theirs')}>
          Take theirs and save my other changes
        </Button>
        <Button size="small" buttonStyle="secondary" disabled={busy} onClick={() => void settle('mine')}>
          Keep mine
        </Button>
      </div>
    </section>
  )
}
