import type { CollectionSlug, Payload, TypedUser, Where } from 'payload'

import { canPublish, isStaff } from '@/access/roles'
import { blockFieldsOf, editorStates } from '@/content/lexical'
import { idOf, idsOf, type Id } from '@/content/relations'

import { diffRecords, type FieldChange } from './recordDiff'

/**
 * What changed in the records a release links to (issue 10, item 5): the unpublished drafts an
 * editor still has to publish, and the changes published since the release was last approved,
 * each field by field. Approving a release then covers what the public will see around it.
 * Every read goes through the Local API with the reviewer's user and access on: a caller who may
 * not read versions gets nothing.
 */

type RecordSlug = 'events' | 'speeches' | 'participants' | 'documents' | 'topics'

const recordLabels: Record<RecordSlug, { label: string; title: 'title' | 'name' }> = {
  events: { label: 'Event', title: 'title' },
  speeches: { label: 'Speech', title: 'title' },
  participants: { label: 'Participant', title: 'name' },
  documents: { label: 'Document', title: 'title' },
  topics: { label: 'Topic', title: 'title' },
}

export type LinkedRecordChange = {
  collection: RecordSlug
  label: string
  id: Id
  title: string
  /** Never published before: every field is new. */
  isNew: boolean
  changes: FieldChange[]
  /** When the change was saved (a draft) or published. */
  at: string
  /** Who saved the change, when the reader may read that user. */
  by?: string
  /** Payload's comparison of the two versions, or the record's versions when there is no pair. */
  compareUrl: string
  editUrl: string
}

export type LinkedChanges = {
  /** When an editor last approved, scheduled or published the release; null if never. */
  approvedAt: string | null
  /** Drafts of linked records that the public does not see yet. */
  pending: LinkedRecordChange[]
  /** Changes to linked records published after `approvedAt`. */
  publishedSince: LinkedRecordChange[]
  /** Whether this reader may publish the pending drafts. */
  canPublish: boolean
}

/** The actions that approve a release's text; the scheduler's own publication at the lift does not. */
const approvals = ['approve', 'schedule', 'embargo', 'publish']
/** A bound on one read of versions: the linked records' drafts, or their publications since an approval. */
const versionsPerRead = 200

type Version = {
  id: Id
  parent: unknown
  createdAt: string
  updatedAt: string
  version: Record<string, unknown>
}

/** The records a release links to, by collection: its fields, its quote blocks' speeches, their speakers. */
async function linkedIds(payload: Payload, user: TypedUser, releaseId: Id) {
  const release = await payload
    .findByID({
      collection: 'press-releases',
      id: releaseId,
      draft: true,
      depth: 0,
      locale: 'all',
      user,
      overrideAccess: false,
      select: {
        event: true,
        speeches: true,
        participants: true,
        documents: true,
        topics: true,
        citedDocuments: true,
        body: true,
      },
    })
    // Gone, or not this reader's to see: nothing to list. Anything else is a real failure.
    .catch((error: { status?: number }) => {
      if (error.status === 403 || error.status === 404) return null
      throw error
    })
  if (!release) return null
  const quoted = editorStates(release.body).flatMap((state) =>
    blockFieldsOf(state, 'speechQuote').map((block) => idOf(block.speech)),
  )
  const unique = (values: unknown[]) => [...new Map(idsOf(values).map((id) => [String(id), id])).values()]
  const speeches = unique([...(release.speeches ?? []), ...quoted])
  // The page names each speech's speaker too (as the speech now stands, draft or not).
  const { docs: speakers } = speeches.length
    ? await payload.find({
        collection: 'speeches',
        where: { id: { in: speeches } },
        draft: true,
        depth: 0,
        pagination: false,
        user,
        overrideAccess: false,
        select: { speaker: true },
      })
    : { docs: [] }
  return {
    events: unique([release.event]),
    speeches,
    participants: unique([...(release.participants ?? []), ...speakers.map((speech) => speech.speaker)]),
    documents: unique([...(release.documents ?? []), ...(release.citedDocuments ?? [])]),
    topics: unique(release.topics ?? []),
  } satisfies Record<RecordSlug, Id[]>
}

async function lastApproval(payload: Payload, user: TypedUser, releaseId: Id): Promise<string | null> {
  const { docs } = await payload.find({
    collection: 'activity',
    where: {
      and: [{ release: { equals: releaseId } }, { action: { in: approvals } }, { actor: { exists: true } }],
    },
    sort: '-at',
    limit: 1,
    depth: 0,
    user,
    overrideAccess: false,
    select: { at: true },
  })
  return docs[0]?.at ?? null
}

function versions(
  payload: Payload,
  user: TypedUser,
  collection: RecordSlug,
  where: Where,
  limit = versionsPerRead,
) {
  return payload
    .findVersions({
      collection: collection as CollectionSlug,
      where,
      sort: '-createdAt',
      limit,
      depth: 1,
      locale: 'all',
      user,
      overrideAccess: false,
    })
    .then(({ docs }) => docs as unknown as Version[])
}

/** The newest version of each record among `docs` (sorted newest first). */
function newestByParent(docs: Version[]): Map<string, Version> {
  const newest = new Map<string, Version>()
  for (const doc of docs) {
    const parent = String(idOf(doc.parent))
    if (!newest.has(parent)) newest.set(parent, doc)
  }
  return newest
}

function titleOf(collection: RecordSlug, record: Record<string, unknown>): string {
  const value = record[recordLabels[collection].title]
  const text = value && typeof value === 'object' ? (value as Record<string, unknown>).en : value
  return typeof text === 'string' && text ? text : 'Untitled'
}

function change(
  collection: RecordSlug,
  to: Version,
  from: { id: Id; version: Record<string, unknown> } | undefined,
  by: Map<string, string>,
): LinkedRecordChange {
  const id = idOf(to.parent) ?? ''
  const base = `/admin/collections/${collection}/${id}`
  return {
    collection,
    label: recordLabels[collection].label,
    id,
    title: titleOf(collection, to.version),
    isNew: !from,
    changes: diffRecords(from?.version, to.version),
    at: to.updatedAt,
    by: by.get(String(idOf(to.version.lastEditedBy))),
    compareUrl: from ? `${base}/versions/${to.id}?versionFrom=${from.id}` : `${base}/versions`,
    editUrl: base,
  }
}

/** The newest published version of a record, saved at or before `until` when given. */
async function publishedVersion(
  payload: Payload,
  user: TypedUser,
  collection: RecordSlug,
  id: unknown,
  until?: string,
) {
  const [newest] = await versions(
    payload,
    user,
    collection,
    {
      and: [
        { parent: { equals: idOf(id) } },
        { 'version._status': { equals: 'published' } },
        ...(until ? [{ createdAt: { less_than_equal: until } }] : []),
      ],
    },
    1,
  )
  return newest
}

/** The changes in one collection's linked records: pending drafts, and publications since `approvedAt`. */
async function collectionChanges(
  payload: Payload,
  user: TypedUser,
  collection: RecordSlug,
  ids: Id[],
  approvedAt: string | null,
) {
  const parents = { parent: { in: ids } }
  const [drafts, publications] = await Promise.all([
    versions(payload, user, collection, {
      and: [parents, { latest: { equals: true } }, { 'version._status': { equals: 'draft' } }],
    }),
    approvedAt
      ? versions(payload, user, collection, {
          and: [
            parents,
            { 'version._status': { equals: 'published' } },
            { createdAt: { greater_than: approvedAt } },
          ],
        })
      : [],
  ])
  // Each draft against the public copy; each record's newest publication since the approval
  // against the copy that was public when the release was approved. Few records change at once.
  const [pending, publishedSince] = await Promise.all([
    Promise.all(
      drafts.map(async (to) => ({ to, from: await publishedVersion(payload, user, collection, to.parent) })),
    ),
    Promise.all(
      [...newestByParent(publications).values()].map(async (to) => ({
        to,
        from: await publishedVersion(payload, user, collection, to.parent, approvedAt ?? undefined),
      })),
    ),
  ])
  return { pending, publishedSince }
}

/** The names of the users who saved these versions, as far as the reader may read them. */
async function editorNames(payload: Payload, user: TypedUser, docs: Version[]): Promise<Map<string, string>> {
  const ids = [...new Set(idsOf(docs.map((doc) => doc.version.lastEditedBy)))]
  if (ids.length === 0) return new Map()
  const { docs: people } = await payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    user,
    overrideAccess: false,
    select: { name: true },
  })
  return new Map(people.map((person) => [String(person.id), person.name || 'a colleague']))
}

/** What changed in the records release `releaseId` links to; null for a reader who is not staff. */
export async function linkedRecordChanges(
  payload: Payload,
  user: TypedUser | null | undefined,
  releaseId: Id,
): Promise<LinkedChanges | null> {
  if (!user || !isStaff(user)) return null
  const [linked, approvedAt] = await Promise.all([
    linkedIds(payload, user, releaseId),
    lastApproval(payload, user, releaseId),
  ])
  if (!linked) return null
  const collections = (Object.keys(recordLabels) as RecordSlug[]).filter((slug) => linked[slug].length > 0)
  const found = await Promise.all(
    collections.map(async (collection) => ({
      collection,
      ...(await collectionChanges(payload, user, collection, linked[collection], approvedAt)),
    })),
  )
  const all = found.flatMap(({ pending, publishedSince }) =>
    [...pending, ...publishedSince].map((pair) => pair.to),
  )
  const by = await editorNames(payload, user, all)
  const build = (kind: 'pending' | 'publishedSince') =>
    found
      .flatMap(({ collection, ...lists }) =>
        lists[kind].map(({ to, from }) => change(collection, to, from, by)),
      )
      .filter((item) => item.changes.length > 0 || item.isNew)
  return {
    approvedAt,
    pending: build('pending'),
    publishedSince: build('publishedSince'),
    canPublish: canPublish(user),
  }
}
