'use client'

import { useAuth, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

import type { Presence, PresenceState } from '@/server/presence/people'

import { PresenceChips } from './PresenceChips'
import { presencePollMs } from './watchPresence'

/** Someone who typed within this long is editing, even once autosave has cleared the form's dirt. */
const typingWindowMs = 10_000

/** A tab id from getRandomValues: crypto.randomUUID exists only in secure contexts (plain-http LAN). */
function newTabId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('')
}

function sentence(people: Presence[]): string {
  const editing = people.filter((person) => person.state === 'editing').map((person) => person.name)
  const viewing = people.filter((person) => person.state === 'viewing').map((person) => person.name)
  return [
    editing.length > 0 ? `${editing.join(', ')} editing` : '',
    viewing.length > 0 ? `${viewing.join(', ')} viewing` : '',
  ]
    .filter(Boolean)
    .join('; ')
}

/**
 * Beside the save buttons of a release: who else has it open, viewing or editing (issue 15,
 * item 2). Each second this tab says it is here (and whether its person is editing: the form has
 * unsaved changes or they typed in the last ten seconds) and learns who else is, in one request
 * (collections/PressReleases/presenceEndpoints.ts). Closing the tab or leaving the release sends a
 * beacon; a tab that goes silent (a crash, a sleeping laptop) expires on the server by itself.
 */
export function EditPresence() {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth()
  const modified = useFormModified()
  const [people, setPeople] = useState<Presence[]>([])
  const tab = useRef<string>('')
  const typedAt = useRef(0)
  const modifiedNow = useRef(modified)
  const beatNow = useRef<() => void>(() => undefined)

  useEffect(() => {
    if (id === undefined || id === null || !collectionSlug) return
    if (!tab.current) tab.current = newTabId()
    const url = `/api/${collectionSlug}/${id}/presence`
    const body = (state?: PresenceState) => JSON.stringify({ tab: tab.current, ...(state ? { state } : {}) })
    const state = (): PresenceState =>
      modifiedNow.current || Date.now() - typedAt.current < typingWindowMs ? 'editing' : 'viewing'
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    let inFlight = false
    let sentState: PresenceState | undefined

    async function beat() {
      if (stopped || inFlight) return
      clearTimeout(timer)
      inFlight = true
      sentState = state()
      try {
        const response = await fetch(url, {
          method: 'POST',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: body(sentState),
        })
        if (response.ok && !stopped) setPeople(((await response.json()) as { present: Presence[] }).present)
      } catch {
        // Offline for a moment: the next beat tries again.
      } finally {
        inFlight = false
        if (!stopped) timer = setTimeout(beat, sentState === state() ? presencePollMs : 0)
      }
    }
    beatNow.current = () => {
      if (sentState !== state()) void beat()
    }
    // Input events only: arrows, Tab and shortcuts are reading, not editing.
    const typed = () => {
      typedAt.current = Date.now()
      beatNow.current()
    }
    const leave = () => navigator.sendBeacon(`${url}/leave`, new Blob([body()], { type: 'application/json' }))
    // Back from the back-forward cache: here again at once.
    const shown = (event: PageTransitionEvent) => {
      if (event.persisted) void beat()
    }

    document.addEventListener('input', typed, true)
    window.addEventListener('pagehide', leave)
    window.addEventListener('pageshow', shown)
    void beat()
    return () => {
      stopped = true
      clearTimeout(timer)
      document.removeEventListener('input', typed, true)
      window.removeEventListener('pagehide', leave)
      window.removeEventListener('pageshow', shown)
      // Left the release inside the admin (no pagehide): said now rather than at expiry.
      leave()
    }
  }, [id, collectionSlug])

  useEffect(() => {
    modifiedNow.current = modified
    beatNow.current()
  }, [modified])

  const others = people.filter((person) => String(person.id) !== String(user?.id))
  if (others.length === 0) return null
  return (
    <div className="edit-presence" data-testid="edit-presence">
      <PresenceChips people={others} label="Also in this release" />
      <span className="edit-presence__text" role="status">
        {sentence(others)}
      </span>
    </div>
  )
}
