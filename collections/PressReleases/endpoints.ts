import { APIError, commitTransaction, initTransaction, killTransaction, type Endpoint } from 'payload'

import { applyTransition, parseTransitionInput } from '@/workflow/apply'

/**
 * POST /api/press-releases/:id/workflow  { action, reason?, at?, timezone? }
 * The one way to move a release through review; the admin's workflow panel calls it too.
 */
export const workflowEndpoint: Endpoint = {
  path: '/:id/workflow',
  method: 'post',
  handler: async (req) => {
    const id = req.routeParams?.id
    if (typeof id !== 'string' && typeof id !== 'number')
      return Response.json({ errors: [{ message: 'Missing release id.' }] }, { status: 400 })
    const shouldCommit = await initTransaction(req)
    try {
      const body = req.json ? await req.json().catch(() => undefined) : undefined
      const doc = await applyTransition(req, id, parseTransitionInput(body))
      if (shouldCommit) await commitTransaction(req)
      return Response.json({ doc, message: 'Done.' })
    } catch (error) {
      await killTransaction(req)
      if (error instanceof APIError)
        return Response.json({ errors: [{ message: error.message }] }, { status: error.status })
      const status = (error as { status?: number }).status
      if (status && status < 500)
        return Response.json({ errors: [{ message: (error as Error).message }] }, { status })
      throw error
    }
  },
}
