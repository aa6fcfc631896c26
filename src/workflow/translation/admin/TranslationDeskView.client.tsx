'use client'

import { Button, toast, useLocale } from '@payloadcms/ui'
import { useState } from 'react'

import { useUnsavedText } from '../../admin/useUnsavedText'
import { translationActionLabel, type TranslationAction } from '../actions'
import type { DeskLanguage, DeskRow } from '../desk'

const actionLabel: Record<TranslationAction, string> = { ...translationActionLabel, assign: 'Assign to me' }

function Row({ row }: { row: DeskRow }) {
  return (
    <tr
      className={
        row.changed ? 'translation-desk__row translation-desk__row--changed' : 'translation-desk__row'
      }
    >
      <th scope="row">
        {row.label}
        {row.changed && <span className="translation-desk__mark">changed since translation</span>}
      </th>
      <td lang="en">
        {row.changed && row.changed.before !== undefined && (
          <del className="translation-desk__before" aria-label="English when translated">
            {row.changed.before}
          </del>
        )}
        {row.english ?? <em>(none)</em>}
      </td>
      <td>{row.translation ?? <em>(not translated)</em>}</td>
    </tr>
  )
}

/** The side-by-side view and the desk's buttons, for one language at a time. */
export function TranslationDeskView({
  releaseId,
  languages,
  userId,
  staff,
}: {
  releaseId: number | string
  languages: DeskLanguage[]
  userId: number | string
  /** For editors: the staff a language can be handed to. */
  staff?: { id: number | string; name: string }[]
}) {
  const { code } = useLocale()
  const [chosen, setChosen] = useState(languages.some((l) => l.locale === code) ? code : languages[0]?.locale)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [assignTo, setAssignTo] = useState('')
  const unsaved = useUnsavedText()
  const language = languages.find((l) => l.locale === chosen)
  if (!language) return null

  async function act(action: TranslationAction, assignee: number | string | null = userId) {
    setBusy(true)
    setError(null)
    try {
      const response = await fetch(`/api/press-releases/${releaseId}/translation`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          locale: language!.locale,
          action,
          ...(action === 'assign' && { assignee }),
        }),
      })
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[] }
        setError(body.errors?.[0]?.message ?? `The desk could not do it (${response.status}).`)
        return
      }
      const done = action === 'assign' && assignee !== userId ? 'assigned' : actionLabel[action].toLowerCase()
      toast.success(`${language!.name}: ${done}: done.`)
      window.location.reload()
    } catch {
      setError('The server could not be reached. Nothing was changed.')
    } finally {
      setBusy(false)
    }
  }

  const changedSince = language.rows.some((row) => row.changed) || language.removed.length > 0
  return (
    <section className="translation-desk" aria-label="Translation">
      <h3 className="translation-desk__title">Translation</h3>
      <div className="translation-desk__languages" role="group" aria-label="Language">
        {languages.map((l) => (
          <Button
            key={l.locale}
            buttonStyle={l.locale === chosen ? 'primary' : 'secondary'}
            size="small"
            aria-pressed={l.locale === chosen}
            onClick={() => setChosen(l.locale)}
          >
            {`${l.name}: ${l.statusLabel}${l.machine ? ' (machine draft)' : ''}`}
          </Button>
        ))}
      </div>
      <p className="translation-desk__status">
        Status: <strong data-translation-status={language.status}>{language.statusLabel}</strong>
        {language.machine && (
          <span className="translation-desk__machine" data-machine-draft>
            {' · machine draft: not public until an editor approves it; check every word'}
          </span>
        )}
        {' · '}
        {language.assignee ? `assigned to ${language.assignee.name}` : 'nobody assigned'}
      </p>
      {changedSince && (
        <p className="translation-desk__note" role="note">
          The English changed since this translation was done: the changed parts are marked, with the English
          then struck through.
        </p>
      )}
      <table className="translation-desk__table">
        <thead>
          <tr>
            <th scope="col">Part</th>
            <th scope="col">English (source)</th>
            <th scope="col">{language.name}</th>
          </tr>
        </thead>
        <tbody>
          {language.rows.map((row) => (
            <Row key={row.key} row={row} />
          ))}
        </tbody>
      </table>
      {language.removed.length > 0 && (
        <ul className="translation-desk__removed" aria-label="Removed from the English">
          {language.removed.map((change) => (
            <li key={change.key}>
              {change.label} removed from the English: <del>{change.before}</del>
            </li>
          ))}
        </ul>
      )}
      <div className="translation-desk__actions">
        {language.actions
          .filter((action) => action !== 'assign' || language.assignee?.id !== userId)
          .map((action) => (
            <Button
              key={action}
              buttonStyle={action === 'approve' || action === 'done' ? 'primary' : 'secondary'}
              size="small"
              disabled={busy || unsaved}
              onClick={() => void act(action)}
            >
              {actionLabel[action]}
            </Button>
          ))}
        {staff && language.actions.includes('assign') && (
          <span className="translation-desk__assign">
            <label>
              {'Assign to '}
              <select
                value={assignTo}
                onChange={(event) => setAssignTo(event.target.value)}
                aria-label={`Assign the ${language.name} translation to`}
              >
                <option value="">choose…</option>
                <option value="nobody">nobody</option>
                {staff.map((member) => (
                  <option key={member.id} value={String(member.id)}>
                    {member.name}
                  </option>
                ))}
              </select>
            </label>
            <Button
              buttonStyle="secondary"
              size="small"
              disabled={busy || unsaved || assignTo === ''}
              onClick={() => {
                const member = staff.find((m) => String(m.id) === assignTo)
                void act('assign', assignTo === 'nobody' ? null : (member?.id ?? null))
              }}
            >
              Assign
            </Button>
          </span>
        )}
        {unsaved && <span className="translation-desk__hint">Save your changes first.</span>}
        {error && (
          <span className="workflow-panel__error" role="alert">
            {error}
          </span>
        )}
      </div>
    </section>
  )
}
