import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

/**
 * Every row of every table of a SQLite file, in rowid order (key order for a WITHOUT ROWID
 * table), for comparing two databases. A virtual table (the full-text index) is compared through
 * the shadow tables that store it.
 */
export async function allRows(file: string): Promise<Record<string, unknown[]>> {
  const client = createClient({ url: `file:${file}` })
  try {
    const tables = await client.execute(
      `SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
        AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name`,
    )
    const rows: Record<string, unknown[]> = {}
    for (const { name, sql } of tables.rows) {
      const order = /WITHOUT ROWID\s*$/i.test(String(sql)) ? '1, 2' : 'rowid'
      const result = await client.execute(`SELECT * FROM "${String(name)}" ORDER BY ${order}`)
      rows[String(name)] = result.rows.map((row) =>
        Object.fromEntries(
          result.columns.map((column, i) => {
            const value = row[i]
            return [column, value instanceof ArrayBuffer ? Buffer.from(value).toString('hex') : value]
          }),
        ),
      )
    }
    return rows
  } finally {
    client.close()
  }
}

/** Tables whose rows differ between two dumps (missing on one side counts). */
export function differingTables(a: Record<string, unknown[]>, b: Record<string, unknown[]>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (table) => JSON.stringify(a[table]) !== JSON.stringify(b[table]),
  )
}

/** Files under `dir` (relative paths) whose bytes differ from those under `other`, or are missing there. */
export function differingFiles(dir: string, other: string): { files: string[]; differing: string[] } {
  const list = (root: string) =>
    existsSync(root)
      ? readdirSync(root, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
          .sort()
      : []
  const files = list(dir)
  const theirs = list(other)
  const differing = [...new Set([...files, ...theirs])].filter(
    (name) =>
      !files.includes(name) ||
      !theirs.includes(name) ||
      !readFileSync(path.join(dir, name)).equals(readFileSync(path.join(other, name))),
  )
  return { files, differing }
}
