import type { CollectionConfig } from 'payload'

import { editorsOnly, publishedOrStaff, staffDraftsEditorsPublish, staffOnly } from '@/access/roles'

/**
 * What every editorial content collection shares: drafts with autosave, version history,
 * the public sees published records only, staff save drafts, editors publish and delete (the
 * rest of that rule: collections/recordApproval.ts).
 */
export const contentDefaults = {
  access: {
    read: publishedOrStaff,
    readVersions: staffOnly,
    create: staffOnly,
    update: staffDraftsEditorsPublish,
    delete: editorsOnly,
  },
  versions: {
    drafts: { autosave: { interval: 1500 } },
    maxPerDoc: 100,
  },
} satisfies Pick<CollectionConfig, 'access' | 'versions'>
