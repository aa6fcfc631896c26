import {
  APIError,
  commitTransaction,
  initTransaction,
  killTransaction,
  type Endpoint,
  type PayloadRequest,
} from 'payload'

import type { PressRelease } from '@/payload-types'
import { documentId, parseInput } from '@/server/requestInput'
import { parseTranslationInput } from '@/workflow/translation/actions'
import { applyTranslationAction } from '@/workflow/translation/apply'
import { prepareMachineDraft, writeMachineDraft } from '@/workflow/translation/machine/draft'

/** A 4xx from a refused action as the desk shows it; anything else is thrown on. */
function refusal(error: unknown): Response {
  const status = error instanceof APIError ? error.status : (error as { status?: number }).status
  if (status && status < 500)
    return Response.json(
      { errors: [{ message: (error as Error).message, ...((error as APIError).data as object | null) }] },
      { status },
    )
  throw error
}

async function inTransaction(req: PayloadRequest, write: () => Promise<PressRelease>): Promise<Response> {
  const shouldCommit = await initTransaction(req)
  try {
    const doc = await write()
    if (shouldCommit) await commitTransaction(req)
    return Response.json({ doc, message: 'Done.' })
  } catch (error) {
    await killTransaction(req)
    return refusal(error)
  }
}

/**
 * POST /api/press-releases/:id/translation  { locale, action, assignee?, note? }
 * The translation desk's actions (mark done, approve, return, assign, machine draft); the
 * admin's panel calls it. A machine draft asks its service before the transaction opens, so a
 * slow service holds no database lock.
 */
export const translationEndpoint: Endpoint = {
  path: '/:id/translation',
  method: 'post',
  handler: async (req) => {
    const id = parseInput(documentId(req.payload.db.defaultIDType), req.routeParams?.id, 'id')
    if (!id.ok) return id.response
    const input = parseTranslationInput(req.json ? await req.json().catch(() => undefined) : undefined)
    if (!input.ok) return input.response
    const { locale, action } = input.data
    if (action === 'machine') {
      let text: Awaited<ReturnType<typeof prepareMachineDraft>>
      try {
        text = await prepareMachineDraft(req, id.data, locale)
      } catch (error) {
        return refusal(error)
      }
      return inTransaction(req, () => writeMachineDraft(req, id.data, locale, text))
    }
    return inTransaction(req, () => applyTranslationAction(req, id.data, input.data))
  },
}
