import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { idOf, idsOf } from '@/content/relations'
import type { Comment } from '@/payload-types'
import { adminLink, queueEmail } from '@/workflow/notify'

/** "@editor" or "@editor@communique.test": a colleague's email, or the part before its "@". */
const mentionPattern = /(?:^|[^\w.@])@([\w.+-]+(?:@[\w-]+(?:\.[\w-]+)+)?)/g

export function mentionHandles(body: string): string[] {
  return [...new Set([...body.matchAll(mentionPattern)].map((match) => match[1]!.toLowerCase()))]
}

/** The colleagues the text names, found again on every save (an edit may add or drop one). */
export const findMentions: CollectionBeforeChangeHook<Comment> = async ({ data, req }) => {
  const handles = mentionHandles(data.body ?? '')
  if (handles.length === 0) {
    data.mentions = []
    return data
  }
  const { docs: staff } = await req.payload.find({
    collection: 'users',
    limit: 500,
    depth: 0,
    req,
    overrideAccess: true,
  })
  data.mentions = staff
    .filter((user) => {
      const email = user.email.toLowerCase()
      return handles.includes(email) || handles.includes(email.split('@')[0]!)
    })
    .map((user) => user.id)
  return data
}

/** Emails each colleague newly mentioned, except the writer. */
export const notifyMentioned: CollectionAfterChangeHook<Comment> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const before = new Set(idsOf(operation === 'update' ? previousDoc?.mentions : []).map(String))
  const newly = idsOf(doc.mentions).filter(
    (id) => !before.has(String(id)) && String(id) !== String(req.user?.id),
  )
  const releaseId = idOf(doc.release)
  if (newly.length === 0 || releaseId === undefined) return doc
  const release = await req.payload.findByID({
    collection: 'press-releases',
    id: releaseId,
    draft: true,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const { docs: users } = await req.payload.find({
    collection: 'users',
    where: { id: { in: newly } },
    depth: 0,
    req,
    overrideAccess: true,
  })
  const who = (req.user as { name?: string } | null)?.name ?? 'A colleague'
  const headline = release.headline ?? String(release.id)
  for (const user of users) {
    await queueEmail(req, {
      to: user.email,
      subject: `${who} mentioned you on “${headline}”`,
      text: `${who} wrote on “${headline}”:\n\n${doc.body}\n\nOpen it: ${adminLink(req, release)}`,
      releaseId: String(release.id),
    })
  }
  return doc
}
