'use client'

import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { idOf } from '@/content/relations'

import { MentionBox } from './MentionBox.client'
import { send } from './request'
import { Thread, type CommentDoc } from './Thread.client'

/**
 * The conversation beside the text (issue 15, item 4): a release's review threads in the sidebar
 * of its edit view, instead of a table under the form. Every rule is the server's
 * (collections/Comments: staff only; only its author edits a comment; any colleague resolves);
 * this only reads and writes through the REST API. A thread is about the whole release; inline
 * comments (an `anchor` on the thread's first comment) would be listed here the same way.
 */
export function Conversation() {
  const { id } = useDocumentInfo()
  const [comments, setComments] = useState<CommentDoc[] | null>(null)
  const [showResolved, setShowResolved] = useState(false)
  const [version, setVersion] = useState(0)
  const reload = useCallback(() => setVersion((count) => count + 1), [])

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
    return () => {
      live = false
    }
  }, [id, version])

  // A link from the inbox or an email ("…#comment-12") opens at its comment once loaded.
  useEffect(() => {
    if (!comments || !window.location.hash.startsWith('#comment-')) return
    document.getElementById(window.location.hash.slice(1))?.scrollIntoView({ block: 'center' })
  }, [comments])

  if (id === undefined)
    return <p className="conversation__empty">Save the draft to start a conversation about it.</p>

  const post = async (body: string, parent?: CommentDoc['id']) => {
    const outcome = await send('/api/comments', 'POST', { release: id, body, parent })
    if (!outcome.ok) return outcome.message
    reload()
    return null
  }

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
      <MentionBox label="New comment" submitLabel="Comment" onSubmit={(body) => post(body)} />
      {comments === null ? (
        <p className="conversation__empty">Loading the conversation…</p>
      ) : roots.length === 0 ? (
        <p className="conversation__empty">No comments yet. Write @ and a name to ask a colleague.</p>
      ) : null}
      <ol className="conversation__threads">
        {open.map((root) => (
          <Thread key={root.id} root={root} replies={repliesTo(root)} onReply={post} onChange={reload} />
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
                />
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  )
}
