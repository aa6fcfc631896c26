// `npm run bench:search -- <database file>`: the SQLite search engine alone (src/server/search/sqlite.ts),
// in process, on a database seeded by `npm run seed:archive` (e.g. tmp/bench/scale-100000/communique.db
// after bench:scale). Runs the archive's 300 different queries (a city and a topic) in English and
// in Russian, BENCH_ROUNDS (3) times each, and prints p50 / p95 / max per language: what the search
// page waits for before it renders, without the page, the server or the load generator around it.
import { createClient } from '@libsql/client'

import { analyzeQuery } from '@/server/search/analyze'
import { sqliteSearch } from '@/server/search/sqlite'
import { cities, topicNames } from '@/seed/archive/vocabulary'

const file = process.argv[2]
if (!file) throw new Error('Usage: npm run bench:search -- <database file>')
const rounds = Number(process.env.BENCH_ROUNDS ?? 3)
const client = createClient({ url: `file:${file}` })
// The store uses only the adapter's client to search.
const store = sqliteSearch({ client } as never)

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!

for (const locale of ['en', 'ru'] as const) {
  const queries = cities.flatMap((city) => topicNames.map((topic) => `${city[locale]} ${topic[locale]}`))
  const locales = locale === 'en' ? ['en' as const] : ['ru' as const, 'en' as const]
  const times: number[] = []
  let found = 0
  for (let round = 0; round < rounds; round++)
    for (const query of queries) {
      const started = performance.now()
      const matches = await store.search({
        query: analyzeQuery(query),
        locales,
        now: new Date(),
        perCollection: locale === 'en' ? 10 : 20,
      })
      times.push(performance.now() - started)
      found += matches.length
    }
  times.sort((a, b) => a - b)
  const ms = (value: number) => `${value.toFixed(1)} ms`
  console.log(
    `${locale}: ${times.length} searches, p50 ${ms(percentile(times, 0.5))}, p95 ${ms(percentile(times, 0.95))}, ` +
      `max ${ms(times[times.length - 1]!)}; ${(found / times.length).toFixed(1)} matches each`,
  )
}
client.close()
