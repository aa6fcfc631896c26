import { existsSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises'
import path from 'node:path'

import { filesUnder, type Uploads } from './backup'
import { countDifference, MANIFEST_NAME, parseManifest, verifyFiles, type Manifest } from './manifest'
import { ArchiveError, extractTarGz } from './tar'
import { BackupError, type DatabaseBackup } from './types'

const shown = (dir: string) => path.relative(process.cwd(), dir) || dir

/** Moves a file, copying it when the target is on another file system (a separate volume). */
async function move(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true })
  try {
    await rename(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    await copyFile(from, to)
  }
}

async function readManifest(staging: string): Promise<Manifest> {
  const file = path.join(staging, MANIFEST_NAME)
  if (!existsSync(file))
    throw new ArchiveError('The archive has no manifest.json: it was not written by npm run backup.')
  return parseManifest(await readFile(file, 'utf8'))
}

/** Why the target cannot take the restore (one phrase), or undefined. */
async function refusal(
  manifest: Manifest,
  database: DatabaseBackup,
  uploads: Uploads,
): Promise<string | undefined> {
  if (manifest.database.kind !== database.kind)
    return `the archive holds a ${manifest.database.kind} database but DATABASE_URL names a ${database.kind} one`
  const unknown = Object.keys(manifest.uploads).find((slug) => !uploads[slug])
  if (unknown)
    return `the archive holds files of the upload collection "${unknown}", which this site does not have`
  for (const dir of Object.values(uploads)) {
    const entries = existsSync(dir) ? await readdir(dir) : []
    if (entries.length > 0) return `the media folder ${shown(dir)} is not empty (${entries.length} entries)`
  }
  return database.notEmpty()
}

function compare(manifest: Manifest, after: Manifest['counts']): string | undefined {
  const { tables } = manifest.counts
  if (tables && after.tables) return countDifference(tables, after.tables)
  return (
    countDifference(manifest.counts.collections, after.collections) ??
    countDifference(manifest.counts.versions, after.versions)
  )
}

/**
 * Loads an archive of `npm run backup` into an empty database and empty media folders: every
 * file is checked against the manifest before anything is written, and the counts of the restored
 * database are checked against it afterwards. Stop the server (and the worker) first.
 */
export async function restoreBackup({
  file,
  database,
  uploads,
}: {
  file: string
  database: DatabaseBackup
  uploads: Uploads
}): Promise<Manifest> {
  if (!existsSync(file)) throw new BackupError(`There is no backup archive at ${file}.`)
  // Staged beside the first media folder, so that its files are moved there, not copied.
  const parent = path.dirname(Object.values(uploads)[0] ?? path.resolve('media'))
  await mkdir(parent, { recursive: true })
  const staging = await mkdtemp(path.join(parent, '.restore-'))
  try {
    const extracted = await extractTarGz(file, staging)
    const manifest = await readManifest(staging)
    verifyFiles(manifest, extracted)

    const reason = await refusal(manifest, database, uploads)
    if (reason)
      throw new BackupError(
        `Nothing was restored: ${reason}; restore only into an empty database and empty media folders.`,
      )

    await database.load(path.join(staging, manifest.database.file))
    for (const [slug, folder] of Object.entries(manifest.uploads)) {
      const dir = uploads[slug]!
      for (const name of await filesUnder(path.join(staging, folder))) {
        await move(path.join(staging, folder, name), path.join(dir, name))
      }
    }

    const difference = compare(manifest, await database.countsAfterLoad())
    if (difference) throw new BackupError(`The restored database differs from the backup: ${difference}.`)
    return manifest
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}
