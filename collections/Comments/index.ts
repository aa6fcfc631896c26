import { ValidationError, type CollectionConfig, type Where } from 'payload'

import { isAdmin, isStaff, staffOnly } from '@/access/roles'
import type { Comment, User } from '@/payload-types'
import { adminLink, queueEmail } from '@/workflow/notify'

export const commentsSlug = 'comments'

/** "@editor" or "@editor@communique.test": a colleague's email, or the part before its "@". */
const mentionPattern = /(?:^|[^\w.@])@([\w.+-]+(?:@[\w-]+(?:\.[\w-]+)+)?)/g

export function mentionHandles(body: string): string[] {
  return [...new Set([...body.matchAll(mentionPattern)].map((match) => match[1]!.toLowerCase()))]
}

/** Staff may edit and delete their own comments; admins any. */
const ownOrAdmin: NonNullable<CollectionConfig['access']>['update'] = ({ req }) => {
  if (isAdmin(req.user)) return true
  if (isStaff(req.user) && req.user) return { author: { equals: req.user.id } } satisfies Where
  return false
}

/**
 * Review threads on a release, for staff only. A reply points at the comment it answers;
 * "@name" mentions a colleague, who is told by email.
 */
export const Comments: CollectionConfig<typeof commentsSlug> = {
  slug: commentsSlug,
  labels: { singular: 'Comment', plural: 'Comments' },
  access: { read: staffOnly, create: staffOnly, update: ownOrAdmin, delete: ownOrAdmin },
  admin: {
    useAsTitle: 'body',
    defaultColumns: ['body', 'author', 'release', 'createdAt'],
    group: 'Newsroom',
    description: 'Review comments on releases. Write @name to mention a colleague; they receive an email.',
  },
  defaultSort: 'createdAt',
  fields: [
    { name: 'release', type: 'relationship', relationTo: 'press-releases', required: true, index: true },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'comments',
      label: 'In reply to',
      filterOptions: ({ data }) => (data?.release ? { release: { equals: data.release } } : true),
    },
    { name: 'body', type: 'textarea', required: true, maxLength: 5000, label: 'Comment' },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'mentions',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      admin: { readOnly: true, position: 'sidebar', description: 'Found in the text; told by email.' },
    },
    { name: 'resolved', type: 'checkbox', defaultValue: false, admin: { position: 'sidebar' } },
    {
      name: 'replies',
      type: 'join',
      collection: 'comments',
      on: 'parent',
      admin: { defaultColumns: ['body', 'author'] },
    },
  ],
  hooks: {
    beforeChange: [
      async ({ data, operation, originalDoc, req }) => {
        // The author is whoever writes the comment, never what the form says.
        data.author = operation === 'create' ? req.user?.id : originalDoc?.author
        const parentId = typeof data.parent === 'object' && data.parent ? data.parent.id : data.parent
        if (parentId) {
          const parent = await req.payload.findByID({
            collection: 'comments',
            id: parentId,
            depth: 0,
            req,
            overrideAccess: true,
          })
          const releaseId = typeof data.release === 'object' && data.release ? data.release.id : data.release
          if (String(parent.release) !== String(releaseId))
            throw new ValidationError({
              collection: commentsSlug,
              errors: [
                { path: 'parent', message: 'A reply must be on the same release as the comment it answers.' },
              ],
            })
        }
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
      },
    ],
    afterChange: [
      async ({ doc, previousDoc, operation, req }) => {
        const before = new Set((operation === 'update' ? (previousDoc?.mentions ?? []) : []).map(String))
        const newly = (doc.mentions ?? [])
          .map((m: number | User) => (typeof m === 'object' ? m.id : m))
          .filter((id: number) => !before.has(String(id)) && String(id) !== String(req.user?.id))
        if (newly.length === 0) return doc
        const release = await req.payload.findByID({
          collection: 'press-releases',
          id: typeof doc.release === 'object' ? doc.release.id : doc.release,
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
            text: `${who} wrote on “${headline}”:\n\n${(doc as Comment).body}\n\nOpen it: ${adminLink(req, release)}`,
          })
        }
        return doc
      },
    ],
  },
}
