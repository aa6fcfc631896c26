/**
 * Next.js start-up hook: validate the configuration before the first request, so that a wrong
 * environment variable stops `npm start` with one sentence instead of failing on first use.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { env } = await import('./src/lib/env')
  env()
}
