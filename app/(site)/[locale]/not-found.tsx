import { listReleases } from '@/data/releases'
import { publicViewer } from '@/data/viewer'
import { locales, type Locale } from '@/i18n'
import { type NotFoundLink, NotFoundView } from '@/site/NotFoundView.client'

/** Latest public news in each language; an empty list when the database cannot answer. */
async function latestByLocale(): Promise<Record<Locale, NotFoundLink[]>> {
  const lists = await Promise.all(
    locales.map((locale) =>
      listReleases(publicViewer, { locale, limit: 5 })
        .then(({ docs }) =>
          docs.map(({ slug, headline, headlineLang }) => ({
            slug,
            headline,
            ...(headlineLang && { lang: headlineLang }),
          })),
        )
        .catch(() => []),
    ),
  )
  return Object.fromEntries(locales.map((locale, index) => [locale, lists[index] ?? []])) as Record<
    Locale,
    NotFoundLink[]
  >
}

export default async function NotFound() {
  return <NotFoundView latest={await latestByLocale()} />
}
