import { z } from 'zod'

import type { Locale } from '@/content/locales'
import type { MachineTranslationConfig } from '@/server/machineTranslationEnv'

import { MachineTranslationError, type MachineTranslator } from './translator'

/**
 * A self-hosted LibreTranslate, or any service speaking its protocol: POST /translate with
 * `{ q, source, target, format: "text", api_key? }`, where `q` may be a list and the answer's
 * `translatedText` is then a list in the same order (https://docs.libretranslate.com/guides/api_usage).
 * Texts are sent in batches so one request stays small; the whole draft shares one deadline.
 */

/** LibreTranslate's language codes for ours. */
const codes: Record<Locale, string> = { en: 'en', ru: 'ru', zh: 'zh' }

const maxBatchTexts = 50
const maxBatchChars = 4_000

const answer = z.object({ translatedText: z.array(z.string()) })
const failure = z.object({ error: z.string() })

export function batches(texts: readonly string[]): string[][] {
  const out: string[][] = []
  let current: string[] = []
  let chars = 0
  for (const text of texts) {
    if (current.length > 0 && (current.length >= maxBatchTexts || chars + text.length > maxBatchChars)) {
      out.push(current)
      current = []
      chars = 0
    }
    current.push(text)
    chars += text.length
  }
  if (current.length > 0) out.push(current)
  return out
}

export function libreTranslate(config: MachineTranslationConfig): MachineTranslator {
  const name = `the translation service at ${config.url}`
  const seconds = Math.round(config.timeoutMs / 100) / 10

  async function post(q: string[], from: Locale, to: Locale, signal: AbortSignal): Promise<string[]> {
    let response: Response
    try {
      response = await fetch(`${config.url}/translate`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({
          q,
          source: codes[from],
          target: codes[to],
          format: 'text',
          ...(config.apiKey && { api_key: config.apiKey }),
        }),
        signal,
      })
    } catch (error) {
      if (signal.aborted) throw new MachineTranslationError(`${name} did not answer within ${seconds} s.`)
      throw new MachineTranslationError(`${name} could not be reached (${(error as Error).message}).`)
    }
    const body: unknown = await response.json().catch(() => undefined)
    if (!response.ok) {
      const said = failure.safeParse(body)
      throw new MachineTranslationError(
        `${name} refused the text (HTTP ${response.status}${said.success ? `: ${said.data.error.slice(0, 200)}` : ''}).`,
      )
    }
    const parsed = answer.safeParse(body)
    if (!parsed.success || parsed.data.translatedText.length !== q.length)
      throw new MachineTranslationError(`${name} answered something other than ${q.length} translated texts.`)
    return parsed.data.translatedText
  }

  return {
    name,
    async translate(texts, { from, to }) {
      const signal = AbortSignal.timeout(config.timeoutMs)
      const out: string[] = []
      for (const batch of batches(texts)) out.push(...(await post(batch, from, to, signal)))
      return out
    },
  }
}
