'use client'

import { usePathname } from 'next/navigation'
import { useEffect } from 'react'

import { isLocale, messages, type Locale } from '@/i18n'

/**
 * What a reader sees when a page cannot be built, typically because the database does not
 * answer. Pages already in the cache keep being served meanwhile (Next keeps the last good
 * version when a background rebuild fails).
 */
export default function SiteError({
  error,
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  const segment = usePathname()?.split('/')[1]
  const locale: Locale = isLocale(segment) ? segment : 'en'
  const t = messages(locale).error
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <div className="site-error" role="alert">
      <h1 className="page-title">{t.title}</h1>
      <p>{t.text}</p>
      <button type="button" onClick={reset}>
        {t.retry}
      </button>
    </div>
  )
}
