import type { CollectionConfig } from 'payload'

import { editorsOnly, publishedOrStaff, staffOnly } from '@/access/roles'

/**
 * What every editorial content collection shares: drafts with autosave, version history,
 * the public sees published records only, staff edit, editors delete.
 */
export const contentDefaults = {
  access: {
    read: publishedOrStaff,
    readVersions: staffOnly,
    create: staffOnly,
    update: staffOnly,
    delete: editorsOnly,
  },
  versions: {
    drafts: { autosave: { interval: 1500 } },
    maxPerDoc: 100,
  },
} satisfies Pick<CollectionConfig, 'access' | 'versions'>
