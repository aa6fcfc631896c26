import { APIError, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload'

import { protectedUseOf } from '@/access/mediaUse'
import { publicMediaWhere } from '@/access/mediaVisibility'
import { editorsOnly, isEditor, isStaff, staffOnly } from '@/access/roles'
import type { Id } from '@/content/relations'
import { revalidateHooks } from '@/cache/hooks'
import { checkUpload } from '@/server/uploads'
import { publicFromField } from '@/fields/mediaUsed'

const mimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif', 'application/pdf']

/**
 * A file that public or approved content shows is changed in place (file, alt text, caption,
 * credit) only by an editor: an officer's change would reach the public unreviewed (issue 10,
 * item 3). Checked before the operation because Payload deletes the replaced file before any
 * change hook runs. Officers still upload new files and use them in drafts.
 */
const editorsChangeFilesInUse: CollectionBeforeOperationHook<'media'> = async ({ args, operation, req }) => {
  if (operation !== 'update' || !req.user || isEditor(req.user)) return args
  const { id, where } = args as { id?: Id; where?: object }
  const ids =
    id !== undefined
      ? [id]
      : (
          await req.payload.find({
            collection: 'media',
            where: where as never,
            req,
            user: req.user,
            overrideAccess: false,
            depth: 0,
            pagination: false,
            select: {},
          })
        ).docs.map((doc) => doc.id)
  for (const mediaId of ids) {
    const use = await protectedUseOf(req, mediaId)
    if (use)
      throw new APIError(
        `This file is shown by the ${use.label} “${use.title}”: only an editor can replace it or change its alt text, caption or credit. Upload a new file and use it in a draft instead.`,
        403,
        null,
        true,
      )
  }
  return args
}

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: { singular: 'Media file', plural: 'Media' },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'], group: 'Records' },
  access: {
    // Files too (/api/media/file/...): Payload checks this rule before serving one. One indexed
    // comparison: `publicFrom` is kept by the hooks of src/access/mediaVisibility.ts (issue 12).
    read: ({ req }) => (isStaff(req.user) ? true : publicMediaWhere()),
    create: staffOnly,
    update: staffOnly,
    delete: editorsOnly,
  },
  upload: {
    staticDir: 'media',
    mimeTypes,
    focalPoint: true,
    // Sizes used by the public site: list cards, release heroes and social cards.
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 768, height: 432, position: 'centre' },
      { name: 'hero', width: 1600, withoutEnlargement: true },
      { name: 'og', width: 1200, height: 630, position: 'centre' },
    ],
    adminThumbnail: 'thumbnail',
  },
  hooks: {
    ...revalidateHooks('media'),
    // Bytes, real type, pixels and a clean name, before Payload reads or resizes the image.
    beforeOperation: [editorsChangeFilesInUse, checkUpload(mimeTypes)],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      label: 'Alternative text',
      admin: { description: 'What the image shows, for readers who cannot see it. Required for images.' },
      validate: (value: unknown, { data }: { data: Partial<{ mimeType: string | null }> }) => {
        const isImage = !data?.mimeType || data.mimeType.startsWith('image/')
        if (isImage && (typeof value !== 'string' || value.trim() === ''))
          return 'Alternative text is required for images: describe what the image shows.'
        return true
      },
    },
    { name: 'caption', type: 'textarea', localized: true },
    {
      name: 'credit',
      type: 'text',
      admin: { description: 'Photographer or source, e.g. "UN Photo/Mark Garten".' },
    },
    publicFromField,
  ],
}
