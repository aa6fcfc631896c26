'use client'

import {
  useAllFormFields,
  useConfig,
  useDebounce,
  useDocumentInfo,
  useForm,
  useFormModified,
  useLocale,
} from '@payloadcms/ui'
import { formatAdminURL, getAutosaveInterval } from 'payload/shared'
import { useEffect, useRef } from 'react'

/**
 * On a create view of an autosaving collection (which no longer creates a document when it opens:
 * ./config.ts), saves the first draft once the person has changed something and paused for the
 * autosave interval, as autosave would. The edit view then moves to the new document, where
 * Payload's autosave takes over. Renders nothing; does nothing once the document exists.
 */
export function SaveFirstDraft() {
  const { id, collectionSlug, docConfig } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const { submit } = useForm()
  const modified = useFormModified()
  const [fields] = useAllFormFields()
  const { code: locale } = useLocale()
  const settled = useDebounce(fields, docConfig ? getAutosaveInterval(docConfig) : 1500)
  const saving = useRef(false)

  useEffect(() => {
    if (id !== undefined && id !== null) return
    if (!collectionSlug || !modified || saving.current) return
    saving.current = true
    const query = new URLSearchParams({ draft: 'true', depth: '0', 'fallback-locale': 'null', locale })
    void submit({
      action: formatAdminURL({ apiRoute: api, path: `/${collectionSlug}?${query}` }),
      method: 'POST',
      overrides: { _status: 'draft' },
      // A draft is saved unvalidated, as Payload's autosave saves it.
      skipValidation: true,
      disableSuccessStatus: true,
      // While it saves, the fields are disabled (Payload's default), so nothing typed is lost.
    }).then(
      // Once created, the view moves to the new document: never a second first draft.
      (result) => {
        if (!result?.res.ok) saving.current = false
      },
      () => {
        saving.current = false
      },
    )
    // `settled` is the trigger: the form as it stood one interval after the last change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled])
  return null
}
