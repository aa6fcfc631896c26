'use client'

import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState, type MouseEvent } from 'react'

import type { Id } from '@/content/relations'

import { formatMoment } from '../admin/formatMoment'
import { inboxKindLabels, type InboxKind } from '../inbox'

import { send } from './request'

export type InboxEntry = {
  id: Id
  kind: InboxKind
  title: string
  createdAt: string
  read: boolean
  href: string
}
type Count = { kind: InboxKind; label: string; unread: number }

/** The inbox's list: open an item (read on the way), mark one read or unread, or all read. */
export function InboxList({ entries, counts }: { entries: InboxEntry[]; counts: Count[] }) {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const total = counts.reduce((sum, count) => sum + count.unread, 0)

  async function mark(entry: InboxEntry, read: boolean) {
    const outcome = await send(`/api/inbox/${entry.id}`, 'PATCH', {
      readAt: read ? new Date().toISOString() : null,
    })
    if (!outcome.ok) toast.error(outcome.message)
    return outcome.ok
  }

  async function open(event: MouseEvent<HTMLAnchorElement>, entry: InboxEntry) {
    if (entry.read || event.metaKey || event.ctrlKey || event.shiftKey) return
    event.preventDefault()
    await mark(entry, true)
    window.location.assign(entry.href)
  }

  async function readAll() {
    setBusy(true)
    const outcome = await send('/api/inbox/read-all', 'POST')
    setBusy(false)
    if (!outcome.ok) return toast.error(outcome.message)
    router.refresh()
  }

  return (
    <section className="inbox" aria-labelledby="inbox-title">
      <header className="inbox__header">
        <h2 id="inbox-title">
          Inbox{' '}
          <span className="inbox__unread" data-testid="inbox-unread">
            {total} unread
          </span>
        </h2>
        {total > 0 && (
          <Button
            buttonStyle="secondary"
            size="small"
            type="button"
            disabled={busy}
            onClick={() => void readAll()}
          >
            Mark all read
          </Button>
        )}
      </header>
      {counts.length > 0 && (
        <p className="inbox__counts">
          {counts.map((count) => `${count.label}: ${count.unread}`).join(' · ')}
        </p>
      )}
      {entries.length === 0 ? (
        <p className="inbox__empty">
          Nothing yet: mentions, requests for changes and assignments arrive here.
        </p>
      ) : (
        <ul className="inbox__items">
          {entries.map((entry) => (
            <li key={entry.id} className={entry.read ? 'inbox__item' : 'inbox__item inbox__item--unread'}>
              <span className="inbox__kind">
                {inboxKindLabels[entry.kind]}
                {entry.read ? '' : ' · unread'}
              </span>
              <a href={entry.href} onClick={(event) => void open(event, entry)}>
                {entry.title}
              </a>
              <span className="inbox__when">{formatMoment(entry.createdAt)} UTC</span>
              <Button
                buttonStyle="subtle"
                size="small"
                type="button"
                onClick={() => void mark(entry, !entry.read).then((ok) => ok && router.refresh())}
              >
                {entry.read ? 'Mark unread' : 'Mark read'}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
