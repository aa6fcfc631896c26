import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { defaultLocale } from '@/content/locales'
import { idOf, type Id } from '@/content/relations'

import { blockImages } from './publicMedia'

/** A record that shows a media file to the public, or is approved to: its kind and title. */
export type MediaUse = { label: string; title: string }

const published: Where = { _status: { equals: 'published' } }

/**
 * Where a file is shown by content the public reads or an editor has approved: a published
 * release (embargoed ones included: they go public by themselves), the latest text of an approved
 * or scheduled release, a published event, participant, document or speech. Such a file, its alt
 * text and caption change only with an editor (issue 10, item 3).
 *
 * Direct uses (hero, sharing image, gallery, photo, file) are indexed queries. Images inside rich
 * text have no index yet (src/access/publicMedia.ts reads them the same way; issue 12 rewrites
 * it), so those are looked for page by page, only after the cheap queries found nothing, and only
 * when someone who is not an editor changes a file.
 */
export async function protectedUseOf(request: PayloadRequest, id: Id): Promise<MediaUse | null> {
  // The Local API sets `locale` on the request it is given: a copy keeps the write that asked
  // (in the writer's locale) apart from these reads, in the same transaction.
  const req = { ...request } as PayloadRequest
  const { payload } = req
  const one = {
    req,
    overrideAccess: true,
    depth: 0,
    limit: 1,
    pagination: false,
    locale: defaultLocale,
  } as const
  const direct = async (collection: CollectionSlug, label: string, title: string, where: Where) => {
    const { docs } = await payload.find({ ...one, collection, where: { and: [published, where] } })
    const doc = docs[0] as Record<string, unknown> | undefined
    return doc ? { label, title: String(doc[title] ?? doc.id) } : null
  }
  const approvedVersion = async (where: Where) => {
    const { docs } = await payload.findVersions({
      ...one,
      collection: 'press-releases',
      where: { and: [{ latest: { equals: true } }, approvedWhere, where] },
    })
    const release = docs[0]?.version
    return release ? { label: 'approved release', title: String(release.headline ?? release.id) } : null
  }
  const checks = [
    // The organisation's mark, public once an admin chose it in Settings (issue 10, item 6).
    async () => {
      const settings = await payload.findGlobal({ slug: 'settings', req, depth: 0, select: { logo: true } })
      const chosen = String(idOf(settings.logo)) === String(id)
      return chosen ? { label: 'organisation’s mark in', title: 'Newsroom settings' } : null
    },
    () =>
      direct('press-releases', 'published release', 'headline', {
        or: [{ heroImage: { equals: id } }, { 'seo.image': { equals: id } }],
      }),
    () =>
      approvedVersion({
        or: [{ 'version.heroImage': { equals: id } }, { 'version.seo.image': { equals: id } }],
      }),
    () => direct('events', 'published event', 'title', { gallery: { in: [id] } }),
    () => direct('participants', 'published participant', 'name', { photo: { equals: id } }),
    () => direct('documents', 'published document', 'title', { file: { equals: id } }),
    () => inRichText(req, id),
  ]
  for (const check of checks) {
    const use = await check()
    if (use) return use
  }
  return null
}

const approvedWhere: Where = { 'version.editorialStatus': { in: ['approved', 'scheduled'] } }

/** Rich text that may hold images, with the title to name its record by. */
const richTexts = [
  { collection: 'press-releases', label: 'published release', field: 'body', title: 'headline' },
  { collection: 'events', label: 'published event', field: 'description', title: 'title' },
  { collection: 'speeches', label: 'published speech', field: 'text', title: 'title' },
] as const

const pageSize = 100

function uses(value: unknown, id: Id): boolean {
  const found = new Set<Id>()
  blockImages(value, found)
  return [...found].some((image) => String(image) === String(id))
}

function titleOf(value: unknown, fallback: Id): string {
  if (value && typeof value === 'object')
    return String((value as Record<string, unknown>)[defaultLocale] ?? fallback)
  return String(value ?? fallback)
}

async function inRichText(req: PayloadRequest, id: Id): Promise<MediaUse | null> {
  const common = { req, overrideAccess: true, depth: 0, limit: pageSize, locale: 'all' } as const
  for (const { collection, label, field, title } of richTexts) {
    for (let page = 1; ; page++) {
      const { docs, hasNextPage } = await req.payload.find({
        ...common,
        collection,
        page,
        where: published,
        select: { [field]: true, [title]: true },
      })
      for (const doc of docs as unknown as Record<string, unknown>[])
        if (uses(doc[field], id)) return { label, title: titleOf(doc[title], doc.id as Id) }
      if (!hasNextPage) break
    }
  }
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await req.payload.findVersions({
      ...common,
      collection: 'press-releases',
      page,
      where: { and: [{ latest: { equals: true } }, approvedWhere] },
    })
    for (const { version } of docs)
      if (uses(version.body, id))
        return { label: 'approved release', title: titleOf(version.headline, version.id) }
    if (!hasNextPage) return null
  }
}
