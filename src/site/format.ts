/** Dates as a newsroom writes them: "19 November 2019", read in UTC (calendar dates are stored at noon UTC). */
export function formatDay(value: string | Date, locale = 'en'): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(value))
}

/** "NEW YORK, 19 November 2019 —" */
export function formatDateline(place: string | null | undefined, date: string, locale = 'en'): string {
  const day = formatDay(date, locale)
  return place ? `${place.toLocaleUpperCase(locale)}, ${day} —` : `${day} —`
}
