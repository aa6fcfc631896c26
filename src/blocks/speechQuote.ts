import type { Block, FieldAccess, Validate } from 'payload'

import { isEditor } from '@/access/roles'
import { loadQuoteSources, quoteProblem, quoteProblemMessage } from '@/content/quoteCheck'
import { idOf, idsOf } from '@/content/relations'

/** Only an editor may accept a quote that does not stand verbatim in its speech. */
const editorsSetParaphrase: FieldAccess = ({ req }) => isEditor(req.user)

/**
 * Marks the field when Payload validates the block (on publication; drafts skip validation).
 * The release's hooks and the workflow refuse the save with a message first (src/content/quoteCheck.ts).
 */
const quoteFromSpeech: Validate = async (value, { siblingData, data, req }) => {
  if (typeof value !== 'string' || !value.trim()) return 'Enter the quoted words.'
  const speechId = idOf((siblingData as { speech?: unknown }).speech)
  if (speechId === undefined || !req?.payload) return true
  const sources = await loadQuoteSources(req, [speechId])
  const linked = idsOf((data as { speeches?: unknown[] } | undefined)?.speeches)
  const problem = quoteProblem({ ...siblingData, quote: value }, sources, linked)
  return problem ? quoteProblemMessage(problem) : true
}

export const SpeechQuoteBlock: Block = {
  slug: 'speechQuote',
  interfaceName: 'SpeechQuoteBlock',
  labels: { singular: 'Quote from a speech', plural: 'Quotes from speeches' },
  fields: [
    {
      name: 'speech',
      type: 'relationship',
      relationTo: 'speeches',
      required: true,
      // The release's own speeches (Linked records); `data` is the release even inside a block.
      filterOptions: ({ data }) => {
        const linked = idsOf((data as { speeches?: unknown[] } | undefined)?.speeches)
        return linked.length > 0 ? { id: { in: linked } } : true
      },
      // No "Create new" in the picker: its drawer would leave an empty draft (src/fields/firstDraft/pickers.ts).
      admin: {
        allowCreate: false,
        description: 'The speeches linked to this release (Linked records) are offered.',
      },
    },
    {
      name: 'quote',
      type: 'textarea',
      required: true,
      validate: quoteFromSpeech,
      admin: {
        description:
          'Verbatim from the speech’s text or key quotes (quotation marks, dashes and spacing aside); pick or search below.',
      },
    },
    {
      name: 'quoteAssistant',
      type: 'ui',
      admin: { components: { Field: '/src/blocks/admin/QuoteAssistant.client#QuoteAssistant' } },
    },
    {
      name: 'paraphrase',
      type: 'checkbox',
      defaultValue: false,
      access: { create: editorsSetParaphrase, update: editorsSetParaphrase },
      admin: {
        description:
          'Editors only: the words are an intended paraphrase, not verbatim. The site shows them without quotation marks.',
      },
    },
  ],
}
