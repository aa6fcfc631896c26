import { env } from '@/server/env'
import type { MachineTranslationConfig } from '@/server/machineTranslationEnv'

import { libreTranslate } from './libreTranslate'
import type { MachineTranslator } from './translator'

/** Each provider by its MACHINE_TRANSLATION_PROVIDER name: another service is one more entry. */
const providers: Record<
  MachineTranslationConfig['provider'],
  (config: MachineTranslationConfig) => MachineTranslator
> = { libretranslate: libreTranslate }

/** The configured translator, or undefined when machine drafts are off (the default). */
export function machineTranslator(config = env().machineTranslation): MachineTranslator | undefined {
  return config ? providers[config.provider](config) : undefined
}
