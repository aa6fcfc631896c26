import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

import { up as rowsByCopiedRow } from './20261202_030000_list_search'

/**
 * The admin list search's index (src/server/listSearch, migration 20261202_030000_list_search)
 * rebuilt so that a count reads the index alone (issue 12). Its rows were numbered by the row
 * they copy, and counting a common word's matches in one language looked up every matching row's
 * content for its release and language: about 0.6 s at 100,000 releases, more than Payload's own
 * LIKE. Now a row's number is its version's id times 8 plus its language's code (0: the slug),
 * and the count is `count(DISTINCT rowid >> 3)` over the rows whose `rowid & 7` is the
 * language's or the slug's, 50–70 ms at 100,000 for a word in a third of them. A one-row table
 * counts the index's writes, so that a count can be remembered until the next one. The
 * languages' codes are fixed here, as a migration's names are.
 */
const table = 'list_search_press_releases'
const writes = `${table}_writes`
const code = (locale: string) => `(CASE ${locale} WHEN 'en' THEN 1 WHEN 'ru' THEN 2 WHEN 'zh' THEN 3 END)`
const bump = `UPDATE ${writes} SET n = n + 1;`
const localeRow = (row: string) => `
  INSERT OR REPLACE INTO ${table}(rowid, parent, locale, headline, summary)
  SELECT ${row}._parent_id * 8 + ${code(`${row}._locale`)}, v.parent_id, ${row}._locale,
         ${row}.version_headline, ${row}.version_summary
  FROM _press_releases_v v
  WHERE v.id = ${row}._parent_id AND v.latest = 1 AND ${code(`${row}._locale`)} IS NOT NULL;`
const slugRow = (row: string) => `
  INSERT OR REPLACE INTO ${table}(rowid, parent, locale, slug)
  SELECT ${row}.id * 8, ${row}.parent_id, '', ${row}.version_slug WHERE ${row}.latest = 1;`
// A version's rows are one range of rowids, which FTS5 finds by its index.
const forgetVersion = `DELETE FROM ${table} WHERE rowid BETWEEN OLD.id * 8 AND OLD.id * 8 + 7;`
const forgetLocale = `DELETE FROM ${table} WHERE rowid = OLD._parent_id * 8 + ${code('OLD._locale')};`

const triggers = [
  'locale_insert',
  'locale_update',
  'locale_delete',
  'version_insert',
  'version_update',
  'version_delete',
]

const statements = [
  ...triggers.map((name) => `DROP TRIGGER IF EXISTS ${table}_${name};`),
  `DROP TABLE IF EXISTS ${table};`,
  `DROP TABLE IF EXISTS ${writes};`,
  `CREATE VIRTUAL TABLE ${table} USING fts5(
    parent UNINDEXED, locale UNINDEXED, headline, summary, slug,
    tokenize = 'trigram case_sensitive 0'
  );`,
  `CREATE TABLE ${writes} (n INTEGER NOT NULL);`,
  // Started from the clock, not 0: after the table is made again (this migration down and up), a
  // server's remembered counts must not meet the same numbers.
  `INSERT INTO ${writes} (n) VALUES (CAST(strftime('%s', 'now') AS INTEGER) * 1000000);`,
  // OR REPLACE: a row the index kept by mistake (a trigger once missing) must not fail a save.
  `CREATE TRIGGER ${table}_locale_insert AFTER INSERT ON _press_releases_v_locales BEGIN
    ${localeRow('NEW')}
    ${bump}
  END;`,
  `CREATE TRIGGER ${table}_locale_update AFTER UPDATE ON _press_releases_v_locales BEGIN
    ${forgetLocale}
    ${localeRow('NEW')}
    ${bump}
  END;`,
  `CREATE TRIGGER ${table}_locale_delete AFTER DELETE ON _press_releases_v_locales BEGIN
    ${forgetLocale}
    ${bump}
  END;`,
  `CREATE TRIGGER ${table}_version_insert AFTER INSERT ON _press_releases_v BEGIN
    ${slugRow('NEW')}
    ${bump}
  END;`,
  // Only when what the index holds of a version changes: a save sets `latest = false` on every
  // earlier version of the release, nearly all of them false already.
  `CREATE TRIGGER ${table}_version_update AFTER UPDATE OF id, latest, parent_id, version_slug ON _press_releases_v
  WHEN OLD.id IS NOT NEW.id OR OLD.latest IS NOT NEW.latest OR OLD.parent_id IS NOT NEW.parent_id
    OR OLD.version_slug IS NOT NEW.version_slug
  BEGIN
    ${forgetVersion}
    ${slugRow('NEW')}
    INSERT OR REPLACE INTO ${table}(rowid, parent, locale, headline, summary)
    SELECT NEW.id * 8 + ${code('l._locale')}, NEW.parent_id, l._locale, l.version_headline, l.version_summary
    FROM _press_releases_v_locales l
    WHERE l._parent_id = NEW.id AND NEW.latest = 1 AND ${code('l._locale')} IS NOT NULL;
    ${bump}
  END;`,
  `CREATE TRIGGER ${table}_version_delete AFTER DELETE ON _press_releases_v BEGIN
    ${forgetVersion}
    ${bump}
  END;`,
  // What the archive already holds, then its segments merged into one (a bulk fill leaves many).
  `INSERT INTO ${table}(rowid, parent, locale, slug)
    SELECT v.id * 8, v.parent_id, '', v.version_slug FROM _press_releases_v v WHERE v.latest = 1;`,
  `INSERT INTO ${table}(rowid, parent, locale, headline, summary)
    SELECT v.id * 8 + ${code('l._locale')}, v.parent_id, l._locale, l.version_headline, l.version_summary
    FROM _press_releases_v v JOIN _press_releases_v_locales l ON l._parent_id = v.id
    WHERE v.latest = 1 AND ${code('l._locale')} IS NOT NULL;`,
  `INSERT INTO ${table}(${table}) VALUES ('optimize');`,
]

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const statement of statements) await db.run(sql.raw(statement))
}

/** Back to the index as 20261202_030000_list_search made it. */
export async function down(args: MigrateDownArgs): Promise<void> {
  for (const name of triggers) await args.db.run(sql.raw(`DROP TRIGGER IF EXISTS ${table}_${name};`))
  await args.db.run(sql.raw(`DROP TABLE IF EXISTS ${writes};`))
  await args.db.run(sql.raw(`DROP TABLE IF EXISTS ${table};`))
  await rowsByCopiedRow(args)
}
