import { describe, expect, it } from 'vitest'

import { draftRelease } from './helpers/releases'
import { mailedNewsroom } from './helpers/smtp'

const { room, smtp } = mailedNewsroom('notifications')

/** Runs the queue until nothing is left that is due (emails are sent by jobs). */
async function deliver() {
  for (let round = 0; round < 5; round++) {
    const { remainingJobsFromQueried } = (await room.payload.jobs.run()) as {
      remainingJobsFromQueried?: number
    }
    if (!remainingJobsFromQueried) break
  }
}

describe('notification emails', () => {
  it('tell editors of a submission and the author of changes requested, approval and publication', async () => {
    const release = await draftRelease(room.payload, room.users.officer, 'Emails on the way to publication')
    smtp.inbox.length = 0

    await room.act('officer', release.id, { action: 'submit' })
    await deliver()
    expect(smtp.inbox.map((mail) => [mail.to, mail.subject])).toEqual(
      expect.arrayContaining([
        [[room.users.editor.email], 'Review requested: Emails on the way to publication'],
        [[room.users.admin.email], 'Review requested: Emails on the way to publication'],
      ]),
    )
    expect(smtp.inbox).toHaveLength(2)
    expect(smtp.inbox[0]!.from).toBe('press@sco.test')
    expect(smtp.inbox[0]!.text).toContain(`/admin/collections/press-releases/${release.id}`)

    smtp.inbox.length = 0
    await room.act('editor', release.id, { action: 'requestChanges', reason: 'Add the date of the meeting.' })
    await room.act('officer', release.id, { action: 'submit' })
    await room.act('editor', release.id, { action: 'approve' })
    await room.act('editor', release.id, { action: 'publish' })
    await deliver()
    // The queue sends in parallel: the order of arrival is not the order of the actions.
    expect(smtp.inbox.map((mail) => `${mail.to.join()}: ${mail.subject}`).sort()).toEqual([
      `${room.users.admin.email}: Review requested: Emails on the way to publication`,
      `${room.users.editor.email}: Review requested: Emails on the way to publication`,
      `${room.users.officer.email}: Approved: Emails on the way to publication`,
      `${room.users.officer.email}: Changes requested: Emails on the way to publication`,
      `${room.users.officer.email}: Published: Emails on the way to publication`,
    ])
    expect(smtp.inbox.find((mail) => mail.subject.startsWith('Changes'))!.text).toContain(
      'Add the date of the meeting.',
    )
  })

  it('leave out whoever took the action', async () => {
    // An editor's own release: of the editors, only the admin hears of its submission, and
    // nobody of its approval and publication (its author took them).
    const release = await draftRelease(room.payload, room.users.editor, 'Self-service')
    smtp.inbox.length = 0
    await room.act('editor', release.id, { action: 'submit' })
    await room.act('editor', release.id, { action: 'approve' })
    await room.act('editor', release.id, { action: 'publish' })
    await deliver()
    expect(smtp.inbox.map((mail) => [mail.to, mail.subject])).toEqual([
      [[room.users.admin.email], 'Review requested: Self-service'],
    ])
  })

  it('tell a colleague mentioned in a comment, and only them', async () => {
    const release = await draftRelease(room.payload, room.users.officer, 'Mentions')
    smtp.inbox.length = 0
    const comment = await room.http.rest('POST', '/comments', room.sessions.officer, {
      release: release.id,
      body: 'Could @test-editor check the UN title?',
    })
    expect(comment.status).toBe(201)
    const doc = comment.body.doc as { mentions: { id: number }[]; author: { id: number } }
    expect(doc.mentions.map((user) => user.id)).toEqual([room.users.editor.id])
    expect(doc.author.id).toBe(room.users.officer.id)
    await deliver()
    expect(smtp.inbox).toEqual([
      expect.objectContaining({
        to: [room.users.editor.email],
        subject: 'officer test mentioned you on “Mentions”',
        // The mention as a reference (src/content/mentions.ts), shown with the colleague's name.
        text: expect.stringContaining('Could @editor test check the UN title?'),
      }),
    ])
  })

  it('retry a failed send without blocking or undoing the change', async () => {
    const release = await draftRelease(room.payload, room.users.officer, 'Mail server down')
    smtp.inbox.length = 0
    smtp.failNext(10)
    const response = await room.act('officer', release.id, { action: 'submit' })
    expect(response.status).toBe(200)
    await room.payload.jobs.run()
    expect(smtp.inbox).toHaveLength(0)
    const { docs: failing } = await room.payload.find({
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
    const { editorialStatus } = await room.payload.findByID({
      collection: 'press-releases',
      id: release.id,
      draft: true,
      overrideAccess: true,
    })
    expect(editorialStatus).toBe('in_review')

    smtp.failNext(0)
    // The retry waits for its backoff; run the retries as the queue would once they are due.
    await room.payload.update({
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
    const release = await draftRelease(room.payload, room.users.officer)
    const other = await draftRelease(room.payload, room.users.officer)
    const first = await room.http.rest('POST', '/comments', room.sessions.editor, {
      release: release.id,
      body: 'Check the dateline.',
    })
    const id = (first.body.doc as { id: number }).id
    const reply = await room.http.rest('POST', '/comments', room.sessions.officer, {
      release: release.id,
      parent: id,
      body: 'Done.',
    })
    expect(reply.status).toBe(201)
    const wrong = await room.http.rest('POST', '/comments', room.sessions.officer, {
      release: other.id,
      parent: id,
      body: 'Misplaced.',
    })
    expect(wrong.status).toBe(400)
    expect(JSON.stringify(wrong.body)).toContain('same release')
    expect((await room.http.rest('GET', `/comments/${id}`)).status).toBe(403)
    const thread = await room.http.rest('GET', `/comments/${id}?depth=1`, room.sessions.officer)
    expect((thread.body.replies as { docs: { body: string }[] }).docs.map((doc) => doc.body)).toEqual([
      'Done.',
    ])
    // Only the author edits a comment.
    expect(
      (
        await room.http.rest('PATCH', `/comments/${id}`, room.sessions.officer, {
          body: 'Rewritten by someone else',
        })
      ).status,
    ).toBe(403)
  })
})
