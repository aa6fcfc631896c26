import Link from 'next/link'

import { format, messages, type Locale } from '@/i18n'

export function Pagination({
  locale,
  page,
  totalPages,
  hrefFor,
}: {
  locale: Locale
  page: number
  totalPages: number
  hrefFor: (page: number) => string
}) {
  if (totalPages <= 1) return null
  const t = messages(locale).news
  return (
    <nav className="pagination" aria-label={t.pagination}>
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev">
          {t.previous}
        </Link>
      ) : (
        <span />
      )}
      <span>{format(t.page, { page, pages: totalPages })}</span>
      {page < totalPages ? (
        <Link href={hrefFor(page + 1)} rel="next">
          {t.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
