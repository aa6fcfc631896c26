import { expect, type PlaywrightWorkerArgs } from '@playwright/test'

import { startRedis, type RedisServer } from '../tests/helpers/redisServer'
import { restartSecret, seededDatabase, startOwnServer, type OwnServer } from './own-server'
import { account, type StaffRole } from './site-helpers'

/**
 * Two app instances (`next start` of the build, e2e/own-server.ts) on one seeded SQLite newsroom,
 * sharing a real redis-server through REDIS_URL: the setting of the specs of issue 14
 * (e2e/presence-instances, e2e/shared-cache, e2e/topology), started the same way for each.
 * `environment` is what both run with, for a restart of one.
 */
export type Instances = {
  redis: RedisServer
  a: OwnServer
  b: OwnServer
  environment: Record<string, string>
}

export async function startInstances(options: {
  /** Names the database's folder under tmp/. */
  name: string
  ports: readonly [number, number]
  redisPort: number
  /** More settings for both (e.g. VARNISH_URL). */
  env?: Record<string, string>
  /** Where the jobs queue runs: on A only, as README's "Production" says, or on neither. */
  jobs: 'a' | 'none'
}): Promise<Instances> {
  const redis = await startRedis(options.redisPort)
  try {
    const environment = {
      DATABASE_URL: await seededDatabase(`${options.name}-${options.ports[0]}`),
      PAYLOAD_SECRET: restartSecret,
      REDIS_URL: redis.url,
      ...(options.jobs === 'none' ? { COMMUNIQUE_JOBS: 'off' } : {}),
      ...options.env,
    }
    const started = await Promise.allSettled([
      startOwnServer(options.ports[0], environment),
      startOwnServer(options.ports[1], { ...environment, COMMUNIQUE_JOBS: 'off' }),
    ])
    const [a, b] = started.map((result) => (result.status === 'fulfilled' ? result.value : undefined))
    const failed = started.find((result) => result.status === 'rejected')
    if (failed || !a || !b) {
      await Promise.all([a?.stop(), b?.stop()])
      throw (failed as PromiseRejectedResult | undefined)?.reason ?? new Error('An instance did not start.')
    }
    return { redis, a, b, environment }
  } catch (error) {
    await redis.stop()
    throw error
  }
}

/** Stops what `startInstances` started (`a` and `b` as they are now, after any restart). */
export async function stopInstances(servers: { a?: OwnServer; b?: OwnServer; redis?: RedisServer }) {
  await Promise.all([servers.a?.stop(), servers.b?.stop()])
  await servers.redis?.stop()
}

/** A staff session on one instance: REST calls name its origin (CSRF). */
export async function staffOn(
  playwright: PlaywrightWorkerArgs['playwright'],
  server: OwnServer,
  role: StaffRole = 'editor',
) {
  const request = await playwright.request.newContext({ baseURL: server.origin })
  const headers = { origin: server.origin }
  const { email, password } = account(role)
  const login = await request.post('/api/users/login', { data: { email, password }, headers })
  expect(login.ok(), await login.text()).toBeTruthy()
  const workflow = async (id: number, action: string) => {
    const response = await request.post(`/api/press-releases/${id}/workflow`, { data: { action }, headers })
    expect(response.status(), await response.text()).toBe(200)
  }
  return { request, headers, workflow }
}
