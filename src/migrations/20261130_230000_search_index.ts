import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The full-text search index (src/server/search/sqlite.ts), outside Payload's schema: raw SQL,
 * no snapshot. `search_entries` holds what a hit shows, one row per public record and language;
 * `search_fts` is an FTS5 table without content of its own (contentless_delete: SQLite ≥ 3.43)
 * over tokens the server analyzes itself (stems, one token per ideograph), with prefix indexes
 * for suggestions; `scope` holds the collection, the language and whether it is under embargo, so
 * that FTS5 itself filters and ranks (`ORDER BY rank LIMIT`) without a join. Filled by the save hooks and by `npm run search:rebuild`; an existing
 * database is filled at the next start (src/server/onInit.ts).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`search_entries\` (
    \`id\` integer PRIMARY KEY NOT NULL,
    \`collection\` text NOT NULL,
    \`record_id\` text NOT NULL,
    \`locale\` text NOT NULL,
    \`slug\` text NOT NULL,
    \`title\` text NOT NULL,
    \`title_english\` integer DEFAULT 0 NOT NULL,
    \`texts\` text NOT NULL,
    \`date\` text,
    \`public_from\` text
  );`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`search_entries_record_idx\` ON \`search_entries\` (\`collection\`,\`record_id\`,\`locale\`);`,
  )
  await db.run(sql`CREATE VIRTUAL TABLE \`search_fts\` USING fts5(
    title, names, body, words, scope,
    content='', contentless_delete=1,
    tokenize='unicode61 remove_diacritics 2',
    prefix='2 3'
  );`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`search_fts\`;`)
  await db.run(sql`DROP TABLE \`search_entries\`;`)
}
