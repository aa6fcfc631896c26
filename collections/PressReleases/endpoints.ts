import { APIError, commitTransaction, initTransaction, killTransaction, type Endpoint } from 'payload'

import { documentId, parseInput } from '@/server/requestInput'
import { applyTransition } from '@/workflow/apply'
import { parseTransitionInput } from '@/workflow/transitionInput'

/**
 * POST /api/press-releases/:id/workflow  { action, reason?, at?, timezone? }
 * The one way to move a release through review; the admin's workflow panel calls it too.
 */
export const workflowEndpoint: Endpoint = {
  path: '/:id/workflow',
  method: 'post',
  handler: async (req) => {
    const id = parseInput(documentId(req.payload.db.defaultIDType), req.routeParams?.id, 'id')
    if (!id.ok) return id.response
    const input = parseTransitionInput(req.json ? await req.json().catch(() => undefined) : undefined)
    if (!input.ok) return input.response
    const shouldCommit = await initTransaction(req)
    try {
      const doc = await applyTransition(req, id.data, input.data)
      if (shouldCommit) await commitTransaction(req)
      return Response.json({ doc, message: 'Done.' })
    } catch (error) {
      await killTransaction(req)
      if (error instanceof APIError)
        return Response.json(
          // `field`: the input at fault, when the refusal names one (a move earlier without a reason).
          { errors: [{ message: error.message, ...(error.data as { field?: string } | null) }] },
          { status: error.status },
        )
      const status = (error as { status?: number }).status
      if (status && status < 500)
        return Response.json({ errors: [{ message: (error as Error).message }] }, { status })
      throw error
    }
  },
}
