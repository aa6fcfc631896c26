import { ValidationError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook } from 'payload'

import { mentionProblemMessage, referencedIds, renderMentions, resolveMentions } from '@/content/mentions'
import { idOf, idsOf } from '@/content/relations'
import type { Comment, User } from '@/payload-types'
import { actorName, deliverToInbox } from '@/workflow/inbox'
import { adminLink, queueEmail } from '@/workflow/notify'

async function staff(req: Parameters<CollectionBeforeChangeHook>[0]['req']): Promise<User[]> {
  const { docs } = await req.payload.find({
    collection: 'users',
    limit: 1000,
    depth: 0,
    req,
    overrideAccess: true,
    select: { name: true, email: true },
  })
  return docs as User[]
}

/**
 * Mentions are stored as references to colleagues (src/content/mentions.ts), found again on every
 * save (an edit may add or drop one). A mention typed by hand becomes a reference when exactly one
 * colleague answers to it; an ambiguous or unknown one refuses the save, naming it, so that the
 * writer picks from the list instead of believing someone was told.
 */
export const findMentions: CollectionBeforeChangeHook<Comment> = async ({
  collection,
  context,
  data,
  req,
}) => {
  if (context.commentResolveOnly || typeof data.body !== 'string') return data
  if (!data.body.includes('@')) {
    data.mentions = []
    return data
  }
  const people = await staff(req)
  const { body, problems } = resolveMentions(data.body, people)
  const known = new Set(people.map((person) => String(person.id)))
  const unknownIds = referencedIds(body).filter((id) => !known.has(id))
  if (problems.length > 0 || unknownIds.length > 0)
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: 'body',
          message:
            mentionProblemMessage(problems) +
            (unknownIds.length > 0 ? ` No colleague has the id ${unknownIds.join(', ')}.` : ''),
        },
      ],
    })
  data.body = body
  data.mentions = referencedIds(body).map((id) => people.find((person) => String(person.id) === id)!.id)
  return data
}

/** Emails each colleague newly mentioned, except the writer, and puts it in their inbox. */
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
  const { docs: mentioned } = await req.payload.find({
    collection: 'users',
    where: { id: { in: idsOf(doc.mentions) } },
    depth: 0,
    req,
    overrideAccess: true,
  })
  const who = actorName(req)
  const headline = release.headline ?? String(release.id)
  const text = renderMentions(doc.body, mentioned)
  for (const user of mentioned.filter((person) => newly.some((id) => String(id) === String(person.id)))) {
    await queueEmail(req, {
      to: user.email,
      subject: `${who} mentioned you on “${headline}”`,
      text: `${who} wrote on “${headline}”:\n\n${text}\n\nOpen it: ${adminLink(req, release)}#comment-${doc.id}`,
      releaseId: String(release.id),
    })
  }
  await deliverToInbox(
    req,
    newly.map((recipient) => ({
      recipient,
      kind: 'mention' as const,
      release: release.id,
      comment: doc.id,
      title: `${who} mentioned you on “${headline}”`,
    })),
  )
  return doc
}
