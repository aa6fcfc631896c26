'use client'

import { Button, toast } from '@payloadcms/ui'
import { useEffect, useState, type KeyboardEvent } from 'react'

import { formatMoment } from './formatMoment'

type Link = {
  id: number | string
  recipient: string
  expiresAt?: string | null
  revoked?: boolean
  url?: string
}

const jsonHeaders = { 'Content-Type': 'application/json' }

/** The first message of a Payload error answer (APIError or ValidationError). */
async function messageOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => ({}))) as {
    errors?: { message?: string; data?: { errors?: { message?: string }[] } }[]
  }
  const first = body.errors?.[0]
  return first?.data?.errors?.[0]?.message ?? first?.message ?? `The request failed (${response.status}).`
}

/**
 * Journalist links from the review panel (issue 10, item 7): for a scheduled or embargoed
 * release, an editor gives an accredited journalist a private, expiring link, copies it, and can
 * revoke it. The server holds the rules (collections/EmbargoLinks: editors only, a release under
 * embargo or schedule only); this only calls its REST API.
 */
export function JournalistLinks({ releaseId }: { releaseId: number | string }) {
  // The links with the moment they were read (what "expired" is measured against).
  const [listed, setListed] = useState<{ links: Link[]; at: number }>({ links: [], at: 0 })
  const [version, setVersion] = useState(0)
  const [recipient, setRecipient] = useState('')
  const [expires, setExpires] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    const query = `where[release][equals]=${encodeURIComponent(String(releaseId))}&depth=0&limit=50&sort=-createdAt`
    fetch(`/api/embargo-links?${query}`, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<{ docs: Link[] }>) : null))
      .then((body) => {
        if (live && body) setListed({ links: body.docs, at: Date.now() })
      })
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [releaseId, version])

  async function send(path: string, method: 'POST' | 'PATCH', data: Record<string, unknown>) {
    setBusy(true)
    setError(null)
    try {
      const response = await fetch(path, {
        method,
        credentials: 'include',
        headers: jsonHeaders,
        body: JSON.stringify(data),
      })
      if (!response.ok) {
        setError(await messageOf(response))
        return false
      }
      setVersion((count) => count + 1)
      return true
    } catch {
      setError('The server could not be reached. Nothing was changed.')
      return false
    } finally {
      setBusy(false)
    }
  }

  async function create() {
    if (!recipient.trim()) return setError('Name the journalist and their outlet.')
    // datetime-local is the editor's own wall-clock time; the server stores the instant.
    const expiresAt = expires ? new Date(expires).toISOString() : undefined
    if (
      await send('/api/embargo-links', 'POST', { release: releaseId, recipient: recipient.trim(), expiresAt })
    ) {
      setRecipient('')
      setExpires('')
      toast.success('Journalist link created: copy it and send it to the journalist only.')
    }
  }

  // The panel sits inside the release's form: Enter here must not save the release.
  const noSubmit = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      void create()
    }
  }

  const { links, at: now } = listed
  return (
    <section className="journalist-links" aria-labelledby="journalist-links-title">
      <h4 id="journalist-links-title">Journalist links</h4>
      <ul>
        {links.map((link) => {
          const expired = link.expiresAt ? new Date(link.expiresAt).getTime() <= now : false
          return (
            <li key={link.id} className="journalist-links__item">
              <span>
                <strong>{link.recipient}</strong> ·{' '}
                {link.revoked
                  ? 'revoked'
                  : expired
                    ? 'expired'
                    : `until ${formatMoment(link.expiresAt, { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone })} your time`}
              </span>
              {!link.revoked && !expired && link.url && (
                <>
                  <input
                    readOnly
                    value={link.url}
                    aria-label={`Link for ${link.recipient}`}
                    onFocus={(e) => e.target.select()}
                  />
                  <span className="journalist-links__buttons">
                    <Button
                      buttonStyle="secondary"
                      size="small"
                      onClick={() =>
                        void navigator.clipboard
                          ?.writeText(link.url!)
                          .then(() => toast.success('Link copied.'))
                          .catch(() => toast.error('Copy failed: select the link and copy it.'))
                      }
                    >
                      Copy link
                    </Button>
                    <Button
                      buttonStyle="secondary"
                      size="small"
                      disabled={busy}
                      onClick={() => void send(`/api/embargo-links/${link.id}`, 'PATCH', { revoked: true })}
                    >
                      Revoke
                    </Button>
                  </span>
                </>
              )}
            </li>
          )
        })}
      </ul>
      <label>
        Journalist and outlet
        <input
          value={recipient}
          onChange={(event) => setRecipient(event.target.value)}
          onKeyDown={noSubmit}
        />
      </label>
      <label>
        Expires (your time; left empty, when the release is public)
        <input
          type="datetime-local"
          value={expires}
          onChange={(event) => setExpires(event.target.value)}
          onKeyDown={noSubmit}
        />
      </label>
      <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void create()}>
        Create journalist link
      </Button>
      {error && (
        <p className="workflow-panel__error" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}
