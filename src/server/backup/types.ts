import type { Counts } from './manifest'

/** A backup or restore that cannot go on; its message is one sentence for the person running it. */
export class BackupError extends Error {
  override name = 'BackupError'
}

/** What backup and restore need from a database; sqlite.ts and mongodb.ts implement it. */
export type DatabaseBackup = {
  kind: 'sqlite' | 'mongodb'
  /** The snapshot's file name inside the archive. */
  fileName: string
  /** Writes a consistent snapshot of the live database to `into`, while the server runs. */
  snapshot: (into: string) => Promise<void>
  /** Documents and versions per collection in that snapshot. */
  counts: (snapshotFile: string) => Promise<Counts>
  /** Why the target database cannot take a restore (a phrase), or undefined if it is empty. */
  notEmpty: () => Promise<string | undefined>
  /** Loads a snapshot into the (empty) target database. */
  load: (snapshotFile: string) => Promise<void>
  /** The counts of the target after `load`, to compare with the manifest. */
  countsAfterLoad: () => Promise<Counts>
}
