'use client'

import { usePathname } from 'next/navigation'
import type { SyntheticEvent } from 'react'

import { htmlLang, type Locale } from '@/i18n'
import { publicPath } from '@/i18n/paths'
import { localeLabels, locales } from '@/content/locales'

/**
 * Adds the current query string (a search's ?q=, the news filters) to a language link when it
 * is used. It is read from window.location at that moment rather than with useSearchParams,
 * which would need a Suspense boundary on statically rendered pages.
 */
function keepQuery(event: SyntheticEvent<HTMLAnchorElement>) {
  // The link's pathname is its path whatever query an earlier event added.
  const link = event.currentTarget
  link.href = link.pathname + window.location.search
}

/** Links to this same page in the other languages (the first path segment is the language). */
export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  const pathname = usePathname() ?? `/${locale}`
  // On the news list, the server renders at its internal route; the browser shows /news. Both
  // give the same link, and keepQuery adds the filter.
  const rest = publicPath(pathname.split('/').slice(2).join('/'))
  return (
    <nav className="language-switch" aria-label={label}>
      <ul>
        {locales.map((other) => {
          const path = `/${other}${rest ? `/${rest}` : ''}`
          return (
            <li key={other}>
              {other === locale ? (
                <span aria-current="true" lang={htmlLang[other]}>
                  {localeLabels[other]}
                </span>
              ) : (
                <a
                  href={path}
                  hrefLang={htmlLang[other]}
                  lang={htmlLang[other]}
                  onClick={keepQuery}
                  onAuxClick={keepQuery}
                  onFocus={keepQuery}
                  onMouseEnter={keepQuery}
                  onContextMenu={keepQuery}
                >
                  {localeLabels[other]}
                </a>
              )}
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
