import { Fragment } from 'react'

import { htmlLang, type Locale } from '@/i18n'

import { datelineDash, datelinePieces } from './format'

/**
 * A release's dateline in the page's language (issue 13): the place as this language names it,
 * or in English, marked lang="en", when it has no name of its own here; the date always in this
 * language. `inEnglishText`: the dateline stands in a release shown in English (its container
 * says lang="en"), so it says its own language.
 */
export function Dateline({
  place,
  placeLang,
  date,
  locale,
  inEnglishText = false,
}: {
  place: string | null | undefined
  placeLang?: 'en'
  date: string
  locale: Locale
  inEnglishText?: boolean
}) {
  const pieces = datelinePieces(place, date, locale, placeLang)
  return (
    <p className="dateline" {...(inEnglishText && locale !== 'en' && { lang: htmlLang[locale] })}>
      {pieces.map((piece, index) => (
        <Fragment key={index}>
          {piece.place && placeLang && locale !== 'en' ? <span lang="en">{piece.text}</span> : piece.text}
        </Fragment>
      ))}
      {datelineDash[locale]}
    </p>
  )
}
