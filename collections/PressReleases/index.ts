import type { CollectionConfig } from 'payload'

import { withMediaVisibility } from '@/access/mediaVisibility'
import { withListSearch } from '@/server/listSearch'
import { withSearchIndex } from '@/server/search/hooks'
import { refuseOpenSuggestionsOnPublish } from '@/workflow/suggestionGate'
import { publicReleaseWhere } from '@/access/publicRelease'
import { canPublish, editorsOnly, isStaff, staffOnly } from '@/access/roles'
import { revalidateAfterChange, revalidateAfterDelete } from '@/cache/hooks'
import { contentDefaults } from '@collections/contentDefaults'

import { workflowEndpoint } from './endpoints'
import { quoteCheckEndpoint } from './quoteCheck'
import { pressReleaseFields } from './fields'
import { notifyAssignee } from './hooks/inbox'
import { keepParaphrasesToEditors, verifyQuotesOnPublish } from './hooks/quotes'
import { guardSuggestionDecisions, guardSuggestionRestore } from './hooks/suggestions'
import { captureOperation, guardWrites, logActivity, logDeletion, removeDependants } from './hooks/workflow'
import {
  hidePendingTranslations,
  holdForTranslations,
  markPublicLanguages,
  publicFilters,
  selectTranslationStates,
  settleTranslations,
} from './hooks/translations'
import { presenceColumn } from './presenceColumn'
import { presenceEndpoints } from './presenceEndpoints'
import { translationEndpoint } from './translationEndpoint'

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
  endpoints: [workflowEndpoint, quoteCheckEndpoint, translationEndpoint, ...presenceEndpoints],
  hooks: withListSearch(
    isStaff,
    withSearchIndex(
      'press-releases',
      withMediaVisibility('press-releases', {
        beforeOperation: [captureOperation, guardSuggestionRestore, selectTranslationStates, publicFilters],
        beforeChange: [
          guardWrites,
          guardSuggestionDecisions,
          settleTranslations,
          holdForTranslations,
          markPublicLanguages,
          keepParaphrasesToEditors,
          verifyQuotesOnPublish,
          refuseOpenSuggestionsOnPublish,
        ],
        beforeRead: [hidePendingTranslations],
        afterChange: [logActivity, notifyAssignee, revalidateAfterChange('press-releases')],
        beforeDelete: [removeDependants],
        afterDelete: [logDeletion, revalidateAfterDelete('press-releases')],
      }),
    ),
  ),
  admin: {
    useAsTitle: 'headline',
    defaultColumns: ['headline', 'presence', 'editorialStatus', 'dateline.date', 'author', '_status'],
    listSearchableFields: ['headline', 'slug', 'summary'],
    // The list reads the columns it shows, not whole releases (bodies in three languages): at
    // 100,000 releases a page of ten cost 46.5 ms read whole, 13.2 ms so (docs/benchmarks.md,
    // 2026-12-02). The cells need nothing else (the presence column reads the row's id only).
    enableListViewSelectAPI: true,
    group: 'Newsroom',
    // "Preview": the release as the public will see it, latest draft included, for staff only
    // (app/api/preview checks the session before turning on draft mode).
    preview: (doc, { locale }) =>
      doc?.slug
        ? `/api/preview?path=${encodeURIComponent(`/${locale || 'en'}/news/${String(doc.slug)}`)}`
        : null,
    components: {
      // One status and one set of actions: the review panel's (issue 10, item 2).
      edit: {
        PublishButton: '/src/workflow/admin/PublishControls#ReviewPanelActsInstead',
        UnpublishButton: '/src/workflow/admin/PublishControls#ReviewPanelActsInstead',
        Status: '/src/workflow/admin/ReleaseStatus#ReleaseHeaderStatus',
        // Who else is in this release (issue 15, item 2).
        beforeDocumentControls: ['/src/workflow/admin/presence/EditPresence.client#EditPresence'],
      },
    },
  },
  defaultSort: '-dateline.date',
  // The public news list (published, newest first), in both adapters; the admin's draft list
  // sorts are indexed on the versions table by src/server/dbIndexes.ts. The embargo at the end
  // lets the count of public releases read this index alone, and the second serves the events
  // filter's "has a public release" (at 100,000 releases 76 → 2 ms and 25 → 5 ms). Not an index
  // of (_status, embargoUntil): SQLite chose it for the news list and sorted every public release.
  indexes: [
    { fields: ['_status', 'dateline.date', 'createdAt', 'embargoUntil'] },
    { fields: ['event', '_status', 'embargoUntil'] },
  ],
  fields: [...pressReleaseFields, presenceColumn],
}
