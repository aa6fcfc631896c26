import type { AddressInfo } from 'node:net'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { afterAll } from 'vitest'

import { freshNewsroom, type Newsroom } from './newsroom'

export type ReceivedEmail = { to: string[]; from: string; subject: string; text: string }

/**
 * A real SMTP server on 127.0.0.1 that keeps what it receives, for tests of the emails that
 * Payload's nodemailer adapter sends.
 */
export async function startSmtp(): Promise<{
  port: number
  inbox: ReceivedEmail[]
  /** Refuse the next `count` messages with a temporary error, as a mail server under load does. */
  failNext: (count: number) => void
  stop: () => Promise<void>
}> {
  const inbox: ReceivedEmail[] = []
  let failures = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      if (failures > 0) {
        failures -= 1
        stream.resume()
        stream.on('end', () => callback(Object.assign(new Error('Try again later'), { responseCode: 451 })))
        return
      }
      simpleParser(stream)
        .then((mail) => {
          inbox.push({
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            subject: mail.subject ?? '',
            text: mail.text ?? '',
          })
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    port,
    inbox,
    failNext: (count) => {
      failures = count
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export type Smtp = Awaited<ReturnType<typeof startSmtp>>

/**
 * A fresh newsroom (freshNewsroom) whose Payload sends email over SMTP to a real server started
 * for this test file, and stopped after it. `smtp` is filled in before Payload starts, since
 * Payload reads the email settings at start.
 */
export function mailedNewsroom(name: string): { room: Newsroom; smtp: Smtp } {
  const smtp = {} as Smtp
  const room = freshNewsroom(name, {
    before: async () => {
      Object.assign(smtp, await startSmtp())
      Object.assign(process.env, {
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(smtp.port),
        EMAIL_FROM_ADDRESS: 'press@sco.test',
      })
    },
  })
  afterAll(async () => {
    await smtp.stop?.()
  })
  return { room, smtp }
}
