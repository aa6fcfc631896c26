import { listReleases, type ReleaseSummary } from '@/data/releases'
import { publicViewer } from '@/data/viewer'
import { locales, type Locale } from '@/i18n'
import { NotFoundView } from '@/site/NotFoundView.client'

/** Latest public news in each language; an empty list when the database cannot answer. */
async function latestByLocale(): Promise<Record<Locale, ReleaseSummary[]>> {
  const lists = await Promise.all(
    locales.map((locale) =>
      listReleases(publicViewer, { locale, limit: 5 })
        .then((result) => result.docs)
        .catch(() => []),
    ),
  )
  return Object.fromEntries(locales.map((locale, index) => [locale, lists[index] ?? []])) as Record<
    Locale,
    ReleaseSummary[]
  >
}

export default async function NotFound() {
  return <NotFoundView latest={await latestByLocale()} />
}
