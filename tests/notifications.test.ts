import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, type Session } from './helpers/http'
import { startPayload } from './helpers/payload'
import { draftRelease } from './helpers/releases'
import { startSmtp } from './helpers/smtp'
import { createStaff, type Staff } from './helpers/users'

let payload: Payload
let staff: Staff
let http: ReturnType<typeof api>
let smtp: Awaited<ReturnType<typeof startSmtp>>
let officer: Session
let editor: Session

beforeAll(async () => {
  smtp = await startSmtp()
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(smtp.port)
  process.env.EMAIL_FROM_ADDRESS = 'press@sco.test'
  payload = await startPayload('notifications')
  staff = await createStaff(payload)
  http = api(payload)
  officer = await http.login(staff.officer.email, 'test-officer-password')
  editor = await http.login(staff.editor.email, 'test-editor-password')
})
afterAll(async () => {
  await payload?.destroy()
  await smtp?.stop()
})

/** Runs the queue until nothing is left that is due (emails are sent by jobs). */
async function deliver() {
  for (let round = 0; round < 5; round++) {
    const { remainingJobsFromQueried } = (await payload.jobs.run()) as { remainingJobsFromQueried?: number }
    if (!remainingJobsFromQueried) break
  }
}

const act = (session: Session, id: number, body: Record<string, unknown>) =>
  http.rest('POST', `/press-releases/${id}/workflow`, session, body)

describe('notification emails', () => {
  it('tell editors of a submission and the author of changes requested, approval and publication', async () => {
    const release = await draftRelease(payload, staff.officer, 'Emails on the way to publication')
    smtp.inbox.length = 0

    await act(officer, release.id, { action: 'submit' })
    await deliver()
    expect(smtp.inbox.map((mail) => [mail.to, mail.subject])).toEqual(
      expect.arrayContaining([
        [[staff.editor.email], 'Review requested: Emails on the way to publication'],
        [[staff.admin.email], 'Review requested: Emails on the way to publication'],
      ]),
    )
    expect(smtp.inbox).toHaveLength(2)
    expect(smtp.inbox[0]!.from).toBe('press@sco.test')
    expect(smtp.inbox[0]!.text).toContain(`/admin/collections/press-releases/${release.id}`)

    smtp.inbox.length = 0
    await act(editor, release.id, { action: 'requestChanges', reason: 'Add the date of the meeting.' })
    await act(officer, release.id, { action: 'submit' })
    await act(editor, release.id, { action: 'approve' })
    await act(editor, release.id, { action: 'publish' })
    await deliver()
    const toAuthor = smtp.inbox.filter((mail) => mail.to.includes(staff.officer.email))
    // The queue sends in parallel: the order of arrival is not the order of the actions.
    expect(toAuthor.map((mail) => mail.subject).sort()).toEqual([
      'Approved: Emails on the way to publication',
      'Changes requested: Emails on the way to publication',
      'Published: Emails on the way to publication',
    ])
    expect(toAuthor.find((mail) => mail.subject.startsWith('Changes'))!.text).toContain(
      'Add the date of the meeting.',
    )
    // Nobody hears of their own action: the officer's resubmission went to editors only.
    expect(smtp.inbox.filter((mail) => mail.to.includes(staff.officer.email))).toHaveLength(3)
  })

  it('tell a colleague mentioned in a comment, and only them', async () => {
    const release = await draftRelease(payload, staff.officer, 'Mentions')
    smtp.inbox.length = 0
    const comment = await http.rest('POST', '/comments', officer, {
      release: release.id,
      body: 'Could @test-editor check the UN title? (Not @nobody-here.)',
    })
    expect(comment.status).toBe(201)
    const doc = comment.body.doc as { mentions: { id: number }[]; author: { id: number } }
    expect(doc.mentions.map((user) => user.id)).toEqual([staff.editor.id])
    expect(doc.author.id).toBe(staff.officer.id)
    await deliver()
    expect(smtp.inbox).toEqual([
      expect.objectContaining({
        to: [staff.editor.email],
        subject: 'officer test mentioned you on “Mentions”',
        text: expect.stringContaining('Could @test-editor check the UN title?'),
      }),
    ])
  })

  it('retry a failed send without blocking or undoing the change', async () => {
    const release = await draftRelease(payload, staff.officer, 'Mail server down')
    smtp.inbox.length = 0
    smtp.failNext(10)
    const response = await act(officer, release.id, { action: 'submit' })
    expect(response.status).toBe(200)
    await payload.jobs.run()
    expect(smtp.inbox).toHaveLength(0)
    const { docs: failing } = await payload.find({
      collection: 'payload-jobs',
      where: {
        taskSlug: { equals: 'sendNotificationEmail' },
        hasError: { equals: false },
        completedAt: { exists: false },
      },
      overrideAccess: true,
    })
    expect(failing.length).toBeGreaterThan(0)
    expect(failing.every((job) => (job.totalTried ?? 0) >= 1)).toBe(true)
    const { editorialStatus } = await payload.findByID({
      collection: 'press-releases',
      id: release.id,
      draft: true,
      overrideAccess: true,
    })
    expect(editorialStatus).toBe('in_review')

    smtp.failNext(0)
    // The retry waits for its backoff; run the retries as the queue would once they are due.
    await payload.update({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'sendNotificationEmail' }, completedAt: { exists: false } },
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })
    await deliver()
    expect(smtp.inbox.map((mail) => mail.subject)).toEqual([
      'Review requested: Mail server down',
      'Review requested: Mail server down',
    ])
  })
})

describe('comments', () => {
  it('are read by staff only, and a reply stays on its release', async () => {
    const release = await draftRelease(payload, staff.officer)
    const other = await draftRelease(payload, staff.officer)
    const first = await http.rest('POST', '/comments', editor, {
      release: release.id,
      body: 'Check the dateline.',
    })
    const id = (first.body.doc as { id: number }).id
    const reply = await http.rest('POST', '/comments', officer, {
      release: release.id,
      parent: id,
      body: 'Done.',
    })
    expect(reply.status).toBe(201)
    const wrong = await http.rest('POST', '/comments', officer, {
      release: other.id,
      parent: id,
      body: 'Misplaced.',
    })
    expect(wrong.status).toBe(400)
    expect(JSON.stringify(wrong.body)).toContain('same release')
    expect((await http.rest('GET', `/comments/${id}`)).status).toBe(403)
    const thread = await http.rest('GET', `/comments/${id}?depth=1`, officer)
    expect((thread.body.replies as { docs: { body: string }[] }).docs.map((doc) => doc.body)).toEqual([
      'Done.',
    ])
    // Only the author edits a comment.
    expect(
      (await http.rest('PATCH', `/comments/${id}`, officer, { body: 'Rewritten by someone else' })).status,
    ).toBe(403)
  })
})
