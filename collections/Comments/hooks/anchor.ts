import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { anchorIdPattern, quoteOf } from '@/content/commentAnchors'
import { idOf } from '@/content/relations'
import type { Comment } from '@/payload-types'

type Args = Parameters<CollectionBeforeChangeHook<Comment>>[0]

const refuse = (collection: Args['collection'], path: string, message: string) =>
  new ValidationError({ collection: collection.slug, errors: [{ path, message }] })

/**
 * A new comment is written on a release its writer may read (by the release's own access rule,
 * as the writer): a thread, anchored or not, never reaches a release hidden from them, and an id
 * that names no release is a 400 naming `release`, not a database error.
 */
export const onReadableRelease: CollectionBeforeChangeHook<Comment> = async ({
  collection,
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || !req.user) return data
  const releaseId = idOf(data.release)
  const { totalDocs } =
    releaseId === undefined
      ? { totalDocs: 0 }
      : await req.payload.count({
          collection: 'press-releases',
          where: { id: { equals: releaseId } },
          req,
          user: req.user,
          overrideAccess: false,
        })
  if (totalDocs === 0)
    throw refuse(collection, 'release', 'There is no release with this id that you may read.')
  return data
}

/**
 * An inline comment (src/content/commentAnchors.ts): the first comment of a thread may carry the
 * id of the mark around its words in the body, and the words it quotes. Checked on creation (the
 * fields cannot be changed afterwards: collections/Comments); a reply belongs to its thread's
 * anchor and carries none of its own.
 */
export const anchorOnThreadStart: CollectionBeforeChangeHook<Comment> = ({ collection, data, operation }) => {
  if (operation !== 'create') return data
  const mark = data.anchor?.mark?.trim()
  if (!mark) {
    data.anchor = { mark: null, quote: null }
    return data
  }
  if (idOf(data.parent) !== undefined)
    throw refuse(collection, 'anchor', 'A reply is not anchored: only the first comment of a thread is.')
  if (!anchorIdPattern.test(mark))
    throw refuse(collection, 'anchor.mark', 'The anchor must be the id of a comment mark in the body (c-…).')
  const quote = quoteOf(data.anchor?.quote ?? '')
  if (!quote) throw refuse(collection, 'anchor.quote', 'Quote the words the comment is about.')
  data.anchor = { mark, quote }
  return data
}
