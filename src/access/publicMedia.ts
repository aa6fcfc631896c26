import type { PayloadRequest, Where } from 'payload'

import { idOf, type Id } from '@/content/relations'

import { publicReleaseWhere } from './publicRelease'

/** Images placed in rich text (captioned-image blocks and upload nodes), in every locale. */
export function blockImages(value: unknown, found: Set<Id>): void {
  if (Array.isArray(value)) return value.forEach((item) => blockImages(item, found))
  if (!value || typeof value !== 'object') return
  const node = value as {
    type?: unknown
    fields?: { image?: unknown }
    relationTo?: unknown
    value?: unknown
  }
  if (node.type === 'block' && node.fields?.image !== undefined) {
    const id = idOf(node.fields.image)
    if (id !== undefined) found.add(id)
  }
  // Images inserted with the editor's own upload button.
  if (node.type === 'upload' && node.relationTo === 'media') {
    const id = idOf(node.value)
    if (id !== undefined) found.add(id)
  }
  for (const child of Object.values(value)) if (child && typeof child === 'object') blockImages(child, found)
}

/**
 * The media files the public may fetch: those used by a record the public can read (a
 * published release whose embargo has lifted, a published event, speech, participant or document).
 * A photo uploaded for a draft or an embargoed release stays private until the release is out.
 * Also the organisation's mark chosen in Settings.
 */
export async function publicMediaWhere(req: PayloadRequest): Promise<Where> {
  const found = new Set<Id>()
  const add = (value: unknown) => {
    const id = idOf(value)
    if (id !== undefined) found.add(id)
  }
  const common = { req, depth: 0, pagination: false, overrideAccess: true, locale: 'all' } as const
  const published: Where = { _status: { equals: 'published' } }
  const [releases, events, participants, documents, speeches] = await Promise.all([
    req.payload.find({
      ...common,
      collection: 'press-releases',
      where: publicReleaseWhere(),
      select: { heroImage: true, seo: true, body: true },
    }),
    req.payload.find({
      ...common,
      collection: 'events',
      where: published,
      select: { gallery: true, description: true },
    }),
    req.payload.find({ ...common, collection: 'participants', where: published, select: { photo: true } }),
    req.payload.find({ ...common, collection: 'documents', where: published, select: { file: true } }),
    req.payload.find({ ...common, collection: 'speeches', where: published, select: { text: true } }),
  ])
  for (const release of releases.docs) {
    add(release.heroImage)
    add(release.seo?.image)
    blockImages(release.body, found)
  }
  for (const event of events.docs) {
    for (const image of event.gallery ?? []) add(image)
    blockImages(event.description, found)
  }
  for (const participant of participants.docs) add(participant.photo)
  for (const speech of speeches.docs) blockImages(speech.text, found)
  for (const document of documents.docs) add(document.file)
  // The organisation's mark (Settings.logo) is public once chosen: the admin's login page and the
  // site's structured data show it to anyone (issue 10, item 6).
  const settings = await req.payload.findGlobal({ slug: 'settings', req, depth: 0, select: { logo: true } })
  add(settings.logo)
  return found.size > 0 ? { id: { in: [...found] } } : { id: { exists: false } }
}
