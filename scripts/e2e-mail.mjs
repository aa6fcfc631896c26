// The e2e server's mailbox: a real SMTP server on 127.0.0.1 that Payload's nodemailer adapter
// sends to (SMTP_HOST/SMTP_PORT), writing each message as one JSON line to a file the browser
// tests read (e2e/mail.ts). The same libraries as the integration tests' capture (tests/helpers/smtp.ts).
import { appendFileSync } from 'node:fs'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/** Starts the capture; resolves to its port once it listens. */
export async function startMailCapture(file) {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const to = session.envelope.rcptTo.map((rcpt) => rcpt.address)
          appendFileSync(
            file,
            `${JSON.stringify({ to, subject: mail.subject ?? '', text: mail.text ?? '' })}\n`,
          )
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { port: server.server.address().port, stop: () => server.close() }
}
