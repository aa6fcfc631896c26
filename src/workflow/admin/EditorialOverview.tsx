import type { Payload, TypedUser, Where } from 'payload'

import { isStaff } from '@/access/roles'
import type { PressRelease } from '@/payload-types'

import { statusLabel } from '../status'

import { formatMoment } from './formatMoment'
import { PendingRecordChanges } from './PendingRecordChanges'
import { ReleasePresence } from './presence/ReleasePresence.client'

type Props = { payload: Payload; user?: TypedUser | null }

async function releases(payload: Payload, user: TypedUser, where: Where, sort: string, draft = true) {
  const { docs } = await payload.find({
    collection: 'press-releases',
    where,
    sort,
    limit: 8,
    depth: 0,
    draft,
    user,
    overrideAccess: false,
    select: {
      headline: true,
      editorialStatus: true,
      publishAt: true,
      publishAt_tz: true,
      embargoUntil: true,
      firstPublishedAt: true,
      updatedAt: true,
    },
  })
  return docs as PressRelease[]
}

function Section({
  title,
  items,
  empty,
  detail,
}: {
  title: string
  items: PressRelease[]
  empty: string
  detail: (release: PressRelease) => string
}) {
  return (
    <section className="editorial-overview__section" aria-label={title}>
      <h3>
        {title} <span className="editorial-overview__count">{items.length}</span>
      </h3>
      {items.length === 0 ? (
        <p className="editorial-overview__empty">{empty}</p>
      ) : (
        <ul>
          {items.map((release) => (
            <li key={release.id}>
              <a href={`/admin/collections/press-releases/${release.id}`}>
                {release.headline || 'Untitled draft'}
              </a>
              <ReleasePresence id={release.id} />
              <span className="editorial-overview__detail">{detail(release)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** The dashboard's first screen: what needs this person's attention in the newsroom. */
export async function EditorialOverview({ payload, user }: Props) {
  if (!user || !isStaff(user)) return null
  const [mine, review, scheduled, published] = await Promise.all([
    releases(
      payload,
      user,
      {
        and: [
          { author: { equals: user.id } },
          { editorialStatus: { in: ['draft', 'changes_requested', 'withdrawn'] } },
        ],
      },
      '-updatedAt',
    ),
    releases(payload, user, { editorialStatus: { equals: 'in_review' } }, 'updatedAt'),
    releases(payload, user, { editorialStatus: { equals: 'scheduled' } }, 'publishAt'),
    releases(payload, user, { _status: { equals: 'published' } }, '-firstPublishedAt', false),
  ])
  return (
    <div className="editorial-overview">
      <h2>Newsroom</h2>
      <div className="editorial-overview__grid">
        <Section
          title="My drafts"
          items={mine}
          empty="No drafts of yours in progress."
          detail={(r) =>
            `${statusLabel[r.editorialStatus ?? 'draft']} · edited ${formatMoment(r.updatedAt)} UTC`
          }
        />
        <Section
          title="Awaiting review"
          items={review}
          empty="Nothing is waiting for review."
          detail={(r) => `submitted, last edited ${formatMoment(r.updatedAt)} UTC`}
        />
        <Section
          title="Scheduled and embargoed"
          items={scheduled}
          empty="Nothing is scheduled."
          detail={(r) =>
            `${r.embargoUntil ? 'Embargoed until' : 'Publishes'} ${formatMoment(r.publishAt, { timeZone: r.publishAt_tz })} (${r.publishAt_tz ?? 'UTC'})`
          }
        />
        <Section
          title="Recently published"
          items={published}
          empty="Nothing published yet."
          detail={(r) => `published ${formatMoment(r.firstPublishedAt ?? r.updatedAt)} UTC`}
        />
        <PendingRecordChanges payload={payload} user={user} />
      </div>
    </div>
  )
}
