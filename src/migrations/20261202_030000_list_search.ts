import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The admin's release list searched through an index (issue 12, src/server/listSearch): a
 * trigram FTS5 table of the latest version of every release (headline and summary per language,
 * the slug once), kept by triggers. Payload's list search is `LIKE '%word%'` over every latest
 * version joined with its language's row, and counts the matches the same way: 0.4–0.9 s of
 * SQLite per search at 100,000 releases, with the event loop held. A trigram table answers the
 * same substring question from its index. Names are fixed here, as a migration must be.
 */
const table = 'list_search_press_releases'
const localeRow = (row: string, where: string) => `
  INSERT OR REPLACE INTO ${table}(rowid, parent, locale, headline, summary)
  SELECT ${row}.id, v.parent_id, ${row}._locale, ${row}.version_headline, ${row}.version_summary
  FROM _press_releases_v v WHERE v.id = ${row}._parent_id AND v.latest = 1 ${where};`
const slugRow = (row: string) => `
  INSERT OR REPLACE INTO ${table}(rowid, parent, locale, slug)
  SELECT -${row}.id, ${row}.parent_id, '', ${row}.version_slug WHERE ${row}.latest = 1;`
// OR REPLACE: a row the index kept by mistake (a trigger once missing) must not fail a save.
// Two statements, not one with OR: FTS5 finds `rowid = ?` and `rowid IN (…)` by its index,
// an OR of both by reading the whole table.
const forgetVersion = `
  DELETE FROM ${table} WHERE rowid = -OLD.id;
  DELETE FROM ${table} WHERE rowid IN (SELECT id FROM _press_releases_v_locales WHERE _parent_id = OLD.id);`

const statements = [
  `CREATE VIRTUAL TABLE ${table} USING fts5(
    parent UNINDEXED, locale UNINDEXED, headline, summary, slug,
    tokenize = 'trigram case_sensitive 0'
  );`,
  `CREATE TRIGGER ${table}_locale_insert AFTER INSERT ON _press_releases_v_locales BEGIN
    ${localeRow('NEW', '')}
  END;`,
  `CREATE TRIGGER ${table}_locale_update AFTER UPDATE ON _press_releases_v_locales BEGIN
    DELETE FROM ${table} WHERE rowid = OLD.id;
    ${localeRow('NEW', '')}
  END;`,
  `CREATE TRIGGER ${table}_locale_delete AFTER DELETE ON _press_releases_v_locales BEGIN
    DELETE FROM ${table} WHERE rowid = OLD.id;
  END;`,
  `CREATE TRIGGER ${table}_version_insert AFTER INSERT ON _press_releases_v BEGIN
    ${slugRow('NEW')}
  END;`,
  `CREATE TRIGGER ${table}_version_update AFTER UPDATE OF latest, parent_id, version_slug ON _press_releases_v BEGIN
    ${forgetVersion}
    ${slugRow('NEW')}
    INSERT OR REPLACE INTO ${table}(rowid, parent, locale, headline, summary)
    SELECT l.id, NEW.parent_id, l._locale, l.version_headline, l.version_summary
    FROM _press_releases_v_locales l WHERE l._parent_id = NEW.id AND NEW.latest = 1;
  END;`,
  `CREATE TRIGGER ${table}_version_delete AFTER DELETE ON _press_releases_v BEGIN
    ${forgetVersion}
  END;`,
  // What the archive already holds.
  `INSERT INTO ${table}(rowid, parent, locale, slug)
    SELECT -v.id, v.parent_id, '', v.version_slug FROM _press_releases_v v WHERE v.latest = 1;`,
  `INSERT INTO ${table}(rowid, parent, locale, headline, summary)
    SELECT l.id, v.parent_id, l._locale, l.version_headline, l.version_summary
    FROM _press_releases_v v JOIN _press_releases_v_locales l ON l._parent_id = v.id WHERE v.latest = 1;`,
]

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const statement of statements) await db.run(sql.raw(statement))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const name of [
    'locale_insert',
    'locale_update',
    'locale_delete',
    'version_insert',
    'version_update',
    'version_delete',
  ]) {
    await db.run(sql.raw(`DROP TRIGGER IF EXISTS ${table}_${name};`))
  }
  await db.run(sql.raw(`DROP TABLE IF EXISTS ${table};`))
}
