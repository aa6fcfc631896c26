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

/** The name of each status, as the admin shows it ("In review"). */
export const statusLabel = Object.fromEntries(
  editorialStatuses.map(({ value, label }) => [value, label]),
) as Record<EditorialStatus, string>

/** A status within a sentence: "… is not possible while the release is a draft." */
export const statusInSentence: Record<EditorialStatus, string> = {
  draft: 'a draft',
  in_review: 'in review',
  changes_requested: 'waiting for changes',
  approved: 'approved',
  scheduled: 'scheduled',
  published: 'published',
  withdrawn: 'withdrawn',
}
