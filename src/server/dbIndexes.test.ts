import { describe, expect, it } from 'vitest'

import { indexName, sortColumns, versionSortColumns, wantedIndexes } from './dbIndexes'

describe('the indexes added to the SQLite schema', () => {
  it('indexes _parent_id on every locales table, however deep (arrays, blocks, versions)', () => {
    for (const table of [
      'press_releases_locales',
      '_events_v_version_participation_locales',
      'settings_locales',
    ])
      expect(wantedIndexes(table, new Set(['id', '_locale', '_parent_id', 'title']))).toEqual([
        ['_parent_id'],
      ])
    expect(wantedIndexes('press_releases_rels', new Set(['id', 'parent_id', 'order']))).toEqual([])
  })

  it("indexes a versions table for the admin list's sorts, its default sort included", () => {
    const columns = new Set([
      'id',
      'parent_id',
      'latest',
      'created_at',
      'version_updated_at',
      'version_created_at',
      'version_date',
    ])
    expect(wantedIndexes('_speeches_v', columns, versionSortColumns('-date'))).toEqual([
      ['latest', 'version_updated_at', 'created_at'],
      ['latest', 'version_created_at', 'created_at'],
      ['latest', 'version_date', 'created_at'],
    ])
    // A localized sort lives in the locales table: nothing to add to the versions table for it.
    expect(wantedIndexes('_topics_v', columns, versionSortColumns('title'))).toHaveLength(2)
    // A table of no collection with versions (Payload's own tables, the search index): nothing.
    expect(wantedIndexes('press_releases', new Set(['id', 'created_at', 'updated_at', '_status']))).toEqual(
      [],
    )
  })

  it("indexes a collection's own table for a staff read of published versions, sorted", () => {
    const columns = new Set(['id', 'slug', 'created_at', 'updated_at', 'dateline_date', '_status'])
    expect(wantedIndexes('press_releases', columns, sortColumns('-dateline.date'))).toEqual([
      ['updated_at', 'created_at'],
      ['dateline_date', 'created_at'],
    ])
    // By creation alone: Payload's created_at index; a localized sort is not in this table.
    expect(
      wantedIndexes('topics', new Set(['id', 'created_at', 'updated_at']), sortColumns('title')),
    ).toEqual([['updated_at', 'created_at']])
    expect(wantedIndexes('inbox', new Set(['id', 'created_at']), sortColumns('-createdAt'))).toEqual([])
  })

  it('reads a default sort as Payload does', () => {
    expect(versionSortColumns('-dateline.date')).toEqual(['version_dateline_date'])
    expect(versionSortColumns(['name', '-startsAt'])).toEqual(['version_name', 'version_starts_at'])
    expect(versionSortColumns(undefined)).toEqual([])
    expect(sortColumns(['-dateline.date', 'startsAt'])).toEqual(['dateline_date', 'starts_at'])
  })

  it('keeps names unique and at most 60 characters', () => {
    const long = indexName('_events_v_version_participation_locales', [
      'latest',
      'version_dateline_date',
      'created_at',
    ])
    const other = indexName('_events_v_version_participation_locales', [
      'latest',
      'version_dateline_date',
      'updated_at',
    ])
    expect(long.length).toBeLessThanOrEqual(60)
    expect(long).not.toBe(other)
    expect(indexName('press_releases_locales', ['_parent_id'])).toBe('press_releases_locales_parent_id_idx')
  })
})
