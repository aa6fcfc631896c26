import { messages, type Locale } from '@/i18n'
import { localePath, sitePaths } from '@/i18n/paths'

import { SearchSuggest } from './SearchSuggest'

/** The longest query the form sends (the server cuts longer ones: src/data/search.ts). */
const maxLength = 200

/**
 * A plain GET form: works without JavaScript and gives each search a stable URL. With
 * JavaScript, its input suggests titles as the reader types (./SearchSuggest.tsx).
 */
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
  const action = localePath(locale, sitePaths.search)
  return (
    <form className="search-form" role="search" action={action} method="get">
      <label htmlFor={`${id}-q`}>{t.label}</label>
      <div className="search-row">
        <SearchSuggest
          inputId={`${id}-q`}
          query={query}
          maxLength={maxLength}
          suggestUrl={`${action}/suggest`}
          listLabel={t.suggestions}
        />
        <button type="submit">{t.button}</button>
      </div>
    </form>
  )
}
