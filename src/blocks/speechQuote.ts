import type { Block, Validate } from 'payload'

/** Whitespace and typographic quotes do not make two quotes different. */
export function normalizeQuote(text: string): string {
  return text
    .replace(/[“”«»„"]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^"|"$/g, '')
    .toLowerCase()
}

/** A quote block must quote the linked speech: one of its key quotes, or a part of one. */
const quoteFromSpeech: Validate = async (value, { siblingData, req }) => {
  if (typeof value !== 'string' || !value.trim()) return 'Enter the quoted words.'
  const speechRef = (siblingData as { speech?: unknown }).speech
  const speechId =
    typeof speechRef === 'object' && speechRef !== null
      ? (speechRef as { id: number | string }).id
      : speechRef
  if ((typeof speechId !== 'number' && typeof speechId !== 'string') || !req?.payload) return true
  const speech = await req.payload
    .findByID({ collection: 'speeches', id: speechId, depth: 0, draft: true, req, disableErrors: true })
    .catch(() => null)
  if (!speech) return 'Choose the speech this quote is taken from.'
  const wanted = normalizeQuote(value)
  const found = (speech.quotes ?? []).some(({ quote }) => normalizeQuote(quote ?? '').includes(wanted))
  return (
    found ||
    `This quote is not among the key quotes of "${speech.title}": add it to the speech first, or correct the wording.`
  )
}

export const SpeechQuoteBlock: Block = {
  slug: 'speechQuote',
  interfaceName: 'SpeechQuoteBlock',
  labels: { singular: 'Quote from a speech', plural: 'Quotes from speeches' },
  fields: [
    { name: 'speech', type: 'relationship', relationTo: 'speeches', required: true },
    {
      name: 'quote',
      type: 'textarea',
      required: true,
      validate: quoteFromSpeech,
      admin: { description: 'Copy one of the speech’s key quotes; the speaker is taken from the speech.' },
    },
  ],
}
