import { describe, expect, it } from 'vitest'

import { analyzeQuery, indexTokens } from '@/server/search/analyze'
import { sqliteSearch } from '@/server/search/sqlite'
import type { SearchEntry, SearchStore } from '@/server/search/types'

import { freshNewsroom } from './helpers/newsroom'

/**
 * The SQLite store ranks with bm25 the newest entries of each table only, and completes a page
 * with older matches newest first (src/server/search/sqlite.ts): so a search costs the same in a
 * newsroom of 100,000 releases as in one of 1,000. Here with a window of three entries, on the
 * store itself: what it keeps newest as entries come, change and go, and that no match is lost.
 */
const room = freshNewsroom('search-recent')
const recent = 3
const store = (): SearchStore => sqliteSearch(room.payload.db, { recent })

function entry(recordId: string, title: string, body: string): SearchEntry {
  return {
    collection: 'documents',
    recordId,
    locale: 'en',
    slug: `doc-${recordId}`,
    title,
    titleEnglish: false,
    texts: [{ text: body }],
    date: null,
    publicFrom: null,
    tokens: { title: indexTokens(title), names: '', body: indexTokens(body), words: '' },
  }
}

const put = (id: string, title: string, body: string) =>
  store().replace(undefined, 'documents', [{ recordId: id, entries: [entry(id, title, body)] }])

async function found(query: string, perCollection = 10): Promise<string[]> {
  const matches = await store().search({
    query: analyzeQuery(query),
    locales: ['en'],
    now: new Date(),
    perCollection,
  })
  return matches.map((match) => match.title)
}

describe('bm25 over the newest entries, then older matches newest first', () => {
  it('ranks the newest entries, and lists older matches after them, newest first', async () => {
    await put('r1', 'Narwhal survey', 'The narwhal count.')
    await put('r2', 'Harbour works', 'A narwhal was seen.')
    await put('r3', 'Harbour lights', 'A narwhal passed by.')
    await put('r4', 'Narwhal tusks', 'On the narwhal.')
    await put('r5', 'Ice report', 'A narwhal, far off.')
    const titles = await found('narwhal')
    // The newest three by bm25: the title match first.
    expect(titles[0]).toBe('Narwhal tusks')
    expect(titles.slice(1, 3).sort()).toEqual(['Harbour lights', 'Ice report'])
    // Then the older ones, newest first, though the oldest's title names the narwhal.
    expect(titles.slice(3)).toEqual(['Harbour works', 'Narwhal survey'])
    // A page the newest fill holds none of the older.
    expect(await found('narwhal', 2)).toEqual(titles.slice(0, 2))
    // A word only older entries hold finds them.
    expect(await found('seen')).toEqual(['Harbour works'])
  })

  it('follows edits and deletions: an edited entry is the newest, a deleted one leaves no gap', async () => {
    await put('r1', 'Narwhal survey', 'The narwhal count, revised.')
    await store().replace(undefined, 'documents', [{ recordId: 'r4', entries: [] }])
    const titles = await found('narwhal')
    expect(titles[0]).toBe('Narwhal survey')
    expect(titles[1]).toBe('Ice report')
    // Harbour lights left the newest three when the survey came back; found among the older.
    expect(titles.slice(2)).toEqual(['Harbour lights', 'Harbour works'])
  })

  it('a fill that says how many records follow its page keeps the same newest entries', async () => {
    const record = (id: string, title: string, body: string) => ({
      recordId: id,
      entries: [entry(id, title, body)],
    })
    // A rebuild: from an empty index, two pages, oldest first; three records follow the first.
    await store().clear()
    await store().replace(
      undefined,
      'documents',
      [record('f1', 'Walrus survey', 'The walrus count.'), record('f2', 'Harbour tusks', 'On the walrus.')],
      { later: 3 },
    )
    // Left out of the newest entries, which the three to come fill: found newest first, unranked.
    expect(await found('walrus')).toEqual(['Harbour tusks', 'Walrus survey'])
    await store().replace(
      undefined,
      'documents',
      [
        record('f3', 'Walrus gates', 'A walrus was seen.'),
        record('f4', 'Harbour steps', 'A walrus passed by.'),
        record('f5', 'Ice survey', 'A walrus, far off.'),
      ],
      { later: 0 },
    )
    const titles = await found('walrus')
    // The newest three ranked, the title match first; then the two older, newest first.
    expect(titles[0]).toBe('Walrus gates')
    expect(titles.slice(1, 3).sort()).toEqual(['Harbour steps', 'Ice survey'])
    expect(titles.slice(3)).toEqual(['Harbour tusks', 'Walrus survey'])
  })
})
