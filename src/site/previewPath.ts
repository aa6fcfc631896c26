import { isLocale } from '@/i18n'

/** Only a path of this site (one of its languages), never another origin: no open redirect. */
export function safeSitePath(raw: string | null): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return '/en'
  const first = raw.split(/[/?#]/)[1]
  return isLocale(first) ? raw : '/en'
}
