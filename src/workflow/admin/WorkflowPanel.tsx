'use client'

import { Button, toast, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useId, useMemo, useState } from 'react'

import { workflowActor } from '@/access/roles'
import { canonicalTimeZone } from '@/content/timeZones'

import { msAhead, msEarlier } from '../earlyLift'
import { resolveInstant } from '../instant'
import type { EditorialStatus } from '../status'
import { availableActions, workflowRules, type WorkflowAction } from '../transitions'

import { CompareLink } from './CompareLink'
import { JournalistLinks } from './JournalistLinks'
import { LiftEarlyDialog } from './LiftEarlyDialog'
import { statusLine } from './statusLine'
import { TimeZoneSelect, useOrganisationTimeZone } from './TimeZoneSelect'
import { useUnsavedText } from './useUnsavedText'

/**
 * The review workflow in the release's sidebar: where the release stands, and the actions this
 * user may take now (from src/workflow/transitions.ts, the same rules the server applies).
 */
export function WorkflowPanel() {
  const { id, hasPublishedDoc } = useDocumentInfo()
  const { user } = useAuth()
  const modified = useUnsavedText()
  const status = (useFormFields(([fields]) => fields.editorialStatus?.value) ?? 'draft') as EditorialStatus
  const publishAt = useFormFields(([fields]) => fields.publishAt?.value) as string | undefined
  const publishZone = useFormFields(([fields]) => fields.publishAt_tz?.value) as string | undefined
  const embargoUntil = useFormFields(([fields]) => fields.embargoUntil?.value) as string | undefined
  const reviewNote = useFormFields(([fields]) => fields.reviewNote?.value) as string | undefined

  // The editor's own zone, to show times in it too. Chrome answers with CLDR's old names
  // (Asia/Calcutta); the picker lists the current ones.
  const localZone = useMemo(
    () => canonicalTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone) ?? 'UTC',
    [],
  )
  const [pending, setPending] = useState<WorkflowAction | null>(null)
  const [open, setOpen] = useState<WorkflowAction | null>(null)
  const [reason, setReason] = useState('')
  const [at, setAt] = useState('')
  // The organisation's zone until the user picks another.
  const organisationZone = useOrganisationTimeZone()
  const [pickedZone, setTimezone] = useState<string | null>(null)
  const timezone = pickedZone ?? organisationZone
  const zoneInput = useId()
  const [error, setError] = useState<string | null>(null)
  // The confirmation of an early lift: "Publish now" before its time, or a new time earlier than planned (`to`).
  const [early, setEarly] = useState<{ action: WorkflowAction; to?: string } | null>(null)

  const actor = workflowActor(user)
  const actions = availableActions(status, actor)
  const line = statusLine(
    { status, publishAt, publishZone, embargoUntil, hasPublished: hasPublishedDoc },
    localZone,
  )

  async function run(action: WorkflowAction, override?: { liftEarly: true; reason: string }) {
    const rule = workflowRules[action]
    // Before its time, "Publish now" asks first (LiftEarlyDialog): an early lift is never one click.
    if (action === 'publish' && !override && status === 'scheduled' && msAhead(publishAt) !== undefined) {
      setEarly({ action })
      setError(null)
      return
    }
    // Moving the schedule or embargo earlier lifts it early too: the same dialog, old and new time.
    const to = open === action && rule.needsTime ? resolveInstant(at, timezone) : undefined
    if (!override && status === 'scheduled' && msEarlier(publishAt, to) !== undefined) {
      setEarly({ action, to })
      setError(null)
      return
    }
    if ((rule.needsReason || rule.needsTime) && open !== action) {
      setOpen(action)
      setError(null)
      return
    }
    setPending(action)
    setError(null)
    try {
      const response = await fetch(`/api/press-releases/${id}/workflow`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          action,
          reason: reason || undefined,
          at: at || undefined,
          timezone,
          ...override,
        }),
      })
      const body = (await response.json().catch(() => ({}))) as { errors?: { message: string }[] }
      if (!response.ok) {
        setError(body.errors?.[0]?.message ?? `The action failed (${response.status}).`)
        return
      }
      toast.success(`${rule.label}: done.`)
      // The form holds the old status; load the release as it now stands.
      window.location.reload()
    } catch {
      setError('The server could not be reached. Nothing was changed.')
    } finally {
      setPending(null)
    }
  }

  return (
    <section className="workflow-panel" aria-labelledby="workflow-panel-title">
      <h3 id="workflow-panel-title" className="workflow-panel__title">
        Review
      </h3>
      <p className="workflow-panel__status">
        Status: <strong data-testid="workflow-status">{line.label}</strong>
        {line.detail && (
          <>
            {' · '}
            <span className="workflow-panel__time">{line.detail}</span>
          </>
        )}
      </p>
      {status === 'changes_requested' && reviewNote && (
        <p className="workflow-panel__note">
          <strong>Changes requested:</strong> {reviewNote}
        </p>
      )}
      {!id && <p>Save the draft to send it for review.</p>}
      {id && (
        <p className="workflow-panel__links">
          <CompareLink id={id} />
        </p>
      )}
      {id && modified && actions.length > 0 && (
        <p className="workflow-panel__hint">
          Save your changes before taking an action: actions apply to the saved text.
        </p>
      )}
      {id && (
        <div className="workflow-panel__actions">
          {actions.map((action) => {
            const rule = workflowRules[action]
            return (
              <div key={action} className="workflow-panel__action">
                {open === action && rule.needsReason && (
                  <label>
                    What needs to change (the author reads this)
                    <textarea
                      value={reason}
                      onChange={(event) => setReason(event.target.value)}
                      rows={3}
                      required
                    />
                  </label>
                )}
                {open === action && rule.needsTime && (
                  <>
                    <label>
                      {action === 'embargo' ? 'Embargo lifts at' : 'Publish at'}
                      <input
                        type="datetime-local"
                        value={at}
                        onChange={(event) => setAt(event.target.value)}
                        required
                      />
                    </label>
                    <label htmlFor={zoneInput}>Time zone</label>
                    <TimeZoneSelect id={zoneInput} value={timezone} onChange={setTimezone} />
                  </>
                )}
                <Button
                  buttonStyle={
                    action === 'requestChanges' || action === 'unpublish' ? 'secondary' : 'primary'
                  }
                  size="small"
                  disabled={pending !== null || modified}
                  onClick={() => void run(action)}
                >
                  {pending === action ? 'Working…' : open === action ? `Confirm: ${rule.label}` : rule.label}
                </Button>
              </div>
            )
          })}
        </div>
      )}
      {error && !early && (
        <p className="workflow-panel__error" role="alert">
          {error}
        </p>
      )}
      {early && publishAt && (
        <LiftEarlyDialog
          at={publishAt}
          zone={publishZone}
          movedTo={early.to && { at: early.to, zone: timezone }}
          localZone={localZone}
          embargoed={Boolean(embargoUntil)}
          pending={pending !== null}
          error={error}
          onCancel={() => setEarly(null)}
          onConfirm={(why) => void run(early.action, { liftEarly: true, reason: why })}
        />
      )}
      {id && status === 'scheduled' && actor === 'editor' && <JournalistLinks releaseId={id} />}
    </section>
  )
}
