import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'

import { afterAll, describe, expect, it } from 'vitest'

import type { Client } from '@libsql/client'

import { createBackup } from '@/server/backup/backup'
import { restoreBackup } from '@/server/backup/restore'
import { sqliteBackup } from '@/server/backup/sqlite'

import { pngFile } from './helpers/files'
import { freshNewsroom } from './helpers/newsroom'
import { draftRelease } from './helpers/releases'
import { startSmtp } from './helpers/smtp'
import { allRows, differingFiles, differingTables } from './helpers/sqliteRows'

let smtp: Awaited<ReturnType<typeof startSmtp>>
const room = freshNewsroom('backup', {
  before: async () => {
    smtp = await startSmtp()
    Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) })
  },
})
afterAll(async () => {
  await smtp?.stop()
})

const work = path.resolve('tmp', 'tests', `backup-${randomUUID().slice(0, 8)}`)
const liveDatabase = () => process.env.DATABASE_URL!.slice('file:'.length)
/** Where Payload keeps the Media collection's files (a relative staticDir is relative to the working directory). */
const liveMedia = () => path.resolve(room.payload.collections.media.config.upload.staticDir!)
const slugs = () => room.payload.config.collections.map((collection) => collection.slug)
/** A target of its own for each restore: a database file and a media folder that do not exist yet. */
function target(name: string) {
  const dir = path.join(work, name)
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, 'restored.db')
  return { dir, file, media: path.join(dir, 'media'), database: sqliteBackup(file, slugs()) }
}
const restoreInto = (archive: string, into: ReturnType<typeof target>) =>
  restoreBackup({ file: archive, database: into.database, uploads: { media: into.media } })

/** Runs the queue until nothing is left that is due (emails are sent by jobs). */
async function deliver() {
  for (let round = 0; round < 5; round++) {
    const { remainingJobsFromQueried } = (await room.payload.jobs.run()) as {
      remainingJobsFromQueried?: number
    }
    if (!remainingJobsFromQueried) break
  }
}

/**
 * Payload's CLI on another database: `jobs:run` as a restarted server catches up at start,
 * `migrate` as a first start on a new database file.
 */
function payloadCli(command: 'jobs:run' | 'migrate', file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/payload.mjs', command], {
      env: { ...process.env, DATABASE_URL: `file:${file}` },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let errors = ''
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) => resolve(`status ${code}${code ? `: ${errors}` : ''}`))
  })
}

let archive = ''

describe('backup and restore', () => {
  it('restore exactly what the backup saw: every table, every version, every file; sent emails stay sent', async () => {
    const { payload, users } = room
    const release = await draftRelease(payload, users.officer, 'Backed-up release')
    for (const summary of ['First revision.', 'Second revision.'])
      await payload.update({
        collection: 'press-releases',
        id: release.id,
        data: { summary },
        draft: true,
        user: users.officer,
        overrideAccess: false,
      })
    await payload.create({
      collection: 'media',
      data: { alt: 'A photo to keep' },
      file: await pngFile('backup-photo.png', 640, 480),
      user: users.officer,
      overrideAccess: false,
    })
    // Two emails sent (jobs completed), then one queued and not yet sent.
    smtp.inbox.length = 0
    await room.act('officer', release.id, { action: 'submit' })
    await deliver()
    expect(smtp.inbox).toHaveLength(2)
    // Everything so far into the file, so that the next writes are surely in the WAL alone (an
    // automatic checkpoint at their commit would otherwise decide what the copy below misses).
    await (room.payload.db as unknown as { client: Client }).client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
    await room.act('editor', release.id, { action: 'requestChanges', reason: 'Add the venue.' })
    // The REST handlers started this newsroom's own queue, which would send its copy of that
    // email at the next minute: stopped, so that only the restored database's queue sends.
    await Promise.all(payload.crons.splice(0).map((cron) => cron.stop()))
    // The last writes are still in the WAL, where a copy of the database file misses them.
    mkdirSync(work, { recursive: true })
    const copied = path.join(work, 'copied.db')
    copyFileSync(liveDatabase(), copied)
    expect(differingTables(await allRows(liveDatabase()), await allRows(copied))).not.toEqual([])

    archive = path.join(work, 'newsroom.tar.gz')
    const database = sqliteBackup(liveDatabase(), slugs())
    const manifest = await createBackup({
      database,
      uploads: { media: liveMedia() },
      out: archive,
      appVersion: 'test',
    })
    expect(manifest.counts.collections['press-releases']).toBeGreaterThan(0)
    expect(manifest.counts.versions['press-releases']).toBeGreaterThanOrEqual(3)
    expect(manifest.files.some((file) => file.name.startsWith('uploads/media/backup-photo'))).toBe(true)

    const into = target('round-trip')
    await restoreInto(archive, into)

    const live = await allRows(liveDatabase())
    const restored = await allRows(into.file)
    expect(differingTables(live, restored)).toEqual([])
    expect(live['_press_releases_v']!.length).toBeGreaterThanOrEqual(3)
    expect(live['media']!.length).toBeGreaterThan(0)
    const files = differingFiles(liveMedia(), into.media)
    expect(files.differing).toEqual([])
    expect(files.files.some((name) => name.startsWith('backup-photo'))).toBe(true)

    // Started on the restored database, the queue sends the one email still due, not the two sent.
    smtp.inbox.length = 0
    expect(await payloadCli('jobs:run', into.file)).toBe('status 0')
    expect(smtp.inbox.map((mail) => mail.subject)).toEqual(['Changes requested: Backed-up release'])
  }, 240_000)

  it('back up while the newsroom writes, without stalling it', async () => {
    const releases = async () => (await room.payload.count({ collection: 'press-releases' })).totalDocs
    const before = await releases()
    const writes = Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        draftRelease(room.payload, room.users.officer, `Written during backup ${i}`),
      ),
    )
    const out = path.join(work, 'during-writes.tar.gz')
    const [manifest] = await Promise.all([
      createBackup({
        database: sqliteBackup(liveDatabase(), slugs()),
        uploads: { media: liveMedia() },
        out,
        appVersion: 'test',
      }),
      writes,
    ])
    // Into a database that a first start has already migrated: empty all the same.
    const into = target('during-writes')
    expect(await payloadCli('migrate', into.file)).toBe('status 0')
    expect(existsSync(into.file)).toBe(true)
    await restoreInto(out, into)
    // The snapshot holds each write whole or not at all, and the restore checked its counts.
    expect(manifest.counts.collections['press-releases']).toBeGreaterThanOrEqual(before)
    expect(manifest.counts.collections['press-releases']).toBeLessThanOrEqual(before + 5)
    expect(await releases()).toBe(before + 5)
  }, 120_000)

  it('refuse a database or a media folder that is not empty, and change nothing', async () => {
    const usedDatabase = target('round-trip')
    const fresh = target('non-empty-database')
    await expect(
      restoreBackup({ file: archive, database: usedDatabase.database, uploads: { media: fresh.media } }),
    ).rejects.toThrow(
      /^Nothing was restored: the database .*restored\.db is not empty \(its table \w+ holds \d+ rows\)/,
    )
    expect(existsSync(fresh.media)).toBe(false)

    const usedMedia = target('non-empty-media')
    mkdirSync(usedMedia.media)
    writeFileSync(path.join(usedMedia.media, 'keep.txt'), 'mine')
    await expect(restoreInto(archive, usedMedia)).rejects.toThrow(
      /^Nothing was restored: the media folder .*media is not empty \(1 entries\)/,
    )
    expect(existsSync(usedMedia.file)).toBe(false)
    expect(readFileSync(path.join(usedMedia.media, 'keep.txt'), 'utf8')).toBe('mine')
  })

  it('refuse an archive changed after the backup, before writing anything', async () => {
    const tar = gunzipSync(readFileSync(archive))
    // A byte inside the database snapshot, the archive's first file (its data starts after one 512-byte header).
    tar[512 + 4096 + 10]! ^= 0x01
    const tampered = path.join(work, 'tampered.tar.gz')
    writeFileSync(tampered, gzipSync(tar))
    const into = target('tampered')
    await expect(restoreInto(tampered, into)).rejects.toThrow(
      'database/communique.db does not match the checksum in the manifest',
    )
    expect(existsSync(into.file)).toBe(false)
    expect(existsSync(into.media)).toBe(false)

    const truncated = path.join(work, 'truncated.tar.gz')
    writeFileSync(truncated, gzipSync(tar.subarray(0, 512 * 20)))
    await expect(restoreInto(truncated, target('truncated'))).rejects.toThrow(/truncated/)
  })
})
