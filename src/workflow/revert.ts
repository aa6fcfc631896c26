import type { PayloadRequest } from 'payload'

import { workflowActor } from '@/access/roles'
import { isLocale, locales } from '@/content/locales'
import { idOf } from '@/content/relations'
import type { PressRelease } from '@/payload-types'

import { changesText } from './guard'

/**
 * "Revert to published" (Payload's Status control, @payloadcms/ui 3.90.1 elements/Status) reads
 * the public copy (`GET /api/press-releases/:id?locale=…`) and saves it back without `draft`,
 * as published. For a press officer that is a publication, which the guard refuses; yet it
 * changes nothing the public sees: it only drops the unpublished changes. This module
 * recognises exactly that write, so that the author can discard their own edits of a published
 * release without being able to publish anything else.
 */

type Doc = Record<string, unknown>

/** Whether the user may discard a release's unpublished changes: editors, and its author or assignee. */
export function mayDiscardChanges(user: PayloadRequest['user'], release: Partial<PressRelease>): boolean {
  const actor = workflowActor(user)
  if (actor === 'editor') return true
  if (actor !== 'press-officer' || !user) return false
  return [release.author, release.assignee].some((person) => idOf(person) === user.id)
}

/** A localized value read with `locale: 'all'`: an object keyed by locale codes only. */
function isLocaleMap(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false
  const keys = Object.keys(value)
  return keys.length > 0 && keys.every(isLocale)
}

/** The text of a document (read in every locale) in the locales other than `locale`. */
export function otherLocalesText(value: unknown, locale: string): unknown {
  if (isLocaleMap(value))
    return Object.fromEntries(
      locales.filter((code) => code !== locale).map((code) => [code, value[code] ?? null]),
    )
  if (Array.isArray(value)) return value.map((item) => otherLocalesText(item, locale))
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, otherLocalesText(v, locale)]))
  // Values that are not localized are the write's own, compared in the write's locale.
  return null
}

/**
 * Whether a write as published only restores the public text: the release as the write leaves
 * it in `locale` (the latest draft, `original`, with `data` over it) is the public copy in that
 * locale, both ways round (a write of `_status` alone would publish the draft as it stands), and
 * the latest draft differs from the public copy in no other locale (a revert in English must not
 * publish an unreviewed Russian edit).
 */
export function isRevertToPublished({
  data,
  original,
  published,
  publishedAll,
  draftAll,
  locale,
}: {
  data: Doc
  original: Doc
  published: Doc
  publishedAll: Doc
  draftAll: Doc
  locale: string
}): boolean {
  if (published._status !== 'published') return false
  const result = { ...original, ...data }
  if (changesText(result, published) || changesText(published, result)) return false
  const others = (doc: Doc) => otherLocalesText(doc, locale) as Doc
  return !changesText(others(draftAll), others(publishedAll))
}

/**
 * The public copy a write of a press officer restores, or undefined when the write is anything
 * else (then the guard treats it as the publication it is, and refuses it).
 */
export async function revertTarget(
  req: PayloadRequest,
  original: Partial<PressRelease>,
  data: Partial<PressRelease>,
): Promise<PressRelease | undefined> {
  if (original.id === undefined || !mayDiscardChanges(req.user, original)) return undefined
  const locale = typeof req.locale === 'string' && isLocale(req.locale) ? req.locale : 'en'
  const read = (draft: boolean, readLocale: 'all' | typeof locale) =>
    req.payload.findByID({
      collection: 'press-releases',
      id: original.id!,
      draft,
      locale: readLocale,
      fallbackLocale: false,
      depth: 0,
      overrideAccess: true,
      // Not the request: the Local API would set its locale to the one read ('all'), and the
      // write under way would then merge this locale's text as if it were every locale's
      // (payload/dist/utilities/createLocalReq.js). Nothing is written before this hook.
    })
  const published = await read(false, locale)
  const publishedAll = await read(false, 'all')
  const draftAll = await read(true, 'all')
  const matches = isRevertToPublished({
    data: data as Doc,
    original: original as Doc,
    published: published as unknown as Doc,
    publishedAll: publishedAll as unknown as Doc,
    draftAll: draftAll as unknown as Doc,
    locale,
  })
  return matches ? published : undefined
}
