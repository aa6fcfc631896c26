import type { PayloadRequest, Where } from 'payload'

import { defaultLocale } from '@/content/locales'
import { idOf, type Id } from '@/content/relations'

import { mediaSourceSlugs, mediaSources } from './mediaSources'

/** A record that shows a media file to the public, or is approved to: its kind and title. */
export type MediaUse = { label: string; title: string }

const published: Where = { _status: { equals: 'published' } }
const approvedWhere: Where = { 'version.editorialStatus': { in: ['approved', 'scheduled'] } }

/** The adapter returns localized fields in every locale: the default locale's names the record. */
function titleOf(doc: Record<string, unknown> | undefined, field: string): string | undefined {
  if (!doc) return undefined
  const value = doc[field]
  const title = value && typeof value === 'object' ? (value as Record<string, unknown>)[defaultLocale] : value
  return String(title ?? doc.id)
}

/**
 * Where a file is shown by content the public reads or an editor has approved: a published
 * record of any media source (src/access/mediaSources.ts; embargoed releases included: they go
 * public by themselves), or the latest text of an approved or scheduled release. Such a file, its
 * alt text and caption change only with an editor (issue 10, item 3). Each check is one indexed
 * query on the `mediaUsed` the records store (src/fields/mediaUsed.ts), rich text included.
 */
export async function protectedUseOf(request: PayloadRequest, id: Id): Promise<MediaUse | null> {
  // A copy: the Local API would set its own locale on the request of the write that asked.
  const req = { ...request } as PayloadRequest
  // The organisation's mark, public once an admin chose it in Settings (issue 10, item 6).
  const settings = await req.payload.findGlobal({ slug: 'settings', req, depth: 0, select: { logo: true } })
  if (String(idOf(settings.logo)) === String(id))
    return { label: 'organisation’s mark in', title: 'Newsroom settings' }
  const uses: Where = { mediaUsed: { in: [id] } }
  for (const slug of mediaSourceSlugs) {
    const { label, title } = mediaSources[slug]
    const { docs } = await req.payload.db.find({
      collection: slug,
      where: { and: [published, uses] },
      select: { [title]: true },
      limit: 1,
      pagination: false,
      locale: defaultLocale,
      sort: 'id',
      req,
    })
    const found = titleOf(docs[0] as Record<string, unknown> | undefined, title)
    if (found !== undefined) return { label: `published ${label}`, title: found }
  }
  const { docs } = await req.payload.db.findVersions({
    collection: 'press-releases',
    where: { and: [{ latest: { equals: true } }, approvedWhere, { 'version.mediaUsed': { in: [id] } }] },
    select: { version: { headline: true } },
    limit: 1,
    pagination: false,
    locale: defaultLocale,
    sort: 'id',
    req,
  })
  const version = docs[0]?.version as Record<string, unknown> | undefined
  const found = titleOf(version, 'headline')
  return found !== undefined ? { label: 'approved release', title: found } : null
}
