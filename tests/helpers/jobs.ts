import type { Payload } from 'payload'

/**
 * Runs the jobs queue until nothing due is left (emails are sent by jobs). The REST handlers start
 * the newsroom's own run once a minute (payload.config.ts, `jobs.autoRun`): it is stopped first,
 * and a run of it under way awaited, so that it cannot take a job from under this run and send
 * its email after the test has looked (a failure of tests/notifications when a file ran slowly
 * across a minute, two files at a time).
 */
export async function runQueue(payload: Payload) {
  await stopCrons(payload)
  for (let round = 0; round < 5; round++) {
    const { remainingJobsFromQueried } = (await payload.jobs.run()) as { remainingJobsFromQueried?: number }
    if (!remainingJobsFromQueried) break
  }
}

/**
 * Stops the newsroom's own run of the queue (started by the first REST request; Payload does not
 * start it again) and awaits a run under way: a test that counts pending jobs must not see one
 * taken when its file runs across a minute.
 */
export async function stopCrons(payload: Payload) {
  for (const cron of payload.crons.splice(0)) {
    cron.stop()
    while (cron.isBusy()) await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
