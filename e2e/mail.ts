import { readFileSync } from 'node:fs'
import path from 'node:path'

/** An email the e2e server sent, as its SMTP capture received it (scripts/e2e-mail.mjs). */
export type SentEmail = { to: string[]; subject: string; text: string }

/** Every email the e2e server has sent since it started (its queue sends them: run it first). */
export function sentEmails(): SentEmail[] {
  const file = path.resolve('tmp', `e2e-${process.env.E2E_PORT ?? 3100}`, 'mail.jsonl')
  let text = ''
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return []
  }
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as SentEmail)
}
