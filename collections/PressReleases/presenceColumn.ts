import type { UIField } from 'payload'

/**
 * The list's "Here now" column: who is viewing or editing each release (issue 15, item 2). A UI
 * field stores nothing and shows nothing in the edit view (which has its own badges beside the
 * save buttons: EditPresence); its Cell polls with every other badge on the page.
 */
export const presenceColumn: UIField = {
  name: 'presence',
  type: 'ui',
  label: 'Here now',
  admin: {
    disableBulkEdit: true,
    components: { Cell: '/src/workflow/admin/presence/ReleasePresence.client#PresenceCell' },
  },
}
