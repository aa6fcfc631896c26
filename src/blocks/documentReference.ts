import type { Block } from 'payload'

export const DocumentReferenceBlock: Block = {
  slug: 'documentReference',
  interfaceName: 'DocumentReferenceBlock',
  labels: { singular: 'Document reference', plural: 'Document references' },
  fields: [
    {
      name: 'document',
      type: 'relationship',
      relationTo: 'documents',
      required: true,
      // No "Create new" in the picker: its drawer would leave an empty draft (src/fields/firstDraft/pickers.ts).
      admin: { allowCreate: false },
    },
    {
      name: 'note',
      type: 'text',
      admin: { description: 'Optional line shown with the reference, e.g. what the document established.' },
    },
  ],
}
