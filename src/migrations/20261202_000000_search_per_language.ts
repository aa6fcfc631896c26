import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The search index split by collection and language (issue 12, src/server/search/sqlite.ts): one
 * FTS5 table per collection and language for what the public may find now, and one,
 * `search_fts_held`, for entries under embargo when indexed. bm25 counts every phrase of a query
 * over its whole table before ranking a row, and with one table for everything the scope phrases
 * ("releases", "en") cost ~25 ms per statement at 100,000 releases (docs/benchmarks.md).
 *
 * The tokens of the old table cannot be moved (it is contentless): its entries are removed and
 * the next start fills the new tables from the records in the background, as for a database from
 * before the index (src/server/search/rebuild.ts, `fillSearchIndexIfEmpty`; or run
 * `npm run search:rebuild`). Names and columns are fixed here, as a migration must be.
 */
const scopes = ['releases', 'events', 'speeches', 'participants', 'documents']
const languages = ['en', 'ru', 'zh']
const tables = [
  ...scopes.flatMap((scope) => languages.map((locale) => `search_fts_${scope}_${locale}`)),
  'search_fts_held',
]

const fts5 = (name: string) =>
  sql.raw(`CREATE VIRTUAL TABLE \`${name}\` USING fts5(
    title, names, body, words, scope,
    content='', contentless_delete=1,
    tokenize='unicode61 remove_diacritics 2',
    prefix='2 3'
  );`)

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP TABLE IF EXISTS \`search_fts\`;`)
  await db.run(sql`DELETE FROM \`search_entries\`;`)
  for (const name of tables) await db.run(fts5(name))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const name of tables) await db.run(sql.raw(`DROP TABLE IF EXISTS \`${name}\`;`))
  await db.run(sql`DELETE FROM \`search_entries\`;`)
  await db.run(fts5('search_fts'))
}
