/**
 * How the admin shows dates: always with the year. Payload's date picker shows "Mar 04" for a
 * day-only field and "Mar 4, 026" style short years elsewhere unless a field names its own
 * `displayFormat` (@payloadcms/ui 3.90.1, elements/DatePicker), and list cells fall back to the
 * config's `admin.dateFormat`. Patterns are date-fns's (https://date-fns.org/docs/format), in the
 * British order the rest of the admin uses (src/workflow/admin/formatMoment.ts).
 */
export const dateTimeFormat = 'd MMM yyyy, HH:mm'

/** `admin.date` for a calendar day: "4 Mar 2026". */
export const dayOnly = { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' } as const

/** `admin.date` for a moment: "4 Mar 2026, 14:30" (24-hour clock). */
export const dayAndTime = {
  pickerAppearance: 'dayAndTime',
  displayFormat: dateTimeFormat,
  timeFormat: 'HH:mm',
} as const
