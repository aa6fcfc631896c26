'use client'
import { CollaborationPlugin as LexicalCollaborationPlugin } from '@lexical/react/LexicalCollaborationPlugin'
import { LexicalCollaboration } from '@lexical/react/LexicalCollaborationContext'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin'
import type { Provider } from '@lexical/yjs'
import { useEditorConfigContext } from '@payloadcms/richtext-lexical/client'
import { useAuth, useDocumentInfo, useField, useLocale } from '@payloadcms/ui'
import { useCallback, useEffect, useRef, useState } from 'react'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

import { hasUnstored, messageRefused, messageStored, readRefusal, storedClock } from '@/content/collabStored'
import { collabAddress } from '@/content/collabAddress'
import { coEdited } from '@/content/coEdited'
import { roomOf, setUnstored } from '@/content/liveText'

import { localOnlyBlockProperties, RemoteBlockFields } from './blockFields.client'
import type { CollaborationProps } from './feature'

/** The y-websocket message the sync server sends a read-only connection (y-protocols/auth). */
const messageAuth = 2

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

type Connection = 'connecting' | 'synced' | 'offline' | 'read-only'

const notices: Record<Exclude<Connection, 'synced'>, string> = {
  connecting: 'Connecting to live co-editing… The body can be edited once it has loaded.',
  offline:
    'Live co-editing is disconnected. What you type is kept and reaches your colleagues when the connection is back.',
  'read-only': 'You can follow this body live, but your role cannot change it now.',
}

/**
 * The connection's state, from the provider's events. The editor stays read-only until the
 * first sync: text typed into the still-empty document would be merged beside the stored text
 * instead of into it. After that, Yjs keeps offline edits and merges them on reconnection.
 */
function useConnection(provider: WebsocketProvider | undefined, readOnly: boolean): Connection {
  const [state, setState] = useState<Exclude<Connection, 'read-only'>>('connecting')
  useEffect(() => {
    if (!provider) return
    let synced = false
    const onSync = (isSynced: boolean) => {
      if (!isSynced) return
      synced = true
      setState('synced')
    }
    const onStatus = ({ status }: { status: string }) => {
      if (synced && status === 'disconnected') setState('offline')
    }
    provider.on('sync', onSync)
    provider.on('status', onStatus)
    return () => {
      provider.off('sync', onSync)
      provider.off('status', onStatus)
    }
  }, [provider])
  return readOnly ? 'read-only' : state
}

function ConnectionNotice({ provider, readOnly }: { provider?: WebsocketProvider; readOnly: boolean }) {
  const [editor] = useLexicalComposerContext()
  const connection = useConnection(provider, readOnly)
  // Editable as Payload made it (a locked or read-only form remounts the editor), once synced.
  const editable = useRef(editor.isEditable())
  useEffect(() => {
    if (editable.current) editor.setEditable(connection === 'synced' || connection === 'offline')
  }, [editor, connection])
  if (connection === 'synced') return null
  return (
    <p className="collab-status" role="status" data-connection={connection}>
      {notices[connection]}
    </p>
  )
}

export function CollaborationPlugin({ clientProps }: { clientProps: CollaborationProps }) {
  const { fieldProps } = useEditorConfigContext()
  const { id, collectionSlug } = useDocumentInfo()
  const locale = useLocale()
  const { user } = useAuth()
  const [provider, setProvider] = useState<WebsocketProvider>()
  const [readOnly, setReadOnly] = useState(false)
  const [refused, setRefused] = useState<string>()
  const room =
    id !== undefined &&
    id !== null &&
    collectionSlug === coEdited.collection &&
    fieldProps.path === coEdited.field
      ? roomOf(coEdited.collection, id, locale.code)
      : undefined

  const providerFactory = useCallback(
    (name: string, docs: Map<string, Y.Doc>): Provider => {
      let doc = docs.get(name)
      if (!doc) {
        doc = new Y.Doc()
        docs.set(name, doc)
      }
      // The session travels as the admin's `payload-token` cookie (same host, any port). Every
      // change goes through the server, where the access rules are: no shortcut between tabs.
      const created = new WebsocketProvider(collabAddress(clientProps, window.location), name, doc, {
        connect: false,
        disableBc: true,
      })
      // The server says so on joining (src/collab/room.ts): this person's updates would be dropped.
      created.messageHandlers[messageAuth] = () => setReadOnly(true)
      // This person's changes wait for the room's next store (src/content/collabStored.ts).
      let stored = 0
      const track = () => setUnstored(name, hasUnstored(created.doc, stored))
      // A fresh document holds nothing of this person's yet (a release reopened in the same tab).
      track()
      created.doc.on('update', (_update: Uint8Array, origin: unknown) => {
        if (origin !== created) track()
      })
      created.messageHandlers[messageStored] = (_encoder, decoder) => {
        stored = storedClock(decoder, created.doc)
        setRefused(undefined)
        track()
      }
      // The room could not store the text: say why, until a store succeeds.
      created.messageHandlers[messageRefused] = (_encoder, decoder) => setRefused(readRefusal(decoder))
      setProvider(created)
      return created as unknown as Provider
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
        excludedProperties={localOnlyBlockProperties}
      />
      <RemoteBlockFields />
      <ConnectionNotice provider={provider} readOnly={readOnly} />
      {refused ? (
        <p className="collab-refused" role="alert">
          The latest changes to this text are not saved: {refused.replace(/\.$/, '')}. They stay in the editor
          and are saved with the next change that is accepted.
        </p>
      ) : null}
    </LexicalCollaboration>
  )
}
