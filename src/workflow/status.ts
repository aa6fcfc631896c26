/**
 * Where a release is in review. Payload's own `_status` (draft/published) remains the single
 * truth of what the public can see; this says where the text is in the editorial process.
 */
export const editorialStatuses = [
  { value: 'draft', label: 'Draft' },
  { value: 'in_review', label: 'In review' },
  { value: 'changes_requested', label: 'Changes requested' },
  { value: 'approved', label: 'Approved' },
  { value: 'scheduled', label: 'Scheduled' },
  { value: 'published', label: 'Published' },
  { value: 'withdrawn', label: 'Withdrawn' },
] as const

export type EditorialStatus = (typeof editorialStatuses)[number]['value']
