import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The count of the admin's release list when nothing filters it (src/server/listSearch/count.ts):
 * one number, the latest versions of every release, kept by triggers on the version table. Payload
 * counts them for every page of the list, and that count reads every latest version: 0.4 ms at
 * 1,000 releases, 2.4 ms at 100,000, the only part of the list's page that grew (issue 12).
 * Triggers, as for the list search's index: every write path keeps it exact, a save, a restore,
 * the archive's bulk inserts, a deletion. Names are fixed here, as a migration's must be.
 */
const table = 'list_search_press_releases_latest'
const latest = (row: string) => `(coalesce(${row}.latest, 0) = 1)`

const statements = [
  `CREATE TABLE ${table} (n INTEGER NOT NULL);`,
  `INSERT INTO ${table} (n) SELECT count(*) FROM _press_releases_v WHERE latest = 1;`,
  `CREATE TRIGGER ${table}_insert AFTER INSERT ON _press_releases_v WHEN ${latest('NEW')} BEGIN
    UPDATE ${table} SET n = n + 1;
  END;`,
  `CREATE TRIGGER ${table}_update AFTER UPDATE OF latest ON _press_releases_v
  WHEN ${latest('OLD')} IS NOT ${latest('NEW')} BEGIN
    UPDATE ${table} SET n = n + ${latest('NEW')} - ${latest('OLD')};
  END;`,
  `CREATE TRIGGER ${table}_delete AFTER DELETE ON _press_releases_v WHEN ${latest('OLD')} BEGIN
    UPDATE ${table} SET n = n - 1;
  END;`,
]

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const statement of statements) await db.run(sql.raw(statement))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const name of ['insert', 'update', 'delete'])
    await db.run(sql.raw(`DROP TRIGGER IF EXISTS ${table}_${name};`))
  await db.run(sql.raw(`DROP TABLE IF EXISTS ${table};`))
}
