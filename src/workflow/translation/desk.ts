import { translationLocales, type Locale } from '@/content/locales'

import { decideTranslation, languageName, translationActions, type TranslationAction } from './actions'
import type { Actor } from '../transitions'
import { asParts, partLabel, partsOf, type Parts } from './parts'
import { sourceChanges, type SourceChange } from './sourceChanges'
import { settle, translationStatusLabel, type TranslationState, type TranslationStatus } from './status'
import { releaseTextIn } from './text'

/**
 * What the translation desk shows of a release (read with `locale: 'all'`): per language, the
 * English and the translation part by part, side by side, each English part that changed since
 * the translation was marked done with its words then, and the actions this user may take.
 */

export type DeskRow = {
  key: string
  label: string
  english?: string
  translation?: string
  /** The part changed in the English since the translation was marked done: the English then (none when it is new). */
  changed?: { before?: string }
}

export type DeskLanguage = {
  locale: Locale
  name: string
  status: TranslationStatus
  statusLabel: string
  /** The text is a machine's first draft, not yet approved by an editor. */
  machine: boolean
  assignee?: { id: number | string; name: string }
  rows: DeskRow[]
  /** English parts removed since the translation was marked done. */
  removed: SourceChange[]
  actions: TranslationAction[]
}

type Release = Parameters<typeof releaseTextIn>[0] & { translations?: unknown }

function orderedKeys(...all: Parts[]): string[] {
  const keys = new Set(all.flatMap((parts) => Object.keys(parts)))
  const rank = (key: string) => {
    const fixed = ['headline', 'dateline.place', 'summary'].indexOf(key)
    return fixed >= 0 ? fixed : 3 + Number(key.split('.')[1] ?? 0)
  }
  return [...keys].sort((a, b) => rank(a) - rank(b))
}

function assigneeOf(value: unknown): DeskLanguage['assignee'] {
  if (!value || typeof value !== 'object') return undefined
  const user = value as { id?: number | string; name?: string | null; email?: string | null }
  return user.id === undefined ? undefined : { id: user.id, name: user.name || user.email || String(user.id) }
}

export function deskView(
  release: Release,
  actor: Actor | undefined,
  { machineAvailable = false }: { machineAvailable?: boolean } = {},
): DeskLanguage[] {
  const english = partsOf(releaseTextIn(release, 'en', 'all'))
  const stored = (release.translations ?? {}) as Partial<Record<Locale, TranslationState>>
  return translationLocales.map((locale) => {
    const own = partsOf(releaseTextIn(release, locale, 'all'))
    const state = settle(stored[locale] ?? {}, { english })
    const status = state.status ?? 'missing'
    const source = asParts(state.source)
    const changes = source ? sourceChanges(source, english) : []
    const changed = new Map(changes.filter((change) => change.after !== undefined).map((c) => [c.key, c]))
    const rows = orderedKeys(english, own).map((key): DeskRow => {
      const change = changed.get(key)
      return {
        key,
        label: partLabel(key),
        ...(english[key] !== undefined && { english: english[key] }),
        ...(own[key] !== undefined && { translation: own[key] }),
        ...(change && { changed: change.before === undefined ? {} : { before: change.before } }),
      }
    })
    return {
      locale,
      name: languageName(locale),
      status,
      statusLabel: translationStatusLabel[status],
      machine: Boolean(state.machine),
      assignee: assigneeOf(state.assignee),
      rows,
      removed: changes.filter((change) => change.after === undefined),
      actions: translationActions.filter(
        (action) =>
          decideTranslation({
            action,
            locale,
            status,
            approved: Boolean(state.approved),
            actor,
            machineAvailable,
          }).ok,
      ),
    }
  })
}
