import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

import { cdnProblem, cdnTargets, cdnVariables, type CdnTarget } from './cdnEnv'
import {
  machineTranslationConfig,
  machineTranslationVariables,
  type MachineTranslationConfig,
} from './machineTranslationEnv'

/**
 * Start-up configuration, validated once. A wrong value stops the start with one sentence
 * that names the variable and says what is expected (see ConfigError), never a stack trace.
 */

export class ConfigError extends Error {
  override name = 'ConfigError'
}

export type Database = { kind: 'sqlite'; url: string; file: string } | { kind: 'mongodb'; url: string }

export const DEFAULT_SQLITE_URL = 'file:./data/communique.db'

/** Reads DATABASE_URL: empty or `file:` → SQLite, `mongodb://` or `mongodb+srv://` → MongoDB. */
export function parseDatabaseUrl(raw: string | undefined): Database {
  const url = raw?.trim() || DEFAULT_SQLITE_URL
  if (url.startsWith('file:')) {
    const file = url.slice('file:'.length)
    if (!file || file === ':memory:')
      throw new ConfigError(
        'DATABASE_URL must name a SQLite file such as file:./data/communique.db (":memory:" loses its tables between connections).',
      )
    return { kind: 'sqlite', url, file }
  }
  if (/^mongodb(\+srv)?:\/\/[^/\s]+/.test(url)) return { kind: 'mongodb', url }
  throw new ConfigError(
    `DATABASE_URL must be empty, a SQLite file URL (file:./data/communique.db) or a MongoDB URL (mongodb://host/db or mongodb+srv://...), not "${redact(url)}".`,
  )
}

function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@')
}

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined)

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PAYLOAD_SECRET: optionalText.pipe(
    z.string().min(32, 'must be at least 32 characters long (try: openssl rand -hex 32)').optional(),
  ),
  SERVER_URL: optionalText.pipe(
    z
      .url({
        protocol: /^https?$/,
        error: 'must be an absolute http(s) URL such as https://news.example.org',
      })
      .transform((value) => value.replace(/\/+$/, ''))
      .optional(),
  ),
  REVALIDATE_URL: optionalText.pipe(
    z
      .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL such as http://app:3000' })
      .transform((value) => value.replace(/\/+$/, ''))
      .optional(),
  ),
  REDIS_URL: optionalText.pipe(
    z
      .url({ protocol: /^rediss?$/, hostname: /./, error: 'must be a Redis URL such as redis://redis:6379' })
      .optional(),
  ),
  COMMUNIQUE_JOBS: optionalText.pipe(z.enum(['on', 'off'], 'must be "on" or "off"').optional()),
  COMMUNIQUE_MAINTENANCE: optionalText.pipe(z.enum(['on', 'off'], 'must be "on" or "off"').optional()),
  SMTP_HOST: optionalText,
  SMTP_PORT: optionalText.pipe(
    z
      .string()
      .regex(/^\d{1,5}$/, 'must be a port number between 1 and 65535')
      .transform(Number)
      .refine((port) => port >= 1 && port <= 65535, 'must be a port number between 1 and 65535')
      .optional(),
  ),
  SMTP_SECURE: optionalText.pipe(z.enum(['true', 'false'], 'must be "true" or "false"').optional()),
  SMTP_USER: optionalText,
  SMTP_PASS: optionalText,
  EMAIL_FROM_ADDRESS: optionalText.pipe(z.email('must be an email address').optional()),
  EMAIL_FROM_NAME: optionalText,
  COLLAB_PORT: optionalText.pipe(
    z
      .string()
      .regex(/^\d{1,5}$/, 'must be a port number between 1 and 65535')
      .transform(Number)
      .refine((port) => port >= 1 && port <= 65535, 'must be a port number between 1 and 65535')
      .optional(),
  ),
  COLLAB_STATE_DIR: optionalText,
  COLLAB_URL: optionalText.pipe(
    z
      .url({ protocol: /^wss?$/, error: 'must be a WebSocket URL such as wss://news.example.org/collab' })
      .transform((value) => value.replace(/\/+$/, ''))
      .optional(),
  ),
  ...cdnVariables,
  ...machineTranslationVariables,
})

export type Env = {
  nodeEnv: 'development' | 'production' | 'test'
  isProduction: boolean
  /** `next build` is evaluating the code: nothing is served, no secret is needed, nothing runs. */
  building: boolean
  database: Database
  payloadSecret: string
  /** True when no PAYLOAD_SECRET was given and a development secret is used instead. */
  generatedSecret: boolean
  serverUrl: string
  /** Where a process outside the web server sends its cache refresh (REVALIDATE_URL), if not serverUrl. */
  revalidateUrl?: string
  /** The Redis that app instances share their page and data cache through (REDIS_URL), if any. */
  redisUrl?: string
  /** Whether the web server runs the jobs queue itself (COMMUNIQUE_JOBS, on by default). */
  jobsInServer: boolean
  /**
   * Whether this process fills an empty search index and refreshes the planner statistics at
   * start (COMMUNIQUE_MAINTENANCE, on by default): one process of a deployment is enough; each
   * would otherwise repeat the same minutes of work (onInit.ts).
   */
  maintenance: boolean
  smtp?: { host: string; port: number; secure: boolean; user?: string; pass?: string }
  emailFrom: { address: string; name: string }
  /** The caches in front that a content change purges by surrogate key (src/cache/cdn.ts). */
  cdn: CdnTarget[]
  /**
   * The co-editing sync server (src/collab): the port it listens on (COLLAB_PORT), the address
   * browsers reach it at (COLLAB_URL; unset: the page's host name on that port), and the folder
   * where it keeps each room's document between runs (COLLAB_STATE_DIR, src/collab/roomState.ts).
   */
  collab: { port: number; url?: string; stateDir: string }
  /** The machine-translation service for first drafts (MACHINE_TRANSLATION_URL); off when absent. */
  machineTranslation?: MachineTranslationConfig
}

/** Pure parser, for tests: throws ConfigError with one sentence on the first problem found. */
export function parseEnv(
  source: Record<string, string | undefined>,
  devSecret: () => string = () => randomBytes(32).toString('hex'),
): Env {
  const result = schema.safeParse(source)
  if (!result.success) {
    const issue = result.error.issues[0]!
    const variable = String(issue.path[0] ?? 'environment')
    throw new ConfigError(`${variable} ${issue.message.replace(/^Invalid input: /, 'is invalid: ')}.`)
  }
  const vars = result.data
  const isProduction = vars.NODE_ENV === 'production'
  const database = parseDatabaseUrl(source.DATABASE_URL)
  // `next build` evaluates the config without serving anyone: no secret is needed to build.
  const building = source.NEXT_PHASE === 'phase-production-build'
  if (isProduction && !building && !vars.PAYLOAD_SECRET)
    throw new ConfigError(
      'PAYLOAD_SECRET is required in production: set it to a random string of at least 32 characters (openssl rand -hex 32).',
    )
  if (vars.SMTP_HOST === undefined && (vars.SMTP_USER || vars.SMTP_PASS || vars.SMTP_PORT))
    throw new ConfigError('SMTP_HOST is required when SMTP_PORT, SMTP_USER or SMTP_PASS is set.')
  const cdnIssue = cdnProblem(vars)
  if (cdnIssue) throw new ConfigError(`${cdnIssue[0]} ${cdnIssue[1]}.`)
  const port = vars.SMTP_PORT ?? 587
  return {
    nodeEnv: vars.NODE_ENV,
    isProduction,
    building,
    database,
    payloadSecret: vars.PAYLOAD_SECRET ?? devSecret(),
    generatedSecret: !vars.PAYLOAD_SECRET,
    serverUrl: vars.SERVER_URL ?? 'http://localhost:3000',
    revalidateUrl: vars.REVALIDATE_URL,
    redisUrl: vars.REDIS_URL,
    jobsInServer: vars.COMMUNIQUE_JOBS !== 'off',
    maintenance: vars.COMMUNIQUE_MAINTENANCE !== 'off',
    smtp: vars.SMTP_HOST
      ? {
          host: vars.SMTP_HOST,
          port,
          secure: vars.SMTP_SECURE ? vars.SMTP_SECURE === 'true' : port === 465,
          user: vars.SMTP_USER,
          pass: vars.SMTP_PASS,
        }
      : undefined,
    emailFrom: {
      address: vars.EMAIL_FROM_ADDRESS ?? 'press@communique.local',
      name: vars.EMAIL_FROM_NAME ?? 'Communiqué',
    },
    cdn: cdnTargets(vars),
    collab: {
      port: vars.COLLAB_PORT ?? 3001,
      url: vars.COLLAB_URL,
      stateDir: vars.COLLAB_STATE_DIR ?? 'data/collab',
    },
    machineTranslation: machineTranslationConfig(vars),
  }
}

/**
 * A development secret kept beside the SQLite file, so that sessions survive a restart.
 * Only used outside production.
 */
function persistentDevSecret(): string {
  const file = path.resolve(process.cwd(), 'data', '.dev-payload-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  const secret = randomBytes(32).toString('hex')
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, secret, { mode: 0o600 })
  // Said once, when the secret is made: later starts reuse it quietly.
  console.warn(
    '[communiqué] PAYLOAD_SECRET is not set: generated a development secret in data/.dev-payload-secret (set PAYLOAD_SECRET in production).',
  )
  return secret
}

let cached: Env | undefined

/** The validated configuration of this process; prints one sentence and exits when it is wrong. */
export function env(): Env {
  if (cached) return cached
  try {
    cached = parseEnv(process.env, persistentDevSecret)
  } catch (error) {
    if (error instanceof ConfigError) {
      // Written synchronously: under `payload run` this code runs inside tsx's module loader,
      // where buffered output and the exit code can be lost if the process exits first.
      writeSync(2, `\nCommuniqué cannot start: ${error.message}\n\n`)
      process.exitCode = 1
      process.exit(1)
    }
    throw error
  }
  return cached
}
