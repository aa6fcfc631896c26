'use client'

import { Button, toast } from '@payloadcms/ui'
import { useState } from 'react'

import { mentionParts, type Person } from '@/content/mentions'
import { populated, populatedList, type Id } from '@/content/relations'

import { formatMoment } from '../admin/formatMoment'

import { MentionBox } from './MentionBox.client'
import { send } from './request'

export type CommentDoc = {
  id: Id
  body: string
  parent?: Id | { id: Id } | null
  author?: Id | Person | null
  mentions?: (Id | Person)[] | null
  resolved?: boolean | null
  resolvedBy?: Id | Person | null
  resolvedAt?: string | null
  createdAt: string
}

const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone
const nameOf = (person: Id | Person | null | undefined) =>
  populated(person as Person | Id | null | undefined)?.name ?? 'A former colleague'

function Comment({ comment }: { comment: CommentDoc }) {
  const people = populatedList(comment.mentions as (Id | Person)[] | null)
  return (
    <article id={`comment-${comment.id}`} className="conversation__comment">
      <header>
        <strong>{nameOf(comment.author)}</strong>{' '}
        <time dateTime={comment.createdAt}>{formatMoment(comment.createdAt, { timeZone: localZone() })}</time>
      </header>
      <p>
        {mentionParts(comment.body, people).map((part, index) =>
          'text' in part ? (
            <span key={index}>{part.text}</span>
          ) : (
            <span key={index} className="conversation__mention">
              @{part.person?.name ?? 'former colleague'}
            </span>
          ),
        )}
      </p>
    </article>
  )
}

/** One thread: its first comment, the replies, who resolved it and when, and its actions. */
export function Thread({
  root,
  replies,
  onReply,
  onChange,
}: {
  root: CommentDoc
  replies: CommentDoc[]
  onReply: (body: string, parent: Id) => Promise<string | null>
  onChange: () => void
}) {
  const [replying, setReplying] = useState(false)
  const [busy, setBusy] = useState(false)

  async function setResolved(resolved: boolean) {
    setBusy(true)
    const outcome = await send(`/api/comments/${root.id}/resolve`, 'POST', { resolved })
    setBusy(false)
    if (!outcome.ok) return toast.error(outcome.message)
    onChange()
  }

  return (
    <li className={`conversation__thread${root.resolved ? ' conversation__thread--resolved' : ''}`}>
      <p className="conversation__state" data-testid="thread-state">
        {root.resolved
          ? `Resolved by ${nameOf(root.resolvedBy)}${root.resolvedAt ? `, ${formatMoment(root.resolvedAt, { timeZone: localZone() })}` : ''}`
          : 'Open'}
      </p>
      <Comment comment={root} />
      {replies.length > 0 && (
        <ol className="conversation__replies">
          {replies.map((reply) => (
            <li key={reply.id}>
              <Comment comment={reply} />
            </li>
          ))}
        </ol>
      )}
      {replying ? (
        <MentionBox
          label="Reply"
          submitLabel="Reply"
          onCancel={() => setReplying(false)}
          onSubmit={async (body) => {
            const problem = await onReply(body, root.id)
            if (!problem) setReplying(false)
            return problem
          }}
        />
      ) : (
        <div className="conversation__actions">
          <Button buttonStyle="secondary" size="small" type="button" onClick={() => setReplying(true)}>
            Reply
          </Button>
          <Button
            buttonStyle="secondary"
            size="small"
            type="button"
            disabled={busy}
            onClick={() => void setResolved(!root.resolved)}
          >
            {root.resolved ? 'Reopen' : 'Resolve'}
          </Button>
        </div>
      )}
    </li>
  )
}
