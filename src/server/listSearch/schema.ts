/**
 * The admin list search's SQLite index (./sqlite.ts), as its migration creates it and as the
 * server checks it at first use. Kept by triggers, not by Payload hooks, so that every write
 * path (a save, an autosave, a restore, the archive seed's bulk inserts, a deletion's cascade)
 * keeps it exact without code of ours on the way. Each row: one language of the latest version
 * of a release (rowid: its `_press_releases_v_locales` row), or the slug of that version (rowid:
 * minus the version's id; the slug is not localized).
 */
export const LIST_SEARCH_TABLE = 'list_search_press_releases'

/** Names of the triggers that keep the table current; the store is off when one is missing. */
export const LIST_SEARCH_TRIGGERS = [
  'locale_insert',
  'locale_update',
  'locale_delete',
  'version_insert',
  'version_update',
  'version_delete',
].map((name) => `${LIST_SEARCH_TABLE}_${name}`)
