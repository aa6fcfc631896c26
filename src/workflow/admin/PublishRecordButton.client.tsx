'use client'

import { Button, toast } from '@payloadcms/ui'
import { useState } from 'react'

/**
 * "Publish this change" beside a linked record's pending draft: the same REST write as the
 * record's own Publish button (its latest draft becomes the public copy). The server decides
 * who may (collections/recordApproval.ts: editors only); this only asks it.
 */
export function PublishRecordButton({
  collection,
  id,
  title,
}: {
  collection: string
  id: number | string
  title: string
}) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  async function publish() {
    setBusy(true)
    setError(null)
    try {
      const response = await fetch(`/api/${collection}/${id}`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ _status: 'published' }),
      })
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[] }
        setError(body.errors?.[0]?.message ?? `Publishing failed (${response.status}).`)
        return
      }
      toast.success(`Published: ${title}`)
      // The list is read on the server: read it again.
      window.location.reload()
    } catch {
      setError('The server could not be reached. Nothing was published.')
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void publish()}>
        {busy ? 'Publishing…' : 'Publish this change'}
      </Button>
      {error && (
        <span className="workflow-panel__error" role="alert">
          {error}
        </span>
      )}
    </>
  )
}
