import { APIError, type CollectionSlug, type PayloadRequest, type TypeWithVersion, type Where } from 'payload'

import { plainText } from '@/content/lexical'
import type { Conflict } from '@/content/threeWayMerge'

/**
 * The versions a concurrent save is merged against, and the 409 that names a conflicting field:
 * who changed it and when (from the versions between the copy the client started from and now;
 * `lastEditedBy` says who saved each, since Payload's versions record no user), with both values.
 * The admin shows the message in its error toast and marks the field (src/fields/concurrentSaves.ts).
 */

type Doc = Record<string, unknown>
export type Version = TypeWithVersion<Doc> & { autosave?: boolean }

const isObject = (value: unknown): value is Doc =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Newest first, as the form holds them: the locale being saved, without another language's fallback. */
export async function versionsOf(
  req: PayloadRequest,
  slug: CollectionSlug,
  where: Where,
  limit = 1,
): Promise<Version[]> {
  const { docs } = await req.payload.findVersions({
    collection: slug,
    where,
    sort: '-updatedAt',
    limit,
    pagination: false,
    depth: 0,
    locale: req.locale ?? undefined,
    fallbackLocale: false,
    overrideAccess: true,
    showHiddenFields: true,
    req,
  })
  return docs as unknown as Version[]
}

export const editorOf = (version: Doc): string | undefined => {
  const by = isObject(version.lastEditedBy) ? version.lastEditedBy.id : version.lastEditedBy
  return typeof by === 'number' || typeof by === 'string' ? String(by) : undefined
}

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)'
  if (isObject(value) && isObject(value.root)) return shown(plainText(value).trim())
  if (Array.isArray(value)) return `${value.length} item${value.length === 1 ? '' : 's'}`
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return text.length > 80 ? `${text.slice(0, 79)}…` : text
}

const at = (doc: Doc, path: string) =>
  JSON.stringify(
    path.split('.').reduce<unknown>((value, key) => (isObject(value) ? value[key] : undefined), doc) ?? null,
  )

/** The oldest version, in the run of newest ones, that already held the current value: where the change was made. */
function origin(newestFirst: Version[], path: string): Version {
  const value = at(newestFirst[0]!.version, path)
  let found = newestFirst[0]!
  for (const version of newestFirst) {
    if (at(version.version, path) !== value) break
    found = version
  }
  return found
}

async function names(req: PayloadRequest, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Map(docs.map((user) => [String(user.id), user.name]))
}

/**
 * Where each conflicting field's current value came from: the version that first held it among
 * those saved since the copy the client started from.
 */
export async function originsOf(
  req: PayloadRequest,
  slug: CollectionSlug,
  id: number | string,
  started: Version,
  conflicts: Conflict[],
): Promise<Version[]> {
  const since = await versionsOf(
    req,
    slug,
    {
      and: [{ parent: { equals: id } }, { 'version.updatedAt': { greater_than: started.version.updatedAt } }],
    },
    50,
  )
  return since.length === 0 ? conflicts.map(() => started) : conflicts.map((one) => origin(since, one.path))
}

export async function conflictError(
  req: PayloadRequest,
  conflicts: Conflict[],
  origins: Version[],
): Promise<APIError> {
  const who = await names(req, [
    ...new Set(origins.map((one) => editorOf(one.version)).filter((by) => by !== undefined)),
  ])
  const detailed = conflicts.map((one, index) => {
    const version = origins[index]!
    const changedBy = who.get(editorOf(version.version) ?? '') ?? 'a colleague'
    const changedAt = String(version.version.updatedAt)
    const message = `${one.label} was changed by ${changedBy} at ${changedAt.slice(11, 16)} UTC: theirs «${shown(one.theirs)}», yours «${shown(one.yours)}».`
    return { ...one, changedBy, changedAt, message }
  })
  return new APIError(
    `${detailed.map((one) => one.message).join(' ')} Nothing was saved: reload to see their version, then make your change again.`,
    409,
    {
      conflicts: detailed.map(({ message: _, ...one }) => one),
      errors: detailed.map((one) => ({ path: one.path, message: one.message })),
    },
    true,
  )
}
