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
    transportOptions: {
      host,
      port,
      secure,
      auth: user ? { user, pass } : undefined,
      // A password-reset email is sent inside the request's transaction (Payload's
      // forgotPassword), which holds SQLite's write lock: a mail server that hangs must fail the
      // send within seconds, not after nodemailer's default of minutes.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 15_000,
    },
  })
}
