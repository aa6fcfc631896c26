import { messages, type Locale } from '@/i18n'
import { localePath, sitePaths } from '@/i18n/paths'

/** A plain GET form: works without JavaScript and gives each search a stable URL. */
export function SearchForm({
  locale,
  query = '',
  id = 'search',
}: {
  locale: Locale
  query?: string
  id?: string
}) {
  const t = messages(locale).search
  return (
    <form className="search-form" role="search" action={localePath(locale, sitePaths.search)} method="get">
      <label htmlFor={`${id}-q`}>{t.label}</label>
      <div className="search-row">
        <input id={`${id}-q`} name="q" type="search" defaultValue={query} required maxLength={200} />
        <button type="submit">{t.button}</button>
      </div>
    </form>
  )
}
