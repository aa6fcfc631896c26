import type { CollectionSlug, Payload, TypedUser } from 'payload'

import { canPublish } from '@/access/roles'
import { defaultLocale } from '@/content/locales'
import { idsOf } from '@/content/relations'

import { formatMoment } from './formatMoment'

/** The records whose changes wait for an editor, with the field that names each. */
const records = [
  { collection: 'events', label: 'Event', title: 'title' },
  { collection: 'speeches', label: 'Speech', title: 'title' },
  { collection: 'participants', label: 'Participant', title: 'name' },
  { collection: 'documents', label: 'Document', title: 'title' },
  { collection: 'topics', label: 'Topic', title: 'title' },
] as const

const perCollection = 10

export type PendingChange = {
  collection: CollectionSlug
  label: string
  id: number | string
  title: string
  /** Never published (a new record) or a change beside a published text. */
  isNew: boolean
  by?: number | string
  at: string
}

/**
 * Records whose latest version is an unpublished draft: new records and changes to published ones
 * (src/workflow/recordApproval.ts: officers save drafts, editors publish). Payload marks each
 * record's newest version `latest`, so this reads one indexed page of versions per collection,
 * whatever the archive's size.
 */
export async function pendingRecordChanges(payload: Payload, user: TypedUser): Promise<PendingChange[]> {
  const lists = await Promise.all(
    records.map(async ({ collection, label, title }) => {
      const { docs } = await payload.findVersions({
        collection,
        where: { and: [{ latest: { equals: true } }, { 'version._status': { equals: 'draft' } }] },
        sort: '-updatedAt',
        limit: perCollection,
        depth: 0,
        locale: defaultLocale,
        user,
        overrideAccess: false,
      })
      return docs.map((doc): PendingChange => {
        const version = doc.version as unknown as Record<string, unknown>
        return {
          collection,
          label,
          id: idsOf([doc.parent])[0] ?? '',
          title: String(version[title] || 'Untitled'),
          isNew: !version.firstPublishedAt,
          by: idsOf([version.lastEditedBy])[0],
          at: doc.updatedAt,
        }
      })
    }),
  )
  return lists.flat().sort((a, b) => b.at.localeCompare(a.at))
}

/** The editors' queue of record changes on the dashboard; nothing for press officers. */
export async function PendingRecordChanges({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (!user || !canPublish(user)) return null
  const changes = await pendingRecordChanges(payload, user)
  const ids = [...new Set(changes.flatMap((change) => (change.by === undefined ? [] : [change.by])))]
  const { docs: people } = ids.length
    ? await payload.find({
        collection: 'users',
        where: { id: { in: ids } },
        depth: 0,
        pagination: false,
        user,
        overrideAccess: false,
        select: { name: true },
      })
    : { docs: [] }
  const nameOf = new Map(people.map((person) => [person.id, person.name]))
  const title = 'Record changes to publish'
  return (
    <section className="editorial-overview__section" aria-label={title}>
      <h3>
        {title} <span className="editorial-overview__count">{changes.length}</span>
      </h3>
      {changes.length === 0 ? (
        <p className="editorial-overview__empty">
          No unpublished changes to events, speeches or other records.
        </p>
      ) : (
        <ul>
          {changes.map((change) => (
            <li key={`${change.collection}:${change.id}`}>
              <a href={`/admin/collections/${change.collection}/${change.id}`}>{change.title}</a>
              <span className="editorial-overview__detail">
                {`${change.label} · ${change.isNew ? 'new, never published' : 'changed since published'} · by ${
                  (change.by !== undefined && nameOf.get(change.by as number)) || 'unknown'
                }, ${formatMoment(change.at)} UTC`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
