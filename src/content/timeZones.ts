/**
 * Time zones, in one place: which names are accepted (any the runtime can compute with, in any
 * case, old names and links included), which name is stored (the current IANA name), and which
 * are listed in the pickers. Node 20's ICU follows CLDR, which still calls some zones by their
 * former names: `Intl.supportedValuesOf('timeZone')` lists Asia/Calcutta and Europe/Kiev, and
 * `resolvedOptions().timeZone` answers Asia/Calcutta for Asia/Kolkata
 * (https://github.com/tc39/ecma402/issues/272, https://github.com/tc39/proposal-temporal/issues/1076).
 * The table below gives those names their current IANA ones (tzdata 2025b); a runtime that
 * already answers with the current names makes it a no-op.
 */
const currentNames: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
}

/** The runtime's own name for a zone, or undefined when it cannot compute with it. */
function runtimeName(zone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone
  } catch {
    return undefined
  }
}

/**
 * The current IANA name of a zone the runtime can compute with ("asia/calcutta", "Asia/Kolkata"
 * and "Asia/Calcutta" all give "Asia/Kolkata"; "Etc/UTC" and "GMT" give "UTC"); undefined for
 * anything else.
 */
export function canonicalTimeZone(zone: unknown): string | undefined {
  if (typeof zone !== 'string' || zone.length === 0 || zone.length > 64) return undefined
  const name = runtimeName(zone)
  if (name === undefined) return undefined
  const current = currentNames[name]
  return current !== undefined && runtimeName(current) !== undefined ? current : name
}

export const isTimeZone = (zone: unknown): zone is string => canonicalTimeZone(zone) !== undefined

/** IANA's fixed offsets (note the POSIX sign: Etc/GMT-5 is five hours ahead of UTC). */
const fixedOffsets = Array.from({ length: 27 }, (_, i) => i - 14)
  .filter((hours) => hours !== 0)
  .map((hours) => `Etc/GMT${hours > 0 ? '+' : '-'}${Math.abs(hours)}`)

/**
 * Every zone by its current name, once, sorted: what the pickers list and what Payload accepts
 * as a date field's `_tz` (its `supportedTimezones`). Whatever `canonicalTimeZone` returns is in it.
 */
export const timeZones: readonly string[] = [
  ...new Set(
    [...Intl.supportedValuesOf('timeZone'), 'UTC', ...fixedOffsets]
      .map(canonicalTimeZone)
      .filter((zone): zone is string => zone !== undefined),
  ),
].sort()

/** A zone's offset from UTC at a moment, as "UTC+08:00" ("UTC+00:00" for UTC itself). */
export function utcOffset(zone: string, at: Date = new Date()): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value
  const offset = name?.replace(/^GMT/, '') || '+00:00'
  return `UTC${offset}`
}

/**
 * How a picker lists a zone: "Asia/Shanghai (UTC+08:00)", with the offset it has at `at` (now,
 * by default; a zone with summer time shows its current one).
 */
export const timeZoneLabel = (zone: string, at?: Date): string => `${zone} (${utcOffset(zone, at)})`

/** Words of a zone or a search, for matching: "America/New_York" and "new york" both give "america new york". */
const searchWords = (text: string) => text.toLowerCase().replace(/[_/()]+/g, ' ')

/** A picker's search: every word typed appears in the zone's label ("new york", "shanghai", "+05:30"). */
export function matchesZone(label: string, search: string): boolean {
  const haystack = searchWords(label)
  return searchWords(search)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word))
}
