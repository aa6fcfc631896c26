'use client'

import {
  Button,
  ConfirmationModal,
  toast,
  useDocumentInfo,
  useFormFields,
  useLocale,
  useModal,
} from '@payloadcms/ui'
import { useMemo } from 'react'

import { canonicalTimeZone } from '@/content/timeZones'

import type { EditorialStatus } from '../status'

import { statusLine } from './statusLine'

/** The editor's own zone under its current IANA name (Chrome may answer Asia/Calcutta). */
export function useLocalZone(): string {
  return useMemo(() => canonicalTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone) ?? 'UTC', [])
}

/**
 * The header's status for press releases (collection admin.components.edit.Status), in place of
 * Payload's "Status: Draft / Changed / Published", which reads only `_status` and so said "Draft"
 * beside a panel saying "Scheduled" (issue 10, item 2). It reads the same fields through the same
 * `statusLine` as the review panel, so the two cannot disagree.
 */
export function ReleaseHeaderStatus() {
  const { id, hasPublishedDoc, unpublishedVersionCount, docPermissions } = useDocumentInfo()
  const status = (useFormFields(([fields]) => fields.editorialStatus?.value) ?? 'draft') as EditorialStatus
  const publishAt = useFormFields(([fields]) => fields.publishAt?.value) as string | undefined
  const publishZone = useFormFields(([fields]) => fields.publishAt_tz?.value) as string | undefined
  const embargoUntil = useFormFields(([fields]) => fields.embargoUntil?.value) as string | undefined
  const localZone = useLocalZone()
  const line = statusLine(
    { status, publishAt, publishZone, embargoUntil, hasPublished: hasPublishedDoc },
    localZone,
  )
  const canRevert = Boolean(id && hasPublishedDoc && unpublishedVersionCount > 0 && docPermissions?.update)
  return (
    <div className="status release-status" title={[line.label, line.detail].filter(Boolean).join(' · ')}>
      <span className="status__label">Status: </span>
      <span className="status__value" data-testid="header-status">
        {line.label}
      </span>
      {canRevert && id && <RevertToPublished id={id} />}
    </div>
  )
}

/**
 * Payload's own "Revert to published" lived in the header status this replaces: the same
 * request (read the published copy, write it back) so that discarding unpublished changes
 * keeps working; the write guard (src/workflow/guard.ts) decides who may.
 */
function RevertToPublished({ id }: { id: number | string }) {
  const { toggleModal } = useModal()
  const { code: locale } = useLocale()
  const slug = `confirm-revert-${id}`
  async function revert() {
    const url = `/api/press-releases/${id}?locale=${locale}&fallback-locale=null&depth=0`
    const published = await fetch(url, { credentials: 'include' }).then((response) => response.json())
    const response = await fetch(url, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(published),
    })
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { errors?: { message: string }[] }
      toast.error(body.errors?.[0]?.message ?? 'The changes could not be discarded.')
      return
    }
    window.location.reload()
  }
  return (
    <>
      {' — '}
      <Button
        buttonStyle="none"
        className="status__action"
        id="action-revert-to-published"
        onClick={() => toggleModal(slug)}
      >
        Revert to published
      </Button>
      <ConfirmationModal
        modalSlug={slug}
        heading="Discard the unpublished changes?"
        body="The release goes back to the text that is public now; the changes since are kept in its version history."
        confirmingLabel="Reverting…"
        onConfirm={revert}
      />
    </>
  )
}
