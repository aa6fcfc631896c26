'use client'
import { CollaborationPlugin as LexicalCollaborationPlugin } from '@lexical/react/LexicalCollaborationPlugin'
import { LexicalCollaboration } from '@lexical/react/LexicalCollaborationContext'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin'
import type { Provider } from '@lexical/yjs'
import { useEditorConfigContext } from '@payloadcms/richtext-lexical/client'
import { useAuth, useDocumentInfo, useField, useLocale } from '@payloadcms/ui'
import { useCallback, useEffect, useRef } from 'react'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

import type { CollaborationProps } from './feature'

/** Only the release body is co-edited (the sync server's rooms: src/collab/access.ts). */
const coEdited = { collection: 'press-releases', path: 'body' }

function syncServerUrl({ url, port }: CollaborationProps): string {
  if (url) return url
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws'
  return `${scheme}://${window.location.hostname}:${port}`
}

/** A colour per user, stable across sessions, for their cursor. */
function colourOf(id: string | number | undefined): string {
  let hash = 0
  for (const char of String(id ?? '')) hash = (hash * 31 + char.charCodeAt(0)) >>> 0
  return `hsl(${hash % 360} 70% 40%)`
}

/**
 * Where there is no room (a release not saved yet, another field, a drawer), the editor behaves
 * as Payload's own: the stored value loaded once, and Lexical's undo history. (The patch removed
 * both from Payload's editor when this feature is on: see ./feature.ts.)
 */
function LocalText({ path }: { path: string }) {
  const [editor] = useLexicalComposerContext()
  const { value } = useField<unknown>({ potentiallyStalePath: path })
  const loaded = useRef(false)
  useEffect(() => {
    if (loaded.current) return
    loaded.current = true
    if (value && typeof value === 'object' && 'root' in value)
      editor.setEditorState(editor.parseEditorState(JSON.stringify(value)), { tag: 'history-merge' })
  }, [editor, value])
  return <HistoryPlugin />
}

export function CollaborationPlugin({ clientProps }: { clientProps: CollaborationProps }) {
  const { fieldProps } = useEditorConfigContext()
  const { id, collectionSlug } = useDocumentInfo()
  const locale = useLocale()
  const { user } = useAuth()
  const room =
    id !== undefined &&
    id !== null &&
    collectionSlug === coEdited.collection &&
    fieldProps.path === coEdited.path
      ? `press-releases/${id}/${locale.code}`
      : undefined

  const providerFactory = useCallback(
    (name: string, docs: Map<string, Y.Doc>): Provider => {
      let doc = docs.get(name)
      if (!doc) {
        doc = new Y.Doc()
        docs.set(name, doc)
      }
      // The session travels as the admin's `payload-token` cookie (same host, any port).
      return new WebsocketProvider(syncServerUrl(clientProps), name, doc, {
        connect: false,
      }) as unknown as Provider
    },
    [clientProps],
  )

  if (!room) return <LocalText path={fieldProps.path} />
  return (
    <LexicalCollaboration>
      <LexicalCollaborationPlugin
        id={room}
        providerFactory={providerFactory}
        // The sync server fills a new room from the stored draft: no client seeds it.
        shouldBootstrap={false}
        username={String((user as { name?: string } | null)?.name ?? user?.email ?? 'Someone')}
        cursorColor={colourOf(user?.id)}
      />
    </LexicalCollaboration>
  )
}
