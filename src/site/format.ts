import { format, intlLocale, messages, type Locale } from '@/i18n'

/**
 * The one place the public site and the press pages write dates. Calendar dates (a release's
 * day, a speech's) are stored at noon UTC and read in UTC; an event's moments in its own zone.
 */
const formatters = new Map<string, Intl.DateTimeFormat>()

/**
 * One formatter per language, zone and style, made once: building an Intl.DateTimeFormat costs
 * about 0.07 ms, which a search page (up to fifty dates) paid on every request (issue 12's profile).
 */
function formatter(locale: Locale, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone} ${withTime}`
  let made = formatters.get(key)
  if (!made) {
    made = new Intl.DateTimeFormat(intlLocale[locale], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone,
      ...(withTime && { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }),
    })
    formatters.set(key, made)
  }
  return made
}

function dateText(value: string | Date, locale: Locale, timeZone: string, withTime = false): string {
  return formatter(locale, timeZone, withTime).format(new Date(value))
}

/** Dates as a newsroom writes them: "19 November 2019". */
export function formatDay(value: string | Date, locale: Locale = 'en'): string {
  return dateText(value, locale, 'UTC')
}

/** A piece of a dateline: the place (`place`, to mark it when it fell back to English) or words around it. */
export type DatelinePiece = { text: string; place?: true }

/**
 * A dateline's day. The dateline's date is a calendar day stored at noon UTC (the admin's
 * day-only picker, the seed), so it is read in UTC: the release's own day, whatever the reader's
 * or the server's zone. Russian newsroom style writes the year in full ("19 ноября 2019 года")
 * where Intl abbreviates it ("19 ноября 2019 г."), so its parts are put together here.
 */
export function datelineDay(date: string | Date, locale: Locale): string {
  if (locale !== 'ru') return formatDay(date, locale)
  const parts = new Intl.DateTimeFormat(intlLocale.ru, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(new Date(date))
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('day')} ${part('month')} ${part('year')} года`
}

/**
 * A dateline in the page's language, in reading order. English and Russian: "NEW YORK, 19
 * November 2019", "НЬЮ-ЙОРК, 19 ноября 2019 года" (the place in capitals, as newsrooms and the
 * UN's Russian releases write it). Chinese: "2019年11月19日，纽约": Chinese news copy puts the
 * time before the place, and the SCO Secretariat's Chinese releases open with the date
 * ("2019年11月19日，…在纽约…"); Han script has no capitals, and the comma is the full-width one.
 * `placeLang: 'en'` when the place fell back to English: written in English capitals.
 */
export function datelinePieces(
  place: string | null | undefined,
  date: string,
  locale: Locale = 'en',
  placeLang?: 'en',
): DatelinePiece[] {
  const day = datelineDay(date, locale)
  if (!place) return [{ text: day }]
  const shownPlace = place.toLocaleUpperCase(intlLocale[placeLang ?? locale])
  if (locale === 'zh') return [{ text: `${day}，` }, { text: shownPlace, place: true }]
  return [{ text: shownPlace, place: true }, { text: `, ${day}` }]
}

/** The dash that ends a dateline before the first paragraph: Chinese writes its own (——). */
export const datelineDash: Record<Locale, string> = { en: ' —', ru: ' —', zh: '——' }

/** "NEW YORK, 19 November 2019" */
export function formatPlaceAndDay(
  place: string | null | undefined,
  date: string,
  locale: Locale = 'en',
): string {
  return datelinePieces(place, date, locale)
    .map((piece) => piece.text)
    .join('')
}

/** "NEW YORK, 19 November 2019 —", before a release's first paragraph. */
export function formatDateline(
  place: string | null | undefined,
  date: string,
  locale: Locale = 'en',
): string {
  return `${formatPlaceAndDay(place, date, locale)}${datelineDash[locale]}`
}

/** An event's start in its own time zone: "19 November 2019, 10:00 (America/New_York)". */
export function formatEventTime(
  value: string,
  timeZone: string | null | undefined,
  locale: Locale = 'en',
): string {
  return dateText(value, locale, timeZone || 'UTC', true)
}

/** An event's date only, in its own time zone. */
export function formatEventDay(
  value: string,
  timeZone: string | null | undefined,
  locale: Locale = 'en',
): string {
  return dateText(value, locale, timeZone || 'UTC')
}

/** A span of days: "1 January 2019 – 31 December 2021", "since 1 January 2022". */
export function formatPeriod(locale: Locale, from?: string | null, to?: string | null): string {
  const t = messages(locale).participant
  if (from && !to) return format(t.since, { from: formatDay(from, locale) })
  return format(t.period, {
    from: from ? formatDay(from, locale) : '…',
    to: to ? formatDay(to, locale) : t.present,
  })
}
