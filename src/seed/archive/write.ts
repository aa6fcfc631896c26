import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { locales, translationLocales, type Locale } from '@/content/locales'
import type { Id } from '@/content/relations'
import { citedDocumentIds } from '@/fields/citedDocuments'
import { storedPlainText } from '@/fields/plainText'
import { isMediaSource, mediaIdsOf, mediaSources } from '@/access/mediaSources'
import { slugCandidate, toSlug } from '@/fields/slug'
import { approvedStates } from '@/workflow/translation/apply'

import { bulkWriter, sqliteClient, type BulkRecord } from './sqliteBulk'

/**
 * Writes generated records. Two paths, same result:
 * - `throughPayload`: the Local API with every hook and validation (a sample of each kind, and
 *   the releases whose publication maintains something on other records, e.g. media);
 * - `direct`: the adapter's own create/createVersion (`payload.db`, no hooks, no validation),
 *   because Payload's path costs tens of milliseconds a record. The fields hooks derive are
 *   derived here with the functions those hooks use, and each record gets its version row with
 *   `latest: true` (createVersion sets it), so the admin's draft list shows it.
 * `payload.db` is the adapter interface, so the direct path works on MongoDB as well (slower:
 * one round trip per statement).
 */

type Data = Record<string, unknown>
export type Slugs = Map<CollectionSlug, Set<string>>

const titleField: Partial<Record<CollectionSlug, string>> = {
  'press-releases': 'headline',
  participants: 'name',
}

/** The slugs already taken, so that generated ones are unique as the slug hook makes them. */
export async function loadSlugs(payload: Payload, collections: CollectionSlug[]): Promise<Slugs> {
  const slugs: Slugs = new Map()
  for (const collection of collections) {
    const { docs } = await payload.find({
      collection,
      select: { slug: true } as never,
      draft: true,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    slugs.set(collection, new Set(docs.map((doc) => String((doc as { slug?: unknown }).slug))))
  }
  return slugs
}

function uniqueSlug(slugs: Slugs, collection: CollectionSlug, title: string): string {
  const taken = slugs.get(collection) ?? new Set<string>()
  slugs.set(collection, taken)
  const base = toSlug(title)
  for (let n = 1; ; n++) {
    const candidate = slugCandidate(base, n)
    if (!taken.has(candidate)) {
      taken.add(candidate)
      return candidate
    }
  }
}

/** The fields the collections' hooks compute, for a record written without them. */
export function derive(
  collection: CollectionSlug,
  data: Data,
  { published, date, slugs }: { published: boolean; date: string; slugs: Slugs },
): Data {
  const title = (data[titleField[collection] ?? 'title'] as Record<string, string> | undefined)?.en ?? ''
  const derived: Data = {
    slug: uniqueSlug(slugs, collection, title),
    _status: published ? 'published' : 'draft',
    firstPublishedAt: published ? date : null,
  }
  const plainTextOf = (source: string, target: string) => {
    const states = data[source] as Record<string, unknown> | undefined
    if (states)
      derived[target] = Object.fromEntries(locales.map((locale) => [locale, storedPlainText(states[locale])]))
  }
  if (collection === 'press-releases') {
    plainTextOf('body', 'bodyText')
    // The archive's translations are the newsroom's own, approved (as the demo seed's).
    derived.translations = approvedStates(data as never)
    derived.citedDocuments = citedDocumentIds(data.documents, Object.values((data.body as Data) ?? {}))
  }
  if (collection === 'speeches') plainTextOf('text', 'fullText')
  if (collection !== 'press-releases') derived.lastEditedBy = null
  // The files each record shows, as src/fields/mediaUsed.ts stores them: what keeps a file in
  // use private-to-replace (src/access/mediaUse.ts) and public (src/access/mediaVisibility.ts).
  if (isMediaSource(collection)) derived.mediaUsed = mediaIdsOf(mediaSources[collection], data)
  return { ...data, ...derived }
}

export type Writer = {
  /** Many records at once (SQLite only), for collections without arrays or blocks. */
  bulk?: (collection: CollectionSlug, records: BulkRecord[]) => Promise<Id[]>
  direct: (collection: CollectionSlug, data: Data, at: string) => Promise<Id>
  throughPayload: (collection: CollectionSlug, data: Data) => Promise<Id>
}

export function writer(payload: Payload, req: PayloadRequest): Writer {
  const client = sqliteClient(payload)
  return {
    bulk: client ? bulkWriter(payload, client) : undefined,
    async direct(collection, data, at) {
      const doc = await payload.db.create({
        collection,
        data: { ...data, createdAt: at, updatedAt: at },
        req,
        select: { id: true },
      })
      await payload.db.createVersion({
        collectionSlug: collection,
        parent: doc.id,
        versionData: { ...data, createdAt: at, updatedAt: at } as never,
        autosave: false,
        createdAt: at,
        updatedAt: at,
        req,
        returning: false,
      })
      return doc.id
    },
    async throughPayload(collection, data) {
      // One language per write, as the admin saves (validators read one language's value).
      const draft = data._status !== 'published'
      const doc = await payload.create({
        collection,
        data: inLocale(data, 'en') as never,
        locale: 'en',
        draft,
        depth: 0,
        req,
        overrideAccess: true,
      })
      for (const locale of translationLocales)
        await payload.update({
          collection,
          id: doc.id,
          data: translations(data, locale) as never,
          locale,
          draft,
          depth: 0,
          req,
          overrideAccess: true,
        })
      return doc.id
    },
  }
}

const isLocalized = (value: unknown): value is Record<Locale, unknown> =>
  Boolean(value) &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  'en' in (value as object) &&
  Object.keys(value as object).every((key) => (locales as readonly string[]).includes(key))

/** The record as one language's write gives it: every {en, ru, zh} replaced by its value. */
export function inLocale(value: unknown, locale: Locale): unknown {
  if (isLocalized(value)) return value[locale]
  if (Array.isArray(value)) return value.map((item) => inLocale(item, locale))
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inLocale(item, locale)]))
  return value
}

const hasLocalized = (value: unknown): boolean =>
  isLocalized(value) ||
  (Array.isArray(value)
    ? value.some(hasLocalized)
    : Boolean(value) && typeof value === 'object' && Object.values(value as object).some(hasLocalized))

/**
 * A translation's write: the fields that hold a localized value (at any depth). Array rows carry
 * their generated ids, so Payload updates those rows instead of replacing them.
 */
function translations(data: Data, locale: Locale): Data {
  const picked: Data = {}
  for (const [key, value] of Object.entries(data)) {
    if (hasLocalized(value)) picked[key] = inLocale(value, locale)
  }
  return picked
}
