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

/** "NEW YORK, 19 November 2019" */
export function formatPlaceAndDay(
  place: string | null | undefined,
  date: string,
  locale: Locale = 'en',
): string {
  const day = formatDay(date, locale)
  return place ? `${place.toLocaleUpperCase(intlLocale[locale])}, ${day}` : day
}

/** "NEW YORK, 19 November 2019 —", before a release's first paragraph. */
export function formatDateline(
  place: string | null | undefined,
  date: string,
  locale: Locale = 'en',
): string {
  return `${formatPlaceAndDay(place, date, locale)} —`
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
