'use client'

import { usePathname } from 'next/navigation'

import { htmlLang, type Locale } from '@/i18n'
import { localeLabels, locales } from '@/lib/locales'

/** Links to this same page in the other languages (the first path segment is the language). */
export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  const pathname = usePathname() ?? `/${locale}`
  const rest = pathname.split('/').slice(2).join('/')
  return (
    <nav className="language-switch" aria-label={label}>
      <ul>
        {locales.map((other) => (
          <li key={other}>
            {other === locale ? (
              <span aria-current="true" lang={htmlLang[other]}>
                {localeLabels[other]}
              </span>
            ) : (
              <a
                href={`/${other}${rest ? `/${rest}` : ''}`}
                hrefLang={htmlLang[other]}
                lang={htmlLang[other]}
              >
                {localeLabels[other]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
