'use client'

import type { LexicalEditor } from '@payloadcms/richtext-lexical/lexical'

import { excerpt, proposalWords } from '@/content/suggestions'

import type { Decision } from './nodes'
import { decideSuggestions, sameSuggestion, type SuggestionView } from './useOpenSuggestions'
import type { Rights } from './useSuggestionRights'

/** "Elena suggested deleting “the”, 1 Dec 2026, 08:00"; "Elena suggested starting a new paragraph, …". */
export function SuggestionLabel({ suggestion }: { suggestion: SuggestionView }) {
  const when = suggestion.at ? new Date(suggestion.at) : undefined
  return (
    <span className="suggestion-label">
      <strong>{suggestion.byName || 'A colleague'}</strong> suggested{' '}
      {suggestion.paragraph ? (
        proposalWords(suggestion, 'ing')
      ) : (
        <>
          {suggestion.kind === 'insertion' ? 'adding' : 'deleting'}{' '}
          <q className={`suggestion-label__text suggestion-label__text--${suggestion.kind}`}>
            {excerpt(suggestion.text)}
          </q>
        </>
      )}
      {when && !Number.isNaN(when.getTime()) && (
        <time dateTime={suggestion.at}>
          {', '}
          {when.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
        </time>
      )}
    </span>
  )
}

/** Accept and Reject for the author and editors; Withdraw for whoever proposed it. */
export function SuggestionActions({
  editor,
  suggestion,
  rights,
}: {
  editor: LexicalEditor
  suggestion: SuggestionView
  rights: Rights
}) {
  const decide = (decision: Decision) => decideSuggestions(editor, sameSuggestion(suggestion), decision)
  const what = proposalWords(suggestion, 'ing')
  return (
    <span className="suggestion-actions">
      {rights.decide ? (
        <>
          <button type="button" onClick={() => decide('accept')} aria-label={`Accept ${what}`}>
            Accept
          </button>
          <button type="button" onClick={() => decide('reject')} aria-label={`Reject ${what}`}>
            Reject
          </button>
        </>
      ) : (
        rights.withdraw(suggestion) && (
          <button type="button" onClick={() => decide('reject')} aria-label={`Withdraw ${what}`}>
            Withdraw
          </button>
        )
      )}
    </span>
  )
}
