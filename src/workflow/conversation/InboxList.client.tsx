'use client'

import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState, type MouseEvent } from 'react'

import type { InboxItem } from '@/payload-types'

import { formatMoment } from '../admin/formatMoment'
import { inboxKindLabels, type InboxKind } from '../inbox'

import { inboxEntryOf, inboxPageSize, unreadStamp, unreadStampUrl, type InboxEntry } from './inboxEntry'
import { send } from './request'
import { useLiveStamp } from './useLiveStamp'

type Count = { kind: InboxKind; label: string; unread: number }
type Page = { docs: InboxItem[]; hasNextPage: boolean }

const stampOf = (body: unknown) => {
  const { totalDocs, docs } = body as { totalDocs: number; docs: { id: InboxItem['id'] }[] }
  return unreadStamp(totalDocs, docs[0]?.id)
}

/**
 * The inbox's list: open an item (read on the way), mark one read or unread, or all read; older
 * items page by page. The page is read again from the server when a new item arrives.
 */
export function InboxList({
  entries,
  counts,
  hasOlder,
  stamp,
}: {
  entries: InboxEntry[]
  counts: Count[]
  hasOlder: boolean
  stamp: string
}) {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [older, setOlder] = useState<{ entries: InboxEntry[]; page: number; more: boolean }>({
    entries: [],
    page: 1,
    more: hasOlder,
  })
  const total = counts.reduce((sum, count) => sum + count.unread, 0)
  useLiveStamp(unreadStampUrl, stampOf, () => router.refresh(), stamp)

  async function showOlder() {
    setBusy(true)
    const page = older.page + 1
    const outcome = await send(
      `/api/inbox?sort=-createdAt&limit=${inboxPageSize}&page=${page}&depth=0`,
      'GET',
    )
    setBusy(false)
    if (!outcome.ok) return toast.error(outcome.message)
    const { docs, hasNextPage } = outcome.body as Page
    // Items that moved down a page since (new ones arrived on top) are not listed twice.
    const shown = new Set([...entries, ...older.entries].map((entry) => String(entry.id)))
    setOlder({
      entries: [...older.entries, ...docs.map(inboxEntryOf).filter((entry) => !shown.has(String(entry.id)))],
      page,
      more: hasNextPage,
    })
  }
  const listed = [...entries, ...older.entries]

  async function mark(entry: InboxEntry, read: boolean) {
    const outcome = await send(`/api/inbox/${entry.id}`, 'PATCH', {
      readAt: read ? new Date().toISOString() : null,
    })
    if (!outcome.ok) toast.error(outcome.message)
    // An older item is the browser's copy: the server's refresh does not redraw it.
    else
      setOlder((shown) => ({
        ...shown,
        entries: shown.entries.map((other) => (other.id === entry.id ? { ...other, read } : other)),
      }))
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
      {listed.length === 0 ? (
        <p className="inbox__empty">
          Nothing yet: mentions, requests for changes and assignments arrive here.
        </p>
      ) : (
        <ul className="inbox__items">
          {listed.map((entry) => (
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
      {older.more && (
        <Button
          buttonStyle="secondary"
          size="small"
          type="button"
          disabled={busy}
          onClick={() => void showOlder()}
        >
          Show older
        </Button>
      )}
    </section>
  )
}
