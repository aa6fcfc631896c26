'use client'

import {
  useAllFormFields,
  useDocumentInfo,
  useForm,
  useFormBackgroundProcessing,
  useFormModified,
  useLocale,
} from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useEffect, useMemo, useRef, useState } from 'react'

import { roomOf, useUnstoredLiveText } from '@/content/liveText'

import { hasUnsavedText } from './unsavedText'

type Values = Record<string, unknown>

/** `hasUnsavedText` for the edit view this panel is in. */
export function useUnsavedText(): boolean {
  const modified = useFormModified()
  const saving = useFormBackgroundProcessing()
  const { getData } = useForm()
  const { id, collectionSlug, lastUpdateTime, savedDocumentData } = useDocumentInfo()
  const locale = useLocale()
  // The body's words typed here and not yet stored by the co-editing server.
  const live = useUnstoredLiveText(
    id !== undefined && id !== null && collectionSlug ? roomOf(collectionSlug, id, locale.code) : undefined,
  )
  const [fields] = useAllFormFields()
  // Autosave sends the values it holds when it starts (it runs as background processing);
  // they count as saved once the save has answered (lastUpdateTime moves).
  const sending = useRef<Values | null>(null)
  const [sent, setSent] = useState<Values | null>(null)
  useEffect(() => {
    if (saving) sending.current = getData()
  }, [saving, getData])
  useEffect(() => {
    if (sending.current) setSent(sending.current)
  }, [lastUpdateTime])
  const form = useMemo(
    () =>
      hasUnsavedText({
        modified,
        saving,
        values: reduceFieldsToValues(fields, true),
        saved: [savedDocumentData, sent],
      }),
    [modified, saving, fields, savedDocumentData, sent],
  )
  return live || form
}
