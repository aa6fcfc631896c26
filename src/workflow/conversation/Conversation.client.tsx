'use client'

import { Button, useDocumentInfo, useLocale } from '@payloadcms/ui'
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'

import { anchorIdsIn } from '@/content/commentAnchors'
import { idOf } from '@/content/relations'

import { anchorState, dropDraft, setAnchors, subscribeAnchors } from './anchors/store'
import { MentionBox } from './MentionBox.client'
import { send } from './request'
import { Thread, type CommentDoc } from './Thread.client'
import { useLiveStamp } from './useLiveStamp'

import './anchors/anchors.css'

/** What changes when anything in a release's conversation changes: how many comments, and the newest change. */
const stampOf = (body: unknown) => {
  const { totalDocs, docs } = body as { totalDocs: number; docs: { updatedAt?: string }[] }
  return `${totalDocs}:${docs[0]?.updatedAt ?? ''}`
}

/**
 * The conversation beside the text (issue 15, item 4): a release's review threads in the sidebar
 * of its edit view, instead of a table under the form. Every rule is the server's
 * (collections/Comments: staff only; only its author edits a comment; any colleague resolves);
 * this only reads and writes through the REST API. A thread is about the whole release, or about
 * words of the body (its first comment's `anchor`: ./anchors). It refreshes itself when a
 * colleague comments, replies or resolves (./useLiveStamp.ts).
 */
export function Conversation() {
  const { id } = useDocumentInfo()
  const { code: locale } = useLocale()
  const [comments, setComments] = useState<CommentDoc[] | null>(null)
  /** The marks in the body as last saved, in this language (a colleague's may not be in this copy yet). */
  const [saved, setSaved] = useState<ReadonlySet<string>>(new Set())
  const [showResolved, setShowResolved] = useState(false)
  const [version, setVersion] = useState(0)
  const reload = useCallback(() => setVersion((count) => count + 1), [])
  const anchors = useSyncExternalStore(subscribeAnchors, anchorState, anchorState)
  useLiveStamp(
    id === undefined
      ? null
      : `/api/comments?where[release][equals]=${encodeURIComponent(String(id))}&sort=-updatedAt&limit=1&depth=0&select[updatedAt]=true`,
    stampOf,
    reload,
  )

  useEffect(() => {
    if (id === undefined) return
    let live = true
    const fields = [
      'body',
      'parent',
      'author',
      'mentions',
      'resolved',
      'resolvedBy',
      'resolvedAt',
      'createdAt',
      'anchor',
    ]
    const query = [
      `where[release][equals]=${encodeURIComponent(String(id))}&depth=1&limit=500&sort=createdAt`,
      ...fields.map((field) => `select[${field}]=true`),
      // Colleagues as names only; a parent as its id.
      'populate[users][name]=true&populate[comments][id]=true',
    ].join('&')
    void send(`/api/comments?${query}`, 'GET').then((outcome) => {
      if (live && outcome.ok) setComments((outcome.body as { docs: CommentDoc[] }).docs)
    })
    const release = `/api/press-releases/${encodeURIComponent(String(id))}?draft=true&depth=0&select[body]=true`
    void send(`${release}&locale=${encodeURIComponent(locale)}`, 'GET').then((outcome) => {
      if (live && outcome.ok) setSaved(new Set(anchorIdsIn((outcome.body as { body?: unknown }).body)))
    })
    return () => {
      live = false
    }
  }, [id, version, locale])

  // A link from the inbox or an email ("…#comment-12") opens at its comment once loaded.
  useEffect(() => {
    if (!comments || !window.location.hash.startsWith('#comment-')) return
    document.getElementById(window.location.hash.slice(1))?.scrollIntoView({ block: 'center' })
  }, [comments])

  // The body lights the words of open threads only.
  useEffect(() => {
    const open = (comments ?? []).filter((c) => !c.resolved && idOf(c.parent) === undefined && c.anchor?.mark)
    setAnchors({ open: new Set(open.map((c) => c.anchor!.mark!)) })
  }, [comments])

  if (id === undefined)
    return <p className="conversation__empty">Save the draft to start a conversation about it.</p>

  const post = async (body: string, parent?: CommentDoc['id'], anchor?: CommentDoc['anchor']) => {
    const outcome = await send('/api/comments', 'POST', { release: id, body, parent, anchor })
    if (!outcome.ok) return outcome.message
    if (anchor?.mark) setAnchors({ draft: null, open: new Set([...anchorState().open, anchor.mark]) })
    reload()
    return null
  }
  const { draft } = anchors

  const all = comments ?? []
  const roots = all.filter((comment) => idOf(comment.parent) === undefined)
  const repliesTo = (root: CommentDoc) =>
    all.filter((comment) => String(idOf(comment.parent)) === String(root.id))
  const open = roots.filter((root) => !root.resolved)
  const resolved = roots.filter((root) => root.resolved)
  return (
    <section className="conversation" aria-labelledby="conversation-title">
      <h3 id="conversation-title">
        Conversation <span className="conversation__count">{open.length} open</span>
      </h3>
      {draft ? (
        <div className="conversation__draft">
          <p className="conversation__quote">“{draft.quote}”</p>
          <MentionBox
            key={draft.mark}
            label="Comment on the selected words"
            submitLabel="Comment"
            onCancel={dropDraft}
            onSubmit={(body) => post(body, undefined, draft)}
          />
        </div>
      ) : (
        <MentionBox label="New comment" submitLabel="Comment" onSubmit={(body) => post(body)} />
      )}
      {comments === null ? (
        <p className="conversation__empty">Loading the conversation…</p>
      ) : roots.length === 0 ? (
        <p className="conversation__empty">No comments yet. Write @ and a name to ask a colleague.</p>
      ) : null}
      <ol className="conversation__threads">
        {open.map((root) => (
          <Thread
            key={root.id}
            root={root}
            replies={repliesTo(root)}
            onReply={post}
            onChange={reload}
            anchors={anchors}
            saved={saved}
          />
        ))}
      </ol>
      {resolved.length > 0 && (
        <>
          <Button
            buttonStyle="secondary"
            size="small"
            type="button"
            onClick={() => setShowResolved((shown) => !shown)}
          >
            {showResolved ? 'Hide' : 'Show'} {resolved.length} resolved
          </Button>
          {showResolved && (
            <ol className="conversation__threads">
              {resolved.map((root) => (
                <Thread
                  key={root.id}
                  root={root}
                  replies={repliesTo(root)}
                  onReply={post}
                  onChange={reload}
                  anchors={anchors}
                  saved={saved}
                />
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  )
}
