import type { UIFieldServerProps } from 'payload'

import { idOf } from '@/content/relations'

import { linkedRecordChanges, type LinkedRecordChange } from '../linkedChanges'

import { formatMoment } from './formatMoment'
import { PublishRecordButton } from './PublishRecordButton.client'

function Change({ change, publish }: { change: LinkedRecordChange; publish: boolean }) {
  const who = change.by ? `by ${change.by}, ` : ''
  return (
    <li className="linked-changes__item">
      <span>
        {change.label}: <strong>{change.title}</strong>
      </span>
      <span className="editorial-overview__detail">
        {change.isNew ? 'New record, ' : ''}
        {who}
        {formatMoment(change.at)} UTC
      </span>
      <dl className="linked-changes__fields">
        {change.changes.map((field) => (
          <div key={field.field}>
            <dt>{field.field}</dt>
            <dd>
              {field.from && <del>{field.from}</del>}
              {field.from && field.to && ' → '}
              {field.to ? <ins>{field.to}</ins> : <em>(removed)</em>}
            </dd>
          </div>
        ))}
      </dl>
      <span className="linked-changes__links">
        <a href={change.compareUrl}>Compare versions</a>
        {' · '}
        <a href={change.editUrl}>Open the {change.label.toLowerCase()}</a>
      </span>
      {publish && <PublishRecordButton collection={change.collection} id={change.id} title={change.title} />}
    </li>
  )
}

/**
 * "Linked records" in a release's sidebar, under the review panel (issue 10, item 5): the drafts
 * of the records it links to that the public does not see yet, and the changes to them published
 * since the release was last approved. Read on the server with the reviewer's own rights
 * (src/workflow/linkedChanges.ts); a reload shows newer changes.
 */
export async function LinkedChanges({
  id,
  data,
  payload,
  user,
}: Pick<UIFieldServerProps, 'id' | 'data' | 'payload' | 'user'>) {
  const releaseId = id ?? idOf(data?.id)
  if (releaseId === undefined || releaseId === null) return null
  const review = await linkedRecordChanges(payload, user, releaseId)
  if (!review) return null
  const { pending, publishedSince, approvedAt } = review
  return (
    <section className="workflow-panel linked-changes" aria-labelledby="linked-changes-title">
      <h3 id="linked-changes-title" className="workflow-panel__title">
        Linked records
      </h3>
      {pending.length === 0 && publishedSince.length === 0 && (
        <p className="editorial-overview__empty">
          No unpublished changes in the records this release links to
          {approvedAt ? ', and none published since its approval.' : '.'}
        </p>
      )}
      {pending.length > 0 && (
        <>
          <h4>
            Not yet public <span className="editorial-overview__count">{pending.length}</span>
          </h4>
          <p className="editorial-overview__detail">
            The site shows these records as they were last published until an editor publishes the change.
          </p>
          <ul>
            {pending.map((change) => (
              <Change key={`${change.collection}:${change.id}`} change={change} publish={review.canPublish} />
            ))}
          </ul>
        </>
      )}
      {publishedSince.length > 0 && approvedAt && (
        <>
          <h4>
            Published since approval ({formatMoment(approvedAt)} UTC){' '}
            <span className="editorial-overview__count">{publishedSince.length}</span>
          </h4>
          <ul>
            {publishedSince.map((change) => (
              <Change key={`${change.collection}:${change.id}`} change={change} publish={false} />
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
