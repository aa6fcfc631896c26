import { z } from 'zod'

/**
 * The optional machine-translation first draft (issue 13, item 4): off unless
 * MACHINE_TRANSLATION_URL names a translation service. Read by src/server/env.ts with the rest of
 * the configuration; used by src/workflow/translation/machine.
 */
export type MachineTranslationConfig = {
  provider: 'libretranslate'
  url: string
  apiKey?: string
  /** How long one draft may wait for the service, in milliseconds, before it gives up. */
  timeoutMs: number
}

const text = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined)

export const machineTranslationVariables = {
  MACHINE_TRANSLATION_URL: text.pipe(
    z
      .url({
        protocol: /^https?$/,
        error:
          'must be the http(s) URL of a LibreTranslate-compatible service such as http://libretranslate:5000',
      })
      .transform((value) => value.replace(/\/+$/, ''))
      .optional(),
  ),
  MACHINE_TRANSLATION_PROVIDER: text.pipe(
    z.enum(['libretranslate'], 'must be "libretranslate" (the only provider so far)').optional(),
  ),
  MACHINE_TRANSLATION_API_KEY: text,
  MACHINE_TRANSLATION_TIMEOUT_MS: text.pipe(
    z
      .string()
      .regex(/^\d{1,6}$/, 'must be a number of milliseconds between 100 and 600000')
      .transform(Number)
      .refine((ms) => ms >= 100 && ms <= 600_000, 'must be a number of milliseconds between 100 and 600000')
      .optional(),
  ),
}

type Vars = {
  MACHINE_TRANSLATION_URL?: string
  MACHINE_TRANSLATION_PROVIDER?: 'libretranslate'
  MACHINE_TRANSLATION_API_KEY?: string
  MACHINE_TRANSLATION_TIMEOUT_MS?: number
}

export function machineTranslationConfig(vars: Vars): MachineTranslationConfig | undefined {
  if (!vars.MACHINE_TRANSLATION_URL) return undefined
  return {
    provider: vars.MACHINE_TRANSLATION_PROVIDER ?? 'libretranslate',
    url: vars.MACHINE_TRANSLATION_URL,
    apiKey: vars.MACHINE_TRANSLATION_API_KEY,
    timeoutMs: vars.MACHINE_TRANSLATION_TIMEOUT_MS ?? 30_000,
  }
}
