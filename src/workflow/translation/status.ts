import { asParts, sameParts, type Parts } from './parts'

/**
 * A translation's status in one language (issue 13, item 2). Only two things are set by people:
 * a translator marks the translation done, an editor approves it. The rest is derived from the
 * text on every save: "missing" when the language has no text, "in translation" when it has
 * text not (or no longer) marked done, "needs update" when the English changed since it was
 * marked done. An approval, like the release's own, belongs to the exact text approved: an edit
 * of the translation takes the marks away.
 */

export const translationStatuses = [
  { value: 'missing', label: 'Missing' },
  { value: 'in_translation', label: 'In translation' },
  { value: 'needs_update', label: 'Needs update' },
  { value: 'translated', label: 'Translated' },
  { value: 'approved', label: 'Approved' },
] as const
export type TranslationStatus = (typeof translationStatuses)[number]['value']

export const translationStatusLabel = Object.fromEntries(
  translationStatuses.map(({ value, label }) => [value, label]),
) as Record<TranslationStatus, string>

/** What a release stores per translation language (collections/PressReleases/translationFields.ts). */
export type TranslationState = {
  status?: TranslationStatus | null
  assignee?: unknown
  /** The English, part by part, when the translation was marked done (`Parts`; stored as JSON). */
  source?: unknown
  /** A hash of the translation's own text when it was marked done (its words need not be kept twice). */
  doneHash?: string | null
  approved?: boolean | null
  /** The text is a machine's first draft (issue 13, item 4) until an editor approves it. */
  machine?: boolean | null
}

/** What one save shows of the text: a language a save does not write is not seen. */
export type SeenText = {
  /** The English parts, when the save carries the English. */
  english?: Parts
  /** The translation's own text, when the save carries this language. */
  own?: { hasText: boolean; hash: string }
}

/** The status these marks and this text give. */
export function statusOf({
  hasText,
  done,
  stale,
  approved,
}: {
  hasText: boolean
  done: boolean
  stale: boolean
  approved: boolean
}): TranslationStatus {
  if (!hasText) return 'missing'
  if (!done) return 'in_translation'
  if (stale) return 'needs_update'
  return approved ? 'approved' : 'translated'
}

/** A stored state brought up to date with what a save writes. */
export function settle(previous: TranslationState, seen: SeenText): TranslationState {
  const status = previous.status ?? 'missing'
  let hasText = status !== 'missing'
  let doneHash = previous.doneHash ?? null
  let approved = Boolean(previous.approved)
  if (seen.own) {
    hasText = seen.own.hasText
    // The marks belonged to the text as it was when they were made.
    if (!hasText || (doneHash !== null && doneHash !== seen.own.hash)) {
      doneHash = null
      approved = false
    }
  }
  const source = asParts(previous.source)
  const stale = seen.english ? Boolean(source && !sameParts(source, seen.english)) : status === 'needs_update'
  return {
    ...previous,
    source,
    doneHash,
    approved,
    // A machine draft stays one through a person's edits, until approved; emptied, it is gone.
    machine: hasText && Boolean(previous.machine) && !approved,
    status: statusOf({ hasText, done: doneHash !== null, stale, approved }),
  }
}
