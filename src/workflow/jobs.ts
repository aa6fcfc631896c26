import type { TaskConfig } from 'payload'

import { recordActivity, releaseTitle } from './activity'
import { applyTransition } from './apply'
import { heldForTranslations } from './translation/policy'

/**
 * Publishes a scheduled or embargoed release at its time. Queued by the schedule/embargo
 * action with `waitUntil`; the queue runs every minute in the server and in the worker, and a
 * time missed while both were down is caught up at the next start. A job whose release was
 * changed since (sent back to review, rescheduled) does nothing.
 */
export const publishScheduledReleaseTask: TaskConfig<{
  input: { releaseId: string; at: string }
  output: { result: string }
}> = {
  slug: 'publishScheduledRelease',
  label: 'Publish a scheduled or embargoed release',
  inputSchema: [
    { name: 'releaseId', type: 'text', required: true },
    { name: 'at', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'result', type: 'text' }],
  retries: 5,
  handler: async ({ input, req }) => {
    const latest = await req.payload
      .findByID({
        collection: 'press-releases',
        id: input.releaseId,
        draft: true,
        depth: 0,
        req,
        overrideAccess: true,
      })
      .catch(() => null)
    const due = latest?.publishAt ? new Date(latest.publishAt).getTime() : NaN
    if (!latest || latest.editorialStatus !== 'scheduled' || due !== new Date(input.at).getTime()) {
      return { output: { result: 'superseded: the release was changed or rescheduled since' } }
    }
    if (due > Date.now()) throw new Error(`Not due before ${input.at}.`)
    // "Hold until every language is approved" is checked again at publication time (issue 13): the
    // policy, or a translation's state, may have changed since the release was scheduled. It stays
    // scheduled, with the reason in its activity log; an editor publishes it once the languages
    // are approved, or lets the English go first.
    const held = heldForTranslations('Scheduled publication', latest)
    if (held) {
      await recordActivity(req, {
        action: 'translation',
        summary: `Not published at its time: ${releaseTitle(latest)}`,
        note: held,
        collectionSlug: 'press-releases',
        docId: latest.id,
        release: latest.id,
      })
      return { output: { result: `held: ${held}` } }
    }
    await applyTransition(req, latest.id, { action: 'publish' }, { system: true })
    return { output: { result: 'published' } }
  },
}

export const sendNotificationEmailTask: TaskConfig<{
  input: { to: string; subject: string; text: string; releaseId?: string }
  output: { result: string }
}> = {
  slug: 'sendNotificationEmail',
  label: 'Send a notification email',
  inputSchema: [
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
    // The release the email is about: deleting it cancels the email (src/workflow/releaseDeletion.ts).
    { name: 'releaseId', type: 'text' },
  ],
  outputSchema: [{ name: 'result', type: 'text' }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    try {
      await req.payload.sendEmail({ to: input.to, subject: input.subject, text: input.text })
    } catch (error) {
      req.payload.logger.error(
        { err: error, to: input.to, subject: input.subject },
        'Notification email failed; will retry',
      )
      throw error
    }
    return { output: { result: `sent to ${input.to}` } }
  },
}
