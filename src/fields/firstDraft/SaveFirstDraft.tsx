'use client'

import {
  toast,
  useAllFormFields,
  useConfig,
  useDebounce,
  useDocumentInfo,
  useForm,
  useFormModified,
  useLocale,
} from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { formatAdminURL, getAutosaveInterval } from 'payload/shared'
import { useEffect, useRef, useState } from 'react'

/** Rounds of catching up with what was typed while the first draft saved. */
const catchUpRounds = 5
/** Payload's rich text passes its value to the form within 500 ms (useRunDeprioritized). */
const richTextLag = 600

type Saved = { doc?: { id?: number | string; updatedAt?: string }; errors?: { message?: string }[] }

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * On a create view of an autosaving collection (which no longer creates a document when it opens:
 * ./config.ts), saves the first draft once the person has changed something and paused for the
 * autosave interval, as autosave would; then moves to the new document, where Payload's autosave
 * takes over. Renders nothing until then; does nothing once the document exists.
 *
 * It saves through its own requests, not the form's submit: after a create, Payload's form moves
 * to the new document at once, and whatever the person typed while the request ran (the body's
 * editor stays editable while the form "processes") was lost with the old page. Here the text
 * typed meanwhile is saved into the new draft before the move, and during the move itself (a page
 * being replaced) the focus is taken away and the form covered, so nothing is typed into it.
 */
export function SaveFirstDraft() {
  const { id, collectionSlug, docConfig } = useDocumentInfo()
  const {
    config: {
      routes: { admin: adminRoute, api },
    },
  } = useConfig()
  const { getData } = useForm()
  const modified = useFormModified()
  const [fields] = useAllFormFields()
  const { code: locale } = useLocale()
  const router = useRouter()
  const settled = useDebounce(fields, docConfig ? getAutosaveInterval(docConfig) : 1500)
  const saving = useRef(false)
  const created = useRef<{ id: number | string; updatedAt?: string } | undefined>(undefined)
  const [moving, setMoving] = useState(false)

  useEffect(() => {
    if (id !== undefined && id !== null) return
    if (!collectionSlug || !modified || saving.current) return
    saving.current = true
    const query = new URLSearchParams({ draft: 'true', depth: '0', 'fallback-locale': 'null', locale })
    const send = async (path: string, method: 'POST' | 'PATCH', data: Record<string, unknown>) => {
      const response = await fetch(formatAdminURL({ apiRoute: api, path: `/${collectionSlug}${path}` }), {
        method,
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        // A draft is saved unvalidated, as Payload's autosave saves it.
        body: JSON.stringify({ ...data, _status: 'draft' }),
      })
      const answer = (await response.json().catch(() => ({}))) as Saved
      if (!response.ok)
        throw new Error(answer.errors?.[0]?.message ?? `The draft was not saved (${response.status}).`)
      return answer.doc ?? {}
    }
    const autosaveQuery = new URLSearchParams(query)
    autosaveQuery.set('autosave', 'true')
    const saveThenMove = async () => {
      let sent = getData()
      if (!created.current) {
        const doc = await send(`?${query}`, 'POST', sent)
        if (doc.id === undefined) throw new Error('The draft was not saved.')
        created.current = { id: doc.id, updatedAt: doc.updatedAt }
      } else sent = {}
      const draft = created.current
      const catchUp = async () => {
        for (let round = 0; round < catchUpRounds; round++) {
          const now = getData()
          if (JSON.stringify(now) === JSON.stringify(sent)) return
          const saved = await send(`/${draft.id}?${autosaveQuery}`, 'PATCH', {
            ...now,
            updatedAt: draft.updatedAt,
          })
          draft.updatedAt = saved.updatedAt ?? draft.updatedAt
          sent = now
        }
      }
      await catchUp()
      // The page is about to be replaced: nothing more may be typed into it.
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
      setMoving(true)
      await pause(richTextLag)
      await catchUp()
      router.replace(formatAdminURL({ adminRoute, path: `/collections/${collectionSlug}/${draft.id}` }))
    }
    saveThenMove().catch((error: unknown) => {
      // The form stays as typed; the next pause tries again (the draft, once created, is only updated).
      saving.current = false
      setMoving(false)
      toast.error(error instanceof Error ? error.message : String(error))
    })
    // `settled` is the trigger: the form as it stood one interval after the last change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled])

  if (!moving) return null
  return (
    <div className="first-draft-moving" role="status">
      Draft saved: opening it…
    </div>
  )
}
