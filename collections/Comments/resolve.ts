import type { Endpoint } from 'payload'
import { z } from 'zod'

import { isStaff } from '@/access/roles'
import { documentId, parseInput } from '@/server/requestInput'

const resolveInput = z.object({ resolved: z.boolean() }).strict()

/**
 * POST /api/comments/:id/resolve  { resolved }
 * Any colleague who may read the thread closes or reopens it (its text stays its author's to
 * change: collection access); who did it and when are kept beside the state.
 */
export const resolveEndpoint: Endpoint = {
  path: '/:id/resolve',
  method: 'post',
  handler: async (req) => {
    if (!isStaff(req.user))
      return Response.json({ errors: [{ message: 'Log in as staff to resolve a thread.' }] }, { status: 403 })
    const id = parseInput(documentId(req.payload.db.defaultIDType), req.routeParams?.id, 'id')
    if (!id.ok) return id.response
    const input = parseInput(
      resolveInput,
      req.json ? await req.json().catch(() => undefined) : undefined,
      'body',
    )
    if (!input.ok) return input.response
    // Read as the caller: a comment they may not read is not found.
    const { docs } = await req.payload.find({
      collection: 'comments',
      where: { id: { equals: id.data } },
      depth: 0,
      limit: 1,
      req,
      user: req.user,
      overrideAccess: false,
    })
    if (docs.length === 0)
      return Response.json({ errors: [{ message: 'No such comment.' }] }, { status: 404 })
    const { resolved } = input.data
    const doc = await req.payload.update({
      collection: 'comments',
      id: id.data,
      data: {
        resolved,
        resolvedBy: resolved ? req.user!.id : null,
        resolvedAt: resolved ? new Date().toISOString() : null,
      },
      depth: 1,
      req,
      overrideAccess: true,
      context: { commentResolveOnly: true },
    })
    return Response.json({ doc, message: resolved ? 'Resolved.' : 'Reopened.' })
  },
}
