import { z } from 'zod'

import { ArchiveError, type Checked } from './tar'

/**
 * manifest.json, the last entry of a backup archive: what the archive holds and how to check it.
 * A restore reads it before it touches anything, and refuses an archive whose files do not match.
 */
export const FORMAT_VERSION = 1
export const MANIFEST_NAME = 'manifest.json'
/** Where each part lives inside the archive. */
export const DATABASE_DIR = 'database'
export const UPLOADS_DIR = 'uploads'

const count = z.number().int().nonnegative()

export const manifestSchema = z.object({
  format: z.literal('communique-backup'),
  formatVersion: z.literal(FORMAT_VERSION),
  createdAt: z.iso.datetime(),
  appVersion: z.string(),
  database: z.object({ kind: z.enum(['sqlite', 'mongodb']), file: z.string() }),
  /** Documents per collection and versions per collection (Payload's `_<collection>_v`). */
  counts: z.object({
    collections: z.record(z.string(), count),
    versions: z.record(z.string(), count),
    /** SQLite only: rows of every table in the snapshot, checked again after a restore. */
    tables: z.record(z.string(), count).optional(),
  }),
  /** Upload collections and the folder of the archive that holds each one's files. */
  uploads: z.record(z.string(), z.string()),
  files: z.array(z.object({ name: z.string(), size: count, sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
})

export type Manifest = z.infer<typeof manifestSchema>
export type Counts = Manifest['counts']

export function parseManifest(text: string): Manifest {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new ArchiveError(
      "The archive's manifest.json is not valid JSON: the archive was damaged or changed.",
    )
  }
  const result = manifestSchema.safeParse(json)
  if (!result.success) {
    const issue = result.error.issues[0]!
    if (issue.path[0] === 'formatVersion')
      throw new ArchiveError(
        `This archive has format version ${String((json as { formatVersion?: unknown }).formatVersion)}; this version of Communiqué reads format ${FORMAT_VERSION}.`,
      )
    throw new ArchiveError(
      `The archive's manifest.json is not valid (${issue.path.join('.') || 'manifest'}: ${issue.message}).`,
    )
  }
  return result.data
}

/** Every file of the manifest is in the archive with its size and checksum, and nothing else is. */
export function verifyFiles(manifest: Manifest, extracted: Checked[]): void {
  const found = new Map(
    extracted.filter((file) => file.name !== MANIFEST_NAME).map((file) => [file.name, file]),
  )
  for (const expected of manifest.files) {
    const actual = found.get(expected.name)
    if (!actual) throw new ArchiveError(`The archive is missing ${expected.name}, which its manifest lists.`)
    if (actual.size !== expected.size || actual.sha256 !== expected.sha256)
      throw new ArchiveError(
        `${expected.name} does not match the checksum in the manifest: the archive was damaged or changed.`,
      )
    found.delete(expected.name)
  }
  const extra = [...found.keys()][0]
  if (extra) throw new ArchiveError(`The archive holds ${extra}, which its manifest does not list.`)
  if (!manifest.files.some((file) => file.name === manifest.database.file))
    throw new ArchiveError("The archive's manifest does not list its database file.")
}

/** The first difference between two sets of counts, as a phrase, or undefined. */
export function countDifference(
  expected: Record<string, number>,
  actual: Record<string, number>,
): string | undefined {
  for (const name of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
    if ((expected[name] ?? 0) !== (actual[name] ?? 0))
      return `${name} holds ${actual[name] ?? 0} where the backup had ${expected[name] ?? 0}`
  }
  return undefined
}
