'use client'

import { Button } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

import { formatAhead, liftedThing, msAhead, msEarlier } from '../earlyLift'

import { momentInBothZones } from './statusLine'

type Props = {
  /** The planned publication (publishAt) and its zone. */
  at: string
  zone: string | null | undefined
  localZone: string
  /** The new, earlier time when the schedule or embargo is moved earlier (not published now). */
  movedTo?: { at: string; zone: string } | '' | undefined
  embargoed: boolean
  pending: boolean
  error: string | null
  onCancel: () => void
  onConfirm: (reason: string) => void
}

/**
 * The confirmation before "Publish now" lifts an embargo or a schedule early (issue 10, item 1):
 * the planned moment in its zone and in the editor's, how early this is, and a required reason
 * that the activity log and the emails carry. A native modal <dialog>: focus stays inside, Esc
 * cancels, and nothing is sent until "Lift embargo now" is pressed with a reason. Moving the
 * time earlier is an early lift too (`movedTo`): the same dialog, with the old and the new time.
 */
export function LiftEarlyDialog({
  at,
  zone,
  localZone,
  movedTo,
  embargoed,
  pending,
  error,
  onCancel,
  onConfirm,
}: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const [reason, setReason] = useState('')
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])
  const ahead = msAhead(at)
  const earlier = movedTo ? msEarlier(at, movedTo.at) : undefined
  const thing = embargoed ? 'embargo' : 'schedule'
  const confirmLabel = movedTo
    ? `Move the ${thing} earlier`
    : embargoed
      ? 'Lift embargo now'
      : 'Publish now, ahead of schedule'
  return (
    <dialog
      ref={ref}
      className="lift-early"
      aria-labelledby="lift-early-title"
      onCancel={(event) => {
        event.preventDefault()
        onCancel()
      }}
    >
      <h3 id="lift-early-title">
        {movedTo
          ? `Move the ${thing} earlier?`
          : embargoed
            ? 'Lift the embargo early?'
            : 'Publish before the scheduled time?'}
      </h3>
      <p>
        {embargoed ? 'The embargo lifts on ' : 'The release is scheduled for '}
        <strong data-testid="lift-early-time">{momentInBothZones(at, zone, localZone)}</strong>
        {localZone === (zone || 'UTC') ? ' (your time too)' : ''}.
      </p>
      {movedTo ? (
        <p>
          The new time is{' '}
          <strong data-testid="lift-early-new-time">
            {momentInBothZones(movedTo.at, movedTo.zone, localZone)}
          </strong>
          : {earlier ? formatAhead(earlier) : ''} earlier
          {embargoed ? ', and journalists who hold it under embargo may publish then.' : '.'}
        </p>
      ) : (
        <p>
          Publishing now makes it public {ahead ? `${formatAhead(ahead)} early` : 'at once'}
          {embargoed ? ', and journalists who hold it under embargo may publish at once.' : '.'}
        </p>
      )}
      <label>
        Why {liftedThing(embargoed)} {movedTo ? 'is moved earlier' : 'is lifted early'} (the activity log and
        the emails carry this)
        <textarea value={reason} onChange={(event) => setReason(event.target.value)} rows={3} required />
      </label>
      {error && (
        <p className="workflow-panel__error" role="alert">
          {error}
        </p>
      )}
      <div className="lift-early__buttons">
        <Button buttonStyle="secondary" size="small" onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
        <Button
          buttonStyle="primary"
          size="small"
          disabled={pending || reason.trim() === ''}
          onClick={() => onConfirm(reason.trim())}
        >
          {pending ? 'Working…' : confirmLabel}
        </Button>
      </div>
    </dialog>
  )
}
