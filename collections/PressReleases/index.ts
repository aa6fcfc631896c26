import type { CollectionConfig } from 'payload'

import { publicReleaseWhere } from '@/access/publicRelease'
import { canPublish, editorsOnly, isStaff, staffOnly } from '@/access/roles'
import { revalidateAfterChange, revalidateAfterDelete } from '@/cache/hooks'
import { contentDefaults } from '@collections/contentDefaults'

import { workflowEndpoint } from './endpoints'
import { pressReleaseFields } from './fields'
import { captureOperation, guardWrites, logActivity, logDeletion, removeDependants } from './hooks/workflow'

export const PressReleases: CollectionConfig<'press-releases'> = {
  slug: 'press-releases',
  labels: { singular: 'Press release', plural: 'Press releases' },
  access: {
    ...contentDefaults.access,
    read: ({ req }) => (isStaff(req.user) ? true : publicReleaseWhere()),
    create: staffOnly,
    // Payload asks with the status a write or a restore would give; only editors may publish.
    // An officer's write as published to one release (an id) goes on to the write guard
    // (src/workflow/guard.ts), which lets through only "Revert to published" (src/workflow/revert.ts)
    // and holds the rest: no publishing, unpublishing or in-place change.
    update: ({ req, data, id }) =>
      isStaff(req.user) && (data?._status !== 'published' || canPublish(req.user) || id !== undefined),
    delete: editorsOnly,
  },
  versions: contentDefaults.versions,
  endpoints: [workflowEndpoint],
  hooks: {
    beforeOperation: [captureOperation],
    beforeChange: [guardWrites],
    afterChange: [logActivity, revalidateAfterChange('press-releases')],
    beforeDelete: [removeDependants],
    afterDelete: [logDeletion, revalidateAfterDelete('press-releases')],
  },
  admin: {
    useAsTitle: 'headline',
    defaultColumns: ['headline', 'editorialStatus', 'dateline.date', 'author', '_status'],
    listSearchableFields: ['headline', 'slug', 'summary'],
    group: 'Newsroom',
    // "Preview": the release as the public will see it, latest draft included, for staff only
    // (app/api/preview checks the session before turning on draft mode).
    preview: (doc, { locale }) =>
      doc?.slug
        ? `/api/preview?path=${encodeURIComponent(`/${locale || 'en'}/news/${String(doc.slug)}`)}`
        : null,
    components: {
      edit: {
        PublishButton: '/src/workflow/admin/PublishControls#EditorPublishButton',
        UnpublishButton: '/src/workflow/admin/PublishControls#EditorUnpublishButton',
      },
    },
  },
  defaultSort: '-dateline.date',
  fields: pressReleaseFields,
}
