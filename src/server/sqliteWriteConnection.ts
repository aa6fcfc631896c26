import { Sqlite3Client, type Transaction, type TransactionMode } from '@libsql/client/sqlite3'
import Database from 'libsql'

type Begin = (mode?: TransactionMode) => Promise<Transaction>

/**
 * Gives every write transaction of the process one SQLite connection, opened once.
 *
 * @libsql/client's local transport hands its connection to each transaction and opens a new one
 * for whatever comes next (`Sqlite3Client.transaction()` sets its own to null); the connection the
 * transaction took is never closed, and libsql releases a connection that has prepared a
 * statement only when V8 collects it (tursodatabase/libsql-client-ts#350,
 * tursodatabase/libsql-js#230). Each one kept two file handles, its parsed schema and its page
 * cache in native memory, which V8 does not count and so never hurries to collect: with SQLite
 * transactions on (src/server/db.ts) the server kept about 0.7 MB and two file handles per
 * transaction (issue 12: 439 → 2,108 MiB over 1,000 writes, three transactions each).
 *
 * The write guard (sqliteWriteGuard.ts) lets one transaction at a time run in this process, so
 * one connection serves them all in turn. A throwaway client over it reuses libsql's own BEGIN for
 * each mode and its Transaction (results, commit, rollback); it is never used for anything else.
 */
export function sharedTransactions(file: string, pragmas: string[]): { begin: Begin; close: () => void } {
  let connection: Database.Database | undefined
  const open = () => {
    if (!connection) {
      connection = new Database(file)
      for (const pragma of pragmas) connection.exec(pragma)
    }
    return connection
  }
  return {
    // 'number': the integer mode of the adapter's own client (createClient's default).
    begin: (mode) => new Sqlite3Client(file, {}, open(), 'number').transaction(mode),
    close: () => {
      connection?.close()
      connection = undefined
    },
  }
}

/** The file of the client's main database; undefined for a temporary or in-memory one. */
export async function mainDatabaseFile(
  execute: (sql: string) => Promise<unknown>,
): Promise<string | undefined> {
  const result = (await execute('PRAGMA database_list').catch(() => undefined)) as
    { rows?: { name?: unknown; file?: unknown }[] } | undefined
  const main = result?.rows?.find((row) => row.name === 'main')
  return typeof main?.file === 'string' && main.file !== '' ? main.file : undefined
}
