/**
 * `npm run backup [-- --out <file>]` and `npm run restore -- <file>` (see README, Backup and
 * restore). Run through `payload run`, whose own argument parser drops flags: package.json passes
 * `--` so that ours arrive intact.
 */
import { readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'

import configPromise from '@payload-config'
import { getPayload, type SanitizedConfig } from 'payload'

import { createBackup, type Uploads } from '@/server/backup/backup'
import { mongoBackup } from '@/server/backup/mongodb'
import { restoreBackup } from '@/server/backup/restore'
import { sqliteBackup } from '@/server/backup/sqlite'
import { BackupError, type DatabaseBackup } from '@/server/backup/types'
import { env } from '@/server/env'

const usage = 'Usage: npm run backup [-- --out <file.tar.gz>]  |  npm run restore -- <file.tar.gz>'

function parse(argv: string[]) {
  try {
    const { positionals, values } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: 'string' } },
    })
    const [command, ...rest] = positionals
    if (command === 'backup' && rest.length === 0) return { command, out: values.out } as const
    if (command === 'restore' && rest.length === 1 && values.out === undefined)
      return { command, file: path.resolve(rest[0]!) } as const
  } catch (error) {
    throw new BackupError(`${(error as Error).message.split('. ')[0]}. ${usage}`)
  }
  throw new BackupError(usage)
}

/** The upload folders, as Payload resolves them (a relative staticDir is relative to the working directory). */
function uploadsOf(config: SanitizedConfig): Uploads {
  return Object.fromEntries(
    config.collections.flatMap((c) =>
      c.upload ? [[c.slug, path.resolve(c.upload.staticDir ?? c.slug)]] : [],
    ),
  )
}

/** MongoDB counts through Payload, for every collection and its versions. */
async function mongoCounts(config: SanitizedConfig) {
  const payload = await getPayload({ config })
  const counts = async () => {
    const collections: Record<string, number> = {}
    const versions: Record<string, number> = {}
    for (const { slug, versions: versioned } of config.collections) {
      collections[slug] = (await payload.count({ collection: slug, overrideAccess: true })).totalDocs
      if (versioned)
        versions[slug] = (await payload.countVersions({ collection: slug, overrideAccess: true })).totalDocs
    }
    return { collections, versions }
  }
  const notEmpty = async () => {
    const { collections } = await counts()
    const used = Object.entries(collections).find(([slug, n]) => n > 0 && slug !== 'payload-migrations')
    return used && `the database is not empty (its collection ${used[0]} holds ${used[1]} documents)`
  }
  return { counts, notEmpty }
}

async function main(): Promise<number> {
  const args = parse(process.argv.slice(2))
  const config = await configPromise
  const { database: db } = env()
  const database: DatabaseBackup =
    db.kind === 'sqlite'
      ? sqliteBackup(
          db.file,
          config.collections.map((c) => c.slug),
        )
      : mongoBackup(db.url, await mongoCounts(config))
  const uploads = uploadsOf(config)

  if (args.command === 'backup') {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19)
    const out = path.resolve(args.out ?? path.join('backups', `communique-${stamp}.tar.gz`))
    await mkdir(path.dirname(out), { recursive: true })
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    const manifest = await createBackup({ database, uploads, out, appVersion: version })
    const bytes = manifest.files.reduce((sum, file) => sum + file.size, 0)
    console.log(
      `Backup written to ${path.relative(process.cwd(), out)}: the ${db.kind} database and ${manifest.files.length - 1} media files (${(bytes / 1e6).toFixed(1)} MB before compression).`,
    )
    return 0
  }
  const manifest = await restoreBackup({ file: args.file, database, uploads })
  console.log(
    `Restored the backup of ${manifest.createdAt}: the ${db.kind} database and ${manifest.files.length - 1} media files, all matching its manifest. You can start the server.`,
  )
  return 0
}

try {
  process.exit(await main())
} catch (error) {
  if (!(error instanceof BackupError)) throw error
  console.error(error.message)
  process.exit(1)
}
