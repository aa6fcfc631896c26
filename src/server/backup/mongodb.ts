import { spawn } from 'node:child_process'

import type { Counts } from './manifest'
import { BackupError, type DatabaseBackup } from './types'

/** Counts through Payload (the CLI passes them in), so that this file knows no collection. */
export type MongoCounts = {
  counts: () => Promise<Counts>
  /** A phrase naming a collection that holds documents, or undefined. */
  notEmpty: () => Promise<string | undefined>
}

const tools = 'https://www.mongodb.com/docs/database-tools/installation/'

/** Runs mongodump or mongorestore; the URL goes in an argument, never in a message. */
function run(command: 'mongodump' | 'mongorestore', args: string[], manual: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] })
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new BackupError(
              `${command} is not installed here: install the MongoDB Database Tools (${tools}) and try again, or run ${manual} yourself.`,
            )
          : error,
      )
    })
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new BackupError(`${command} stopped with status ${code}; see its output above.`)),
    )
  })
}

/**
 * MongoDB: `mongodump --archive --gzip` writes the database as one file, which goes into the
 * archive beside the media; `mongorestore` loads it. Without a replica set and `--oplog` a dump
 * is not a point-in-time snapshot: take it when nobody is saving (see README, Backup and restore).
 * https://www.mongodb.com/docs/database-tools/mongodump/
 */
export function mongoBackup(url: string, payload: MongoCounts): DatabaseBackup {
  return {
    kind: 'mongodb',
    fileName: 'mongodump.archive.gz',
    snapshot: (into) =>
      run(
        'mongodump',
        [`--uri=${url}`, `--archive=${into}`, '--gzip'],
        `mongodump --uri="$DATABASE_URL" --archive=${into} --gzip`,
      ),
    counts: () => payload.counts(),
    notEmpty: () => payload.notEmpty(),
    load: (snapshotFile) =>
      run(
        'mongorestore',
        [`--uri=${url}`, `--archive=${snapshotFile}`, '--gzip'],
        `mongorestore --uri="$DATABASE_URL" --archive=<database/mongodump.archive.gz from the backup> --gzip`,
      ),
    countsAfterLoad: () => payload.counts(),
  }
}
