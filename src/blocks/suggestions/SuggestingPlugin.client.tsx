'use client'

import {
  BEFORE_INPUT_COMMAND,
  COMMAND_PRIORITY_CRITICAL,
  CUT_COMMAND,
  DELETE_CHARACTER_COMMAND,
  DELETE_LINE_COMMAND,
  DELETE_WORD_COMMAND,
  DROP_COMMAND,
  FORMAT_TEXT_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  KEY_ENTER_COMMAND,
  PASTE_COMMAND,
  REMOVE_TEXT_COMMAND,
  $getSelection,
  $isRangeSelection,
  type LexicalCommand,
  type LexicalEditor,
} from '@payloadcms/richtext-lexical/lexical'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { mergeRegister } from '@payloadcms/richtext-lexical/lexical/utils'
import { useEffect } from 'react'

import type { SuggestionMeta } from '@/content/suggestions'

import { suggestCompositions } from './composition'
import { isSuggesting, newSuggestionId, onSuggestingChange } from './mode'
import { $suggestParagraphBreak } from './paragraphs'
import { $suggestDelete, $suggestDeleteSelection, $suggestInsertText } from './suggest'
import { useSuggester } from './useSuggestionRights'

/** Line breaks in pasted or dropped text: a suggestion stays within its paragraph. */
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ')

/** What a beforeinput carries as text (typing, autocorrect, a drop). */
const inputText = (event: InputEvent) => event.data ?? event.dataTransfer?.getData('text/plain') ?? ''

/**
 * In suggesting mode, every keystroke that would change the text is taken before Lexical's own
 * handlers (critical priority) and made a suggestion instead: typing and pasting insert, Backspace
 * and Delete (a character, a word, a selection) mark for deletion, Enter proposes a paragraph
 * break and Backspace at a paragraph's start a join (./paragraphs.ts). What cannot be suggested
 * (a line break within a paragraph, a format, cutting, dragging) is refused while the mode is
 * on. Input-method composition (Chinese, Japanese) becomes a suggestion once it ends
 * (./composition.ts).
 */
export function SuggestingPlugin() {
  const [editor] = useLexicalComposerContext()
  const suggester = useSuggester()

  useEffect(() => {
    if (!suggester) return
    // A fresh id for each keystroke: one that continues a suggestion keeps the suggestion's own.
    const meta = (): SuggestionMeta => ({
      suggestionId: newSuggestionId(),
      by: suggester.id,
      byName: suggester.name,
      at: new Date().toISOString(),
    })
    const refuse = (event?: Event | null) => {
      event?.preventDefault()
      return true
    }
    const remove = (isBackward: boolean, event?: Event | null) => {
      event?.preventDefault()
      $suggestDelete(meta(), isBackward)
      return true
    }
    const newParagraph = (event?: Event | null) => {
      event?.preventDefault()
      const selection = $getSelection()
      if ($isRangeSelection(selection) && !selection.isCollapsed())
        $suggestDeleteSelection(selection, meta(), false)
      $suggestParagraphBreak(meta())
      return true
    }
    const register = (target: LexicalEditor) => {
      const on = <P,>(command: LexicalCommand<P>, handler: (payload: P) => boolean) =>
        target.registerCommand(command, handler, COMMAND_PRIORITY_CRITICAL)
      return mergeRegister(
        suggestCompositions(target, meta),
        on(BEFORE_INPUT_COMMAND, (event) => {
          const type = event.inputType
          // Undo and redo stay Lexical's own (they restore what was suggested, or not).
          if (type.startsWith('history')) return false
          if (type.startsWith('delete')) return remove(type.includes('Backward'), event)
          if (type === 'insertParagraph') return newParagraph(event)
          if (type === 'insertText' || type === 'insertReplacementText' || type === 'insertFromDrop') {
            event.preventDefault()
            const text = inputText(event)
            if (!/[\r\n]/.test(text)) $suggestInsertText(text, meta())
            return true
          }
          return refuse(event)
        }),
        on(KEY_BACKSPACE_COMMAND, (event) => remove(true, event)),
        on(KEY_DELETE_COMMAND, (event) => remove(false, event)),
        on(DELETE_CHARACTER_COMMAND, (isBackward) => remove(isBackward)),
        on(DELETE_WORD_COMMAND, (isBackward) => {
          const selection = $getSelection()
          if ($isRangeSelection(selection) && selection.isCollapsed())
            selection.modify('extend', isBackward, 'word')
          return remove(isBackward)
        }),
        on(DELETE_LINE_COMMAND, (isBackward) => {
          const selection = $getSelection()
          if ($isRangeSelection(selection) && selection.isCollapsed())
            selection.modify('extend', isBackward, 'lineboundary')
          return remove(isBackward)
        }),
        on(REMOVE_TEXT_COMMAND, (event) => {
          event?.preventDefault()
          const selection = $getSelection()
          if ($isRangeSelection(selection)) $suggestDeleteSelection(selection, meta(), false)
          return true
        }),
        on(PASTE_COMMAND, (event) => {
          event.preventDefault()
          const data = 'clipboardData' in event ? event.clipboardData : null
          const text = oneLine(data?.getData('text/plain') ?? '')
          if (text) $suggestInsertText(text, meta())
          return true
        }),
        // Shift+Enter is a line break within the paragraph: not suggested, refused.
        on(KEY_ENTER_COMMAND, (event) => (event?.shiftKey ? refuse(event) : newParagraph(event))),
        on(INSERT_PARAGRAPH_COMMAND, () => newParagraph()),
        on(INSERT_LINE_BREAK_COMMAND, () => true),
        on(FORMAT_TEXT_COMMAND, () => true),
        on(CUT_COMMAND, refuse),
        on(DROP_COMMAND, refuse),
      )
    }
    let unregister: (() => void) | undefined
    const sync = () => {
      unregister?.()
      unregister = isSuggesting(editor) ? register(editor) : undefined
    }
    sync()
    const stop = onSuggestingChange(editor, sync)
    return () => {
      stop()
      unregister?.()
    }
  }, [editor, suggester])

  return null
}
