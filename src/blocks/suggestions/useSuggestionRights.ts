'use client'

import { useAuth, useFormFields } from '@payloadcms/ui'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { useLexicalEditable } from '@payloadcms/richtext-lexical/lexical/react/useLexicalEditable'
import { useMemo } from 'react'

import { isStaff } from '@/access/roles'
import { mayAcceptOrReject, mayWithdraw, suggesterName } from '@/access/suggestionRights'
import { idOf } from '@/content/relations'
import type { SuggestionMeta } from '@/content/suggestions'

/**
 * Who may do what with suggestions (issue 15, item 5). Anyone on the staff who may edit the body
 * may suggest: an editor proposing a rewording, and a press officer proposing one to a
 * colleague's release. Who decides is src/access/suggestionRights.ts, which the server enforces
 * on every save and in the co-editing room: these buttons only show what it allows.
 */

export type Suggester = { id: string; name: string }

export function useSuggester(): Suggester | undefined {
  const { user } = useAuth()
  const [editor] = useLexicalComposerContext()
  const editable = useLexicalEditable()
  return useMemo(() => {
    if (!user || !isStaff(user) || !editable || !editor) return undefined
    return { id: String(user.id), name: suggesterName(user) }
  }, [user, editable, editor])
}

export type Rights = { decide: boolean; withdraw: (meta: SuggestionMeta) => boolean }

export function useSuggestionRights(): Rights {
  const suggester = useSuggester()
  const { user } = useAuth()
  const author = useFormFields(([fields]) => fields.author?.value)
  return useMemo(() => {
    const decide = !!suggester && mayAcceptOrReject(user, idOf(author))
    return { decide, withdraw: (meta) => !!suggester && mayWithdraw(user, meta) }
  }, [suggester, user, author])
}
