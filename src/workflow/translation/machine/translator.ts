import type { Locale } from '@/content/locales'

/**
 * The one interface a machine-translation service is used through (issue 13, item 4): plain
 * texts in, the same number of texts out, in order. The release's structure (Lexical nodes,
 * links, blocks) never reaches a provider: src/workflow/translation/machine/releaseText.ts takes
 * the texts out and puts the translations back.
 */
export type MachineTranslator = {
  /** What the desk names in messages ("LibreTranslate at http://…"). */
  name: string
  translate(texts: readonly string[], options: { from: Locale; to: Locale }): Promise<string[]>
}

/**
 * Why a draft could not be made: the service is down, slow, or answered something else. The
 * desk answers 424 with this sentence and writes nothing.
 */
export class MachineTranslationError extends Error {
  override name = 'MachineTranslationError'
}
