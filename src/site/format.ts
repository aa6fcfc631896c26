import { intlLocale, type Locale } from '@/i18n'

/** Dates as a newsroom writes them: "19 November 2019", read in UTC (calendar dates are stored at noon UTC). */
export function formatDay(value: string | Date, locale: Locale = 'en'): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(value))
}

/** "NEW YORK, 19 November 2019 —" */
export function formatDateline(
  place: string | null | undefined,
  date: string,
  locale: Locale = 'en',
): string {
  const day = formatDay(date, locale)
  return place ? `${place.toLocaleUpperCase(intlLocale[locale])}, ${day} —` : `${day} —`
}

/** An event's start in its own time zone: "19 November 2019, 10:00 (America/New_York)". */
export function formatEventTime(
  value: string,
  timeZone: string | null | undefined,
  locale: Locale = 'en',
): string {
  const zone = timeZone || 'UTC'
  const text = new Intl.DateTimeFormat(intlLocale[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: zone,
    timeZoneName: 'short',
  }).format(new Date(value))
  return text
}

/** An event's date only, in its own time zone. */
export function formatEventDay(
  value: string,
  timeZone: string | null | undefined,
  locale: Locale = 'en',
): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: timeZone || 'UTC',
  }).format(new Date(value))
}
