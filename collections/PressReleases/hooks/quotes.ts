import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { isEditor } from '@/access/roles'
import { blockFieldsOf, editorStates } from '@/content/lexical'
import { releaseQuoteProblems, unverifiedQuotesMessage } from '@/content/quoteCheck'
import { normalizeQuote } from '@/content/quotes'
import { idOf } from '@/content/relations'
import type { PressRelease } from '@/payload-types'
import type { WorkflowContext } from '@/workflow/context'

const quoteBlocks = (body: unknown) =>
  editorStates(body).flatMap((state) => blockFieldsOf(state, 'speechQuote'))

const paraphraseKey = (block: Record<string, unknown>) =>
  `${String(idOf(block.speech))}|${normalizeQuote(typeof block.quote === 'string' ? block.quote : '')}`

/**
 * A paraphrase is an editor's acceptance of these words from this speech. The field's access
 * rule keeps an officer from ticking the box, but a block is matched to its stored self by id,
 * which the client sends: an officer's write keeps a paraphrase only where the stored text has
 * the same words from the same speech marked by an editor.
 */
export const keepParaphrasesToEditors: CollectionBeforeChangeHook<PressRelease> = ({
  data,
  originalDoc,
  req,
}) => {
  if (!req.user || isEditor(req.user) || data.body === undefined) return data
  const accepted = new Set(
    quoteBlocks(originalDoc?.body)
      .filter((block) => block.paraphrase === true)
      .map(paraphraseKey),
  )
  for (const block of quoteBlocks(data.body))
    if (block.paraphrase === true && !accepted.has(paraphraseKey(block))) block.paraphrase = false
  return data
}

/**
 * Publishing through Payload's own button or a REST/GraphQL write with `_status: published`
 * (the workflow's own actions check in src/workflow/apply.ts): every quote verified, or a 400
 * that names it, before Payload's validation would answer only "The following field is invalid: Body".
 */
export const verifyQuotesOnPublish: CollectionBeforeChangeHook<PressRelease> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (data._status !== 'published' || (req.context as WorkflowContext).workflowTransition) return data
  const problems = await releaseQuoteProblems(req, {
    id: operation === 'update' ? originalDoc?.id : undefined,
    body: data.body,
    speeches: data.speeches,
  })
  if (problems.length > 0) throw new APIError(unverifiedQuotesMessage(problems), 400, null, true)
  return data
}
