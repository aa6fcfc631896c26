/**
 * A moment as the admin shows it, in its own time zone (UTC when it has none): "19 Nov 2026,
 * 10:00" (medium) or "19 November 2026 at 10:00" (long). Empty when there is no moment.
 */
export function formatMoment(
  iso: string | null | undefined,
  { timeZone, dateStyle = 'medium' }: { timeZone?: string | null; dateStyle?: 'medium' | 'long' } = {},
): string {
  if (!iso) return ''
  return new Intl.DateTimeFormat('en-GB', {
    dateStyle,
    timeStyle: 'short',
    timeZone: timeZone || 'UTC',
  }).format(new Date(iso))
}
