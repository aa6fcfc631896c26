import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

import type { Env } from './env'

/**
 * Email through SMTP when SMTP_HOST is set. Without it Payload logs messages to the console,
 * which is what a development machine wants.
 */
export function emailAdapter(config: Env): Promise<EmailAdapter> | undefined {
  if (!config.smtp) return undefined
  const { host, port, secure, user, pass } = config.smtp
  return nodemailerAdapter({
    defaultFromAddress: config.emailFrom.address,
    defaultFromName: config.emailFrom.name,
    skipVerify: true,
    transportOptions: { host, port, secure, auth: user ? { user, pass } : undefined },
  })
}
