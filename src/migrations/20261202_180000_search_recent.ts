import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Per collection and language, an FTS5 table of the newest entries, which bm25 ranks
 * (src/server/search/sqlite.ts): bm25 reads each word's whole posting list, so over the whole
 * table a search cost grew with the archive. And the index that finds where those newest end.
 *
 * The tables are contentless, so the tokens of the entries already indexed cannot be copied into
 * the new ones: as in 20261202_000000_search_per_language, the index is emptied and the next
 * start fills it again from the records in the background (src/server/search/rebuild.ts,
 * `fillSearchIndexIfEmpty`; or `npm run search:rebuild`). Names are fixed here, as a migration's
 * must be.
 */
const scopes = ['releases', 'events', 'speeches', 'participants', 'documents']
const languages = ['en', 'ru', 'zh']
const recent = scopes.flatMap((scope) => languages.map((locale) => `search_fts_recent_${scope}_${locale}`))
const existing = [
  ...scopes.flatMap((scope) => languages.map((locale) => `search_fts_${scope}_${locale}`)),
  'search_fts_held',
]

const emptied = async (db: MigrateUpArgs['db'], tables: string[]) => {
  for (const name of tables)
    await db.run(sql.raw(`INSERT INTO \`${name}\` (\`${name}\`) VALUES ('delete-all');`))
  await db.run(sql`DELETE FROM \`search_entries\`;`)
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const name of recent)
    await db.run(
      sql.raw(`CREATE VIRTUAL TABLE \`${name}\` USING fts5(
        title, names, body, words, scope,
        content='', contentless_delete=1,
        tokenize='unicode61 remove_diacritics 2',
        prefix='2 3'
      );`),
    )
  await db.run(sql`CREATE INDEX \`search_entries_recent_idx\` ON \`search_entries\`
    (\`collection\`, \`locale\`, \`id\`) WHERE \`public_from\` IS NULL;`)
  await emptied(db, [...existing, ...recent])
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX IF EXISTS \`search_entries_recent_idx\`;`)
  for (const name of recent) await db.run(sql.raw(`DROP TABLE IF EXISTS \`${name}\`;`))
  await emptied(db, existing)
}
