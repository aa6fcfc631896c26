import type { FieldHook } from 'payload'

import { publicCopy } from '@/content/staffMarks'
import type { keepStaffMarks } from '@/content/suggestions'
import { isStaff } from '@/access/roles'

/**
 * Staff marks (src/content/staffMarks.ts) in a body are removed from every access-checked read
 * that is not a staff user's: the public site, the public REST and GraphQL APIs, feeds. With `locale=all`
 * the value is one editor state per language, so each is cleaned.
 */
export const publicBodyOnRead: FieldHook = ({ value, req, overrideAccess }) => {
  const trusted = (req.context as Partial<typeof keepStaffMarks>).keepStaffMarks === true
  // Only a read that goes through the access rules is someone's (REST, GraphQL, the site's reads,
  // which pass overrideAccess: false). The system's own reads override access, and one of them is
  // the stored copy an update starts from: without the marks there, a save without a user (a job,
  // a scheduled publication) would write them out of the body.
  if (overrideAccess || isStaff(req.user) || trusted || !value || typeof value !== 'object') return value
  if ('root' in value) return publicCopy(value)
  return Object.fromEntries(Object.entries(value).map(([locale, state]) => [locale, publicCopy(state)]))
}
