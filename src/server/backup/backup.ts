import { existsSync } from 'node:fs'
import { mkdtemp, readdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'

import { DATABASE_DIR, FORMAT_VERSION, MANIFEST_NAME, UPLOADS_DIR, type Manifest } from './manifest'
import { writeTarGz, type TarSource } from './tar'
import type { DatabaseBackup } from './types'

/** Upload collections and the folder where each keeps its files (its `upload.staticDir`). */
export type Uploads = Record<string, string>

/** Every regular file under `dir`, as paths relative to it with forward slashes. */
export async function filesUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return []
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

/**
 * Writes one archive: the database snapshot first, then every uploaded file, then manifest.json
 * with the counts of the snapshot and the checksum of every file. The snapshot comes first, so
 * that a file uploaded while the backup runs is at worst an extra file, never a missing one.
 * The archive appears under its name only once it is complete.
 */
export async function createBackup({
  database,
  uploads,
  out,
  appVersion,
}: {
  database: DatabaseBackup
  uploads: Uploads
  out: string
  appVersion: string
}): Promise<Manifest> {
  const staging = await mkdtemp(path.join(path.dirname(out), '.backup-'))
  const partial = `${out}.partial`
  try {
    const snapshot = path.join(staging, database.fileName)
    await database.snapshot(snapshot)
    const counts = await database.counts(snapshot)
    const databaseName = `${DATABASE_DIR}/${database.fileName}`
    const sources: TarSource[] = [{ name: databaseName, file: snapshot }]
    const folders: Record<string, string> = {}
    for (const [slug, dir] of Object.entries(uploads)) {
      folders[slug] = `${UPLOADS_DIR}/${slug}`
      for (const file of await filesUnder(dir))
        sources.push({ name: `${folders[slug]}/${file}`, file: path.join(dir, file) })
    }
    let manifest: Manifest | undefined
    await writeTarGz(partial, sources, (files) => {
      manifest = {
        format: 'communique-backup',
        formatVersion: FORMAT_VERSION,
        createdAt: new Date().toISOString(),
        appVersion,
        database: { kind: database.kind, file: databaseName },
        counts,
        uploads: folders,
        files,
      }
      return { name: MANIFEST_NAME, data: Buffer.from(JSON.stringify(manifest, null, 2)) }
    })
    await rename(partial, out)
    return manifest!
  } finally {
    await rm(partial, { force: true })
    await rm(staging, { recursive: true, force: true })
  }
}
