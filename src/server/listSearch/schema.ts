/**
 * The admin list search's SQLite index (./sqlite.ts), as its migrations create it and as the
 * server checks it at first use. Kept by triggers, not by Payload hooks, so that every write
 * path (a save, an autosave, a restore, the archive seed's bulk inserts, a deletion's cascade)
 * keeps it exact without code of ours on the way.
 *
 * Each row: one language of the latest version of a release, or that version's slug (not
 * localized). Its rowid is the version's id times 8 plus the language's code (0 for the slug), so
 * that a count of the matching versions in one language reads the index alone: no row's content
 * is looked up (`rowid >> 3`, `rowid & 7`), which is what makes a common word's count cheap.
 */
export const LIST_SEARCH_TABLE = 'list_search_press_releases'

/** One row, one number, raised by every trigger: the index changed, a remembered count is stale. */
export const LIST_SEARCH_WRITES = `${LIST_SEARCH_TABLE}_writes`

/**
 * The languages indexed, and their codes in the rowid (fixed by migration
 * 20261202_090000_list_search_rows: a new language needs a migration that gives it a code).
 * A language not here is searched with LIKE.
 */
export const LIST_SEARCH_LOCALE_CODES: Readonly<Record<string, number>> = { en: 1, ru: 2, zh: 3 }

/**
 * One row, one number: how many latest versions there are, the count of the list when nothing
 * filters it (migration 20261202_190000_list_count).
 */
export const LIST_SEARCH_LATEST = `${LIST_SEARCH_TABLE}_latest`

const changes = ['insert', 'update', 'delete']

/** Names of the triggers that keep the tables current; the store is off when one is missing. */
export const LIST_SEARCH_TRIGGERS = [
  // On a version's languages and on the version, for the index.
  ...['locale', 'version'].flatMap((row) => changes.map((change) => `${LIST_SEARCH_TABLE}_${row}_${change}`)),
  // On the version, for the count of latest versions.
  ...changes.map((change) => `${LIST_SEARCH_LATEST}_${change}`),
]
