'use client'

import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { useCallback, useEffect, useSyncExternalStore } from 'react'

import { isSuggesting, onSuggestingChange, setSuggesting } from './mode'
import { SuggestionActions, SuggestionLabel } from './SuggestionActions.client'
import { decideSuggestions, useOpenSuggestions } from './useOpenSuggestions'
import { useSuggester, useSuggestionRights } from './useSuggestionRights'

/**
 * Above the body: the Suggest switch (Google Docs' "Suggesting" mode) and the open suggestions,
 * each with its actions, and Accept all / Reject all for the author and editors. Submit,
 * Approve and Publish are refused while any language's body holds one (src/workflow/suggestionGate.ts).
 */
export function SuggestionBar() {
  const [editor] = useLexicalComposerContext()
  const suggester = useSuggester()
  const rights = useSuggestionRights()
  const open = useOpenSuggestions(editor)
  const subscribe = useCallback((onChange: () => void) => onSuggestingChange(editor, onChange), [editor])
  const on = useSyncExternalStore(
    subscribe,
    () => isSuggesting(editor),
    () => false,
  )
  // Leaving the edit view (or losing the right to edit) ends suggesting mode.
  useEffect(() => () => setSuggesting(editor, false), [editor])

  if (!suggester && open.length === 0) return null
  const count = `${open.length} open suggestion${open.length === 1 ? '' : 's'}`
  return (
    <div className="suggestion-bar">
      <div className="suggestion-bar__row">
        {suggester && (
          <button
            type="button"
            className="suggestion-bar__mode"
            aria-pressed={on}
            onClick={() => {
              setSuggesting(editor, !on)
              editor.focus()
            }}
          >
            {on ? 'Suggesting: on' : 'Suggest changes'}
          </button>
        )}
        {on && (
          <span className="suggestion-bar__hint">What you type and delete is proposed to the author.</span>
        )}
      </div>
      {open.length > 0 && (
        <details className="suggestion-bar__list" open>
          <summary>{count}: Submit, Approve and Publish wait until each is accepted or rejected.</summary>
          {rights.decide && open.length > 1 && (
            <p className="suggestion-bar__all">
              <button type="button" onClick={() => decideSuggestions(editor, () => true, 'accept')}>
                Accept all
              </button>
              <button type="button" onClick={() => decideSuggestions(editor, () => true, 'reject')}>
                Reject all
              </button>
            </p>
          )}
          <ul>
            {open.map((suggestion) => (
              <li key={suggestion.key} className="suggestion-bar__item">
                <SuggestionLabel suggestion={suggestion} />
                <SuggestionActions editor={editor} suggestion={suggestion} rights={rights} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  )
}
