import type { Field } from 'payload'

import { plainText } from '@/content/lexical'
import { publicCopy } from '@/content/staffMarks'

import { textLimits } from './limitCheck'

/**
 * What the hook below stores for an editor state (also used by the archive generator's bulk
 * writes). Search indexes it, so it is the public text: staff marks removed.
 */
export function storedPlainText(state: unknown): string | null {
  return plainText(publicCopy(state)).trim() || null
}

/**
 * The plain text of a rich-text field, kept beside it in each language so that search can
 * match the words of a release body or a speech (rich text is stored as a JSON tree, which a
 * `like` query cannot search on every database). Always recomputed from the rich text on save,
 * whatever a client sends.
 */
export function plainTextOf(source: string, name = `${source}Text`): Field {
  return {
    name,
    type: 'textarea',
    localized: true,
    // Derived from the rich text, whose own limit bounds it.
    maxLength: textLimits.richTextBytes,
    admin: { hidden: true },
    hooks: {
      beforeChange: [
        ({ siblingData, originalDoc }) => {
          const state =
            siblingData?.[source] ?? (originalDoc as Record<string, unknown> | undefined)?.[source]
          return storedPlainText(state)
        },
      ],
    },
  }
}
