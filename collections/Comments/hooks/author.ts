import type { CollectionBeforeChangeHook } from 'payload'

import type { Comment } from '@/payload-types'

/** The author is whoever writes the comment, never what the form says. */
export const setAuthor: CollectionBeforeChangeHook<Comment> = ({ data, operation, originalDoc, req }) => {
  data.author = operation === 'create' ? req.user?.id : originalDoc?.author
  return data
}
