import { APIError, commitTransaction, initTransaction, killTransaction, type Endpoint } from 'payload'

import { documentId, parseInput } from '@/server/requestInput'
import { parseTranslationInput } from '@/workflow/translation/actions'
import { applyTranslationAction } from '@/workflow/translation/apply'

/**
 * POST /api/press-releases/:id/translation  { locale, action, assignee?, note? }
 * The translation desk's actions (mark done, approve, return, assign); the admin's panel calls it.
 */
export const translationEndpoint: Endpoint = {
  path: '/:id/translation',
  method: 'post',
  handler: async (req) => {
    const id = parseInput(documentId(req.payload.db.defaultIDType), req.routeParams?.id, 'id')
    if (!id.ok) return id.response
    const input = parseTranslationInput(req.json ? await req.json().catch(() => undefined) : undefined)
    if (!input.ok) return input.response
    const shouldCommit = await initTransaction(req)
    try {
      const doc = await applyTranslationAction(req, id.data, input.data)
      if (shouldCommit) await commitTransaction(req)
      return Response.json({ doc, message: 'Done.' })
    } catch (error) {
      await killTransaction(req)
      const status = error instanceof APIError ? error.status : (error as { status?: number }).status
      if (status && status < 500)
        return Response.json(
          { errors: [{ message: (error as Error).message, ...((error as APIError).data as object | null) }] },
          { status },
        )
      throw error
    }
  },
}
