'use client'

import { Button, toast } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

import { mentionParts, type Person } from '@/content/mentions'
import { populated, populatedList, type Id } from '@/content/relations'

import { formatMoment } from '../admin/formatMoment'

import { focusAnchor, type AnchorState } from './anchors/store'
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
  /** On a thread's first comment: the mark around the words it is about (src/content/commentAnchors.ts). */
  anchor?: { mark?: string | null; quote?: string | null } | null
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

/**
 * The words an inline thread is about; a click shows them in the text. When the text in this view
 * no longer holds its mark, the thread stays and says why: the words were deleted, or a colleague
 * saved them after this copy was opened (co-editing brings them in live; a reload does too).
 */
function Anchor({
  mark,
  quote,
  anchors: { present, seen },
  saved,
}: {
  mark: string
  quote: string
  anchors: AnchorState
  saved: ReadonlySet<string>
}) {
  const missing = present !== null && !present.has(mark)
  const newer = !seen.has(mark) && saved.has(mark)
  return (
    <>
      <button
        type="button"
        className="conversation__quote"
        title="Show these words in the text"
        onClick={() => focusAnchor(mark, 'sidebar')}
      >
        “{quote}”
      </button>
      {missing && (
        <p className="conversation__anchor-gone" data-testid="anchor-gone">
          {newer
            ? 'A colleague saved these words after you opened the release: reload to see them in the text.'
            : 'These words are no longer in the text (deleted, or not in this language).'}
        </p>
      )}
    </>
  )
}

/** One thread: the words it is about, its first comment, the replies, who resolved it and when, and its actions. */
export function Thread({
  root,
  replies,
  onReply,
  onChange,
  anchors,
  saved,
}: {
  root: CommentDoc
  replies: CommentDoc[]
  onReply: (body: string, parent: Id) => Promise<string | null>
  onChange: () => void
  anchors: AnchorState
  saved: ReadonlySet<string>
}) {
  const [replying, setReplying] = useState(false)
  const [busy, setBusy] = useState(false)
  const item = useRef<HTMLLIElement>(null)
  const mark = root.anchor?.mark ?? undefined
  const focused = mark !== undefined && anchors.focused?.mark === mark ? anchors.focused : null

  // A click on its words in the text brings the thread into view.
  useEffect(() => {
    if (focused?.from === 'editor') item.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' })
  }, [focused])

  async function setResolved(resolved: boolean) {
    setBusy(true)
    const outcome = await send(`/api/comments/${root.id}/resolve`, 'POST', { resolved })
    setBusy(false)
    if (!outcome.ok) return toast.error(outcome.message)
    onChange()
  }

  return (
    <li
      ref={item}
      data-anchor={mark}
      className={`conversation__thread${root.resolved ? ' conversation__thread--resolved' : ''}${focused ? ' conversation__thread--focused' : ''}`}
    >
      <p className="conversation__state" data-testid="thread-state">
        {root.resolved
          ? `Resolved by ${nameOf(root.resolvedBy)}${root.resolvedAt ? `, ${formatMoment(root.resolvedAt, { timeZone: localZone() })}` : ''}`
          : 'Open'}
      </p>
      {mark && <Anchor mark={mark} quote={root.anchor?.quote ?? ''} anchors={anchors} saved={saved} />}
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
