/**
 * Next.js start-up hook, in the server process only:
 * - validate the configuration before the first request, so that a wrong environment variable
 *   stops `npm start` with one sentence instead of failing on first use;
 * - start Payload with its crons, so that the jobs queue (scheduled and embargoed releases,
 *   emails) runs from the start, with no request needed to wake it, and catches up at once on
 *   anything that fell due while the server was down.
 */
export async function register(): Promise<void> {
  // Set by Next itself for each runtime, and checked before env.ts, which the Edge runtime cannot load.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { env } = await import('./src/server/env')
  const { building, jobsInServer } = env()
  if (building || !jobsInServer) return
  const [{ getPayload }, { default: config }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
  ])
  try {
    const payload = await getPayload({ config, cron: true })
    // The first tick of the cron is up to a minute away: run what is already due now.
    void payload.jobs.run({ limit: 50 }).catch((error: unknown) => {
      payload.logger.error({ err: error }, 'Jobs queue: catching up at start failed')
    })
  } catch (error) {
    // An unreachable database must not take the site down: cached pages keep being served,
    // /api/health answers 503, and the queue starts with the first request that reaches it.
    console.error('[communiqué] Could not start the jobs queue: the database did not answer.', error)
  }
}
