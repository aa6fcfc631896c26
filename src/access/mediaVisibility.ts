import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  GlobalAfterChangeHook,
  GlobalSlug,
  PayloadRequest,
  Where,
} from 'payload'

import { defaultLocale } from '@/content/locales'
import { idsOf, type Id } from '@/content/relations'

import {
  globalMediaSources,
  mediaIdsOf,
  mediaSourceSlugs,
  mediaSources,
  type MediaSource,
  type MediaSourceSlug,
} from './mediaSources'

/**
 * A media file's stored visibility, `publicFrom` (issue 12): null while no public record shows
 * it, else the earliest moment one does (now, or a published release's embargo lift). The read
 * rule is then one indexed comparison, and an embargoed release's images become public at the
 * lift without any write. Kept current by the hooks below on every write that changes what the
 * public reads (publish, unpublish, a scheduled publication, an early lift, delete, a published
 * record's change in any locale), per affected file: those the record showed before ∪ after.
 */
export const publicMediaWhere = (now: Date = new Date()): Where => ({
  publicFrom: { less_than_equal: now.toISOString() },
})

const published: Where = { _status: { equals: 'published' } }

/**
 * One row through the adapter (no hooks, no access, no population): `locale` and `sort` given,
 * or the adapter would sort by the collection's default, a localized field, in no locale.
 */
const lookup = (req: PayloadRequest) =>
  ({ req, limit: 1, pagination: false, locale: defaultLocale, sort: 'id' }) as const

async function anyRecord(req: PayloadRequest, collection: MediaSourceSlug, where: Where) {
  const { docs } = await req.payload.db.find({ ...lookup(req), collection, where, select: { id: true } })
  return docs[0] as Record<string, unknown> | undefined
}

/** 'now' when a public record shows the file, the earliest lift when only embargoed ones do, else null. */
async function visibleFrom(req: PayloadRequest, id: Id): Promise<'now' | Date | null> {
  for (const [slug, paths] of Object.entries(globalMediaSources)) {
    const doc = await req.payload.db.findGlobal({ slug, req })
    if (mediaIdsOf({ uploads: paths ?? [], richText: [] }, doc).some((used) => String(used) === String(id)))
      return 'now'
  }
  let earliest: number | undefined
  for (const slug of mediaSourceSlugs) {
    const source: MediaSource = mediaSources[slug]
    const uses: Where = { and: [published, { mediaUsed: { in: [id] } }] }
    const hiddenUntil = source.hiddenUntil
    if (!hiddenUntil) {
      if (await anyRecord(req, slug, uses)) return 'now'
      continue
    }
    if (await anyRecord(req, slug, { and: [uses, { [hiddenUntil]: { exists: false } }] })) return 'now'
    const { docs } = await req.payload.db.find({
      ...lookup(req),
      collection: slug,
      where: { and: [uses, { [hiddenUntil]: { exists: true } }] },
      sort: hiddenUntil,
      select: { [hiddenUntil]: true },
    })
    const lift = Date.parse(String((docs[0] as Record<string, unknown> | undefined)?.[hiddenUntil]))
    if (!Number.isNaN(lift)) earliest = Math.min(earliest ?? lift, lift)
  }
  return earliest === undefined ? null : new Date(earliest)
}

const sameMoment = (a: string | null, b: string | null) =>
  a === b || (a !== null && b !== null && Date.parse(a) === Date.parse(b))

/** Recomputes the stored visibility of these files, in the request's transaction. */
export async function refreshMediaVisibility(req: PayloadRequest, ids: Iterable<Id>): Promise<void> {
  const seen = new Set<string>()
  for (const id of ids) {
    if (seen.has(String(id))) continue
    seen.add(String(id))
    const media = await req.payload.db.findOne<{ id: Id; publicFrom?: string | null }>({
      collection: 'media',
      where: { id: { equals: id } },
      select: { publicFrom: true },
      req,
    })
    if (!media) continue
    const stored = media.publicFrom ?? null
    const from = await visibleFrom(req, id)
    const now = Date.now()
    // A file public already keeps the moment it became so; one public only later becomes public now.
    const next =
      from === null
        ? null
        : from === 'now'
          ? stored !== null && Date.parse(stored) <= now
            ? stored
            : new Date(now).toISOString()
          : from.toISOString()
    if (sameMoment(stored, next)) continue
    // The adapter's own write: only this column, no upload handling, no hooks of the media
    // collection (whose "file in use" rule must not stop a publication).
    await req.payload.db.updateOne({
      collection: 'media',
      id,
      data: { publicFrom: next },
      req,
      returning: false,
    })
  }
}

type Context = {
  mediaDraftSave?: Record<string, boolean>
  mediaShownBefore?: Record<string, Id[]>
}
const contextOf = (req: PayloadRequest) => req.context as Context
const key = (slug: string, id: Id) => `${slug}:${id}`

/** The files the stored (public-side) copy of a record shows: the main table, never a draft version. */
async function shownByStored(req: PayloadRequest, collection: MediaSourceSlug, id: Id): Promise<Id[]> {
  const doc = await req.payload.db.findOne<{ id: Id; mediaUsed?: unknown[] | null }>({
    collection,
    where: { id: { equals: id } },
    select: { mediaUsed: true },
    req,
  })
  return idsOf(doc?.mediaUsed)
}

/** A draft save (Payload's `draft` without `_status: 'published'`) writes a version only: nothing public changes. */
const captureDraft: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation === 'create' || operation === 'update' || operation === 'restoreVersion') {
    const { draft, data } = args as { draft?: boolean; data?: { _status?: string } }
    const context = contextOf(req)
    context.mediaDraftSave = {
      ...context.mediaDraftSave,
      [collection.slug]: Boolean(draft) && data?._status !== 'published',
    }
  }
  return args
}

function hooksFor(slug: MediaSourceSlug) {
  const isDraftSave = (req: PayloadRequest) => Boolean(contextOf(req).mediaDraftSave?.[slug])
  const rememberBefore = async (req: PayloadRequest, id: Id) => {
    const shown = await shownByStored(req, slug, id)
    // The context is read after the await: a Local API call given `req` replaces `req.context`.
    const context = contextOf(req)
    context.mediaShownBefore = { ...context.mediaShownBefore, [key(slug, id)]: shown }
  }
  const takeBefore = (req: PayloadRequest, id: Id): Id[] => {
    const context = contextOf(req)
    const before = context.mediaShownBefore?.[key(slug, id)] ?? []
    if (context.mediaShownBefore) delete context.mediaShownBefore[key(slug, id)]
    return before
  }
  const beforeChange: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
    const id = (originalDoc as { id?: Id } | undefined)?.id
    if (operation === 'update' && id !== undefined && !isDraftSave(req)) await rememberBefore(req, id)
    return data
  }
  const afterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
    if (isDraftSave(req)) return doc
    const id = (doc as { id: Id }).id
    await refreshMediaVisibility(req, [...takeBefore(req, id), ...(await shownByStored(req, slug, id))])
    return doc
  }
  const beforeDelete: CollectionBeforeDeleteHook = async ({ id, req }) => rememberBefore(req, id)
  const afterDelete: CollectionAfterDeleteHook = async ({ id, doc, req }) => {
    await refreshMediaVisibility(req, [
      ...takeBefore(req, id),
      ...idsOf((doc as { mediaUsed?: unknown[] }).mediaUsed),
    ])
    return doc
  }
  return {
    beforeOperation: [captureDraft],
    beforeChange: [beforeChange],
    afterChange: [afterChange],
    beforeDelete: [beforeDelete],
    afterDelete: [afterDelete],
  }
}

type Hooks = NonNullable<CollectionConfig['hooks']>

/** A media source collection's hooks with those that keep its files' visibility current. */
export function withMediaVisibility(slug: MediaSourceSlug, hooks: Hooks = {}): Hooks {
  const own = hooksFor(slug)
  return {
    ...hooks,
    beforeOperation: [...own.beforeOperation, ...(hooks.beforeOperation ?? [])],
    beforeChange: [...(hooks.beforeChange ?? []), ...own.beforeChange],
    afterChange: [...own.afterChange, ...(hooks.afterChange ?? [])],
    beforeDelete: [...own.beforeDelete, ...(hooks.beforeDelete ?? [])],
    afterDelete: [...own.afterDelete, ...(hooks.afterDelete ?? [])],
  }
}

/** For a global listed in `globalMediaSources`: the files it held before and holds now. */
export function refreshGlobalMedia(slug: GlobalSlug): GlobalAfterChangeHook {
  return async ({ doc, previousDoc, req }) => {
    const paths = globalMediaSources[slug]
    if (!paths?.length) return doc
    await refreshMediaVisibility(req, mediaIdsOf({ uploads: paths, richText: [] }, previousDoc, doc))
    return doc
  }
}
