import { spawnSync } from 'node:child_process'

import { describe, expect, it } from 'vitest'

import { ConfigError, parseDatabaseUrl, parseEnv } from '@/server/env'

const secret = 'x'.repeat(40)

describe('DATABASE_URL', () => {
  it('uses the embedded SQLite file when empty', () => {
    expect(parseDatabaseUrl(undefined)).toEqual({
      kind: 'sqlite',
      url: 'file:./data/communique.db',
      file: './data/communique.db',
    })
    expect(parseDatabaseUrl('  ').kind).toBe('sqlite')
  })

  it('reads file: as SQLite and mongodb(+srv): as MongoDB', () => {
    expect(parseDatabaseUrl('file:/var/lib/news.db')).toMatchObject({
      kind: 'sqlite',
      file: '/var/lib/news.db',
    })
    expect(parseDatabaseUrl('mongodb://mongo:27017/news?replicaSet=rs0').kind).toBe('mongodb')
    expect(parseDatabaseUrl('mongodb+srv://user:pw@cluster.example.net/news').kind).toBe('mongodb')
  })

  it('refuses anything else with one sentence naming the variable, without leaking passwords', () => {
    const attempt = () => parseDatabaseUrl('postgres://admin:hunter2@db/news')
    expect(attempt).toThrow(ConfigError)
    expect(attempt).toThrow(/^DATABASE_URL must be empty, a SQLite file URL .* or a MongoDB URL/)
    expect(attempt).not.toThrow(/hunter2/)
    expect(() => parseDatabaseUrl('file::memory:')).toThrow(/DATABASE_URL must name a SQLite file/)
  })
})

describe('environment', () => {
  it('generates a development secret when none is given, outside production', () => {
    const env = parseEnv({}, () => 'generated')
    expect(env).toMatchObject({ payloadSecret: 'generated', generatedSecret: true, isProduction: false })
    expect(env.serverUrl).toBe('http://localhost:3000')
    expect(env.smtp).toBeUndefined()
  })

  it('requires PAYLOAD_SECRET in production, except while building', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/^PAYLOAD_SECRET is required in production/)
    expect(parseEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }).isProduction).toBe(true)
    expect(parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: secret }).payloadSecret).toBe(secret)
  })

  it('names the variable and what is expected', () => {
    expect(() => parseEnv({ PAYLOAD_SECRET: 'short' })).toThrow(
      /^PAYLOAD_SECRET must be at least 32 characters/,
    )
    expect(() => parseEnv({ SERVER_URL: 'news.example.org' })).toThrow(
      /^SERVER_URL must be an absolute http\(s\) URL/,
    )
    expect(() => parseEnv({ SMTP_HOST: 'mail', SMTP_PORT: 'abc' })).toThrow(
      /^SMTP_PORT must be a port number/,
    )
    expect(() => parseEnv({ SMTP_HOST: 'mail', SMTP_PORT: '70000' })).toThrow(
      /^SMTP_PORT must be a port number/,
    )
    expect(() => parseEnv({ SMTP_USER: 'me' })).toThrow(/^SMTP_HOST is required/)
    expect(() => parseEnv({ NODE_ENV: 'staging' })).toThrow(/^NODE_ENV /)
  })

  it('reads SMTP settings, secure by default on port 465', () => {
    expect(parseEnv({ SMTP_HOST: 'mail', SMTP_PORT: '465' }).smtp).toMatchObject({ port: 465, secure: true })
    expect(parseEnv({ SMTP_HOST: 'mail' }).smtp).toMatchObject({ port: 587, secure: false })
    expect(parseEnv({ SERVER_URL: 'https://news.example.org/' }).serverUrl).toBe('https://news.example.org')
  })

  it('reads REVALIDATE_URL once, without its trailing slash', () => {
    expect(parseEnv({}).revalidateUrl).toBeUndefined()
    expect(parseEnv({ REVALIDATE_URL: ' http://app:3000/ ' }).revalidateUrl).toBe('http://app:3000')
    expect(() => parseEnv({ REVALIDATE_URL: 'app:3000' })).toThrow(
      /^REVALIDATE_URL must be an absolute http\(s\) URL/,
    )
  })

  it('maintains the database at start unless COMMUNIQUE_MAINTENANCE is off', () => {
    expect(parseEnv({}).maintenance).toBe(true)
    expect(parseEnv({ COMMUNIQUE_MAINTENANCE: 'off' }).maintenance).toBe(false)
    expect(() => parseEnv({ COMMUNIQUE_MAINTENANCE: 'no' })).toThrow(
      /^COMMUNIQUE_MAINTENANCE must be "on" or "off"/,
    )
  })

  it('runs the jobs queue in the web server unless COMMUNIQUE_JOBS is off', () => {
    expect(parseEnv({}).jobsInServer).toBe(true)
    expect(parseEnv({ COMMUNIQUE_JOBS: 'on' }).jobsInServer).toBe(true)
    expect(parseEnv({ COMMUNIQUE_JOBS: 'off' }).jobsInServer).toBe(false)
    expect(() => parseEnv({ COMMUNIQUE_JOBS: 'false' })).toThrow(/^COMMUNIQUE_JOBS must be "on" or "off"/)
  })

  it('shares the cache through Redis only when REDIS_URL names one', () => {
    expect(parseEnv({}).redisUrl).toBeUndefined()
    expect(parseEnv({ REDIS_URL: ' ' }).redisUrl).toBeUndefined()
    expect(parseEnv({ REDIS_URL: 'redis://redis:6379' }).redisUrl).toBe('redis://redis:6379')
    expect(parseEnv({ REDIS_URL: 'rediss://:secret@cache.example.org:6380/1' }).redisUrl).toBe(
      'rediss://:secret@cache.example.org:6380/1',
    )
    expect(() => parseEnv({ REDIS_URL: 'redis:6379' })).toThrow(/^REDIS_URL must be a Redis URL/)
    expect(() => parseEnv({ REDIS_URL: 'http://redis:6379' })).toThrow(/^REDIS_URL must be a Redis URL/)
  })

  it('knows when `next build` is evaluating it', () => {
    expect(parseEnv({}).building).toBe(false)
    expect(parseEnv({ NEXT_PHASE: 'phase-production-build' }).building).toBe(true)
  })
})

describe('a wrong value at start-up', () => {
  it('stops the start with one sentence and no stack trace', () => {
    const result = spawnSync(process.execPath, ['scripts/payload.mjs', 'run', 'src/seed/cli.ts'], {
      // A clean environment, as a user's shell would give (the test runner's own variables aside).
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'development',
        DATABASE_URL: 'mysql://localhost/news',
      },
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('Communiqué cannot start: DATABASE_URL must be empty')
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })
})
