import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { Duplex } from 'node:stream'

import type { Payload, TypedUser } from 'payload'
import { WebSocketServer, type WebSocket } from 'ws'
import type * as Y from 'yjs'

import { isStaff } from '@/access/roles'

import { admit, mayWrite, type Room as RoomName } from './access'
import { DraftWatch } from './outside'
import { Room, type Peer } from './room'
import { RoomStates, type SavedRoom } from './roomState'
import { bodyNodes, loadBody, storeBody } from './store'
import { guardSuggestions } from './suggestionGuard'

/**
 * The co-editing sync server: a WebSocket endpoint per release body (`/press-releases/<id>/<locale>`),
 * in its own process beside Next.js (scripts/collab-server.ts). Each connection is admitted by
 * src/collab/access.ts before the upgrade; refused ones get the HTTP status and never a socket.
 */

export type CollabServer = { port: number; close: () => Promise<void> }

type Options = {
  port: number
  host?: string
  /** How long typing pauses before the room stores it. */
  debounceMs?: number
  /** How often an open room looks for changes saved outside it (./outside.ts). */
  watchMs?: number
  /** How often a connection's session is checked again (a logout or a changed role ends it). */
  sessionMs?: number
  /** Where each room's document is kept between runs (./roomState.ts); none: not kept. */
  stateDir?: string
}

function headersOf(request: IncomingMessage): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(request.headers))
    if (typeof value === 'string') headers.set(name, value)
  return headers
}

function refuse(socket: Duplex, status: number, reason: string): void {
  const text = `${reason}\n`
  socket.end(
    `HTTP/1.1 ${status} ${status === 401 ? 'Unauthorized' : status === 403 ? 'Forbidden' : status === 404 ? 'Not Found' : 'Bad Request'}\r\n` +
      `Content-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`,
  )
}

export async function startCollabServer(payload: Payload, options: Options): Promise<CollabServer> {
  const nodes = bodyNodes(payload)
  const rooms = new Map<string, Promise<Room<TypedUser>>>()
  const states = options.stateDir ? new RoomStates(options.stateDir) : undefined
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 4 * 1024 * 1024 })

  const open = (name: RoomName, user: TypedUser, published: boolean): Promise<Room<TypedUser>> => {
    let room = rooms.get(name.name)
    if (!room) {
      let watch: DraftWatch | undefined
      /** Keeps the document on disk, with who wrote the words a store has just failed to keep. */
      const keep = async (doc: Y.Doc, unstoredBy?: TypedUser) => {
        if (!states || !watch) return
        const by = unstoredBy && { id: unstoredBy.id, collection: unstoredBy.collection }
        await states
          .write({ room: name, ...watch.base, unstored: by && { by } }, doc)
          .catch((error: unknown) =>
            payload.logger.error({ err: error, room: name.name }, 'co-editing: could not keep the room'),
          )
      }
      // Outside changes first, then this room's text on top: a store never writes over them.
      const store = async (doc: Y.Doc, by: TypedUser) => {
        if (!watch || !(await pull(watch, doc)).ok) return
        const stored = await storeBody(payload, nodes, name, by, doc).catch(async (error: unknown) => {
          // Deleted between the look and the store (a tab left open on it): nothing to keep.
          if ((error as { status?: number }).status === 404) return undefined
          await keep(doc, by)
          throw error
        })
        if (stored) watch.remember(stored)
        await keep(doc)
      }
      const created = new Room<TypedUser>({
        debounceMs: options.debounceMs ?? 1000,
        store,
        onError: (error) => payload.logger.error({ err: error, room: name.name }, 'co-editing: store failed'),
        // Everyone has left and their words are stored: the room goes (a new one loads the draft).
        onIdle: () => {
          if (rooms.get(name.name) !== room) return
          rooms.delete(name.name)
          created.destroy()
        },
      })
      const pull = async (from: DraftWatch, doc: Y.Doc) => {
        const { gone, published: now } = await from.pull(doc)
        created.restrict((member) => mayWrite(member, now))
        return { ok: !gone }
      }
      const load = async () => {
        const saved = await states?.read(name.name, created.doc)
        if (!saved) {
          const stored = await loadBody(payload, nodes, name, user, created.doc)
          watch = new DraftWatch(payload, nodes, name, stored, published)
          return
        }
        watch = new DraftWatch(payload, nodes, name, saved.stored, saved.published)
        // What was saved outside while the room was closed reaches its text before anyone reads it.
        await pull(watch, created.doc)
      }
      room = load().then(
        () => {
          const timer = setInterval(() => {
            if (created.size > 0) void created.queue(async () => void (await pull(watch!, created.doc)))
          }, options.watchMs ?? 2000)
          created.onDestroy(() => clearInterval(timer))
          return created
        },
        (error: unknown) => {
          rooms.delete(name.name)
          created.destroy()
          throw error
        },
      )
      rooms.set(name.name, room)
    }
    return room
  }

  /** Stores the words a room kept but could not store before the server last stopped. */
  const recover = async (saved: SavedRoom) => {
    const { id, collection } = saved.unstored!.by
    const by = await payload.findByID({
      collection: collection as 'users',
      id,
      depth: 0,
      disableErrors: true,
    })
    if (!by) return
    const room = await open(saved.room, { ...by, collection } as TypedUser, saved.published)
    room.recover({ ...by, collection } as TypedUser)
  }

  /** Ends a connection whose session has ended or no longer belongs to staff. */
  const recheck = (socket: WebSocket, headers: Headers, user: TypedUser) => {
    const timer = setInterval(() => {
      payload
        .auth({ headers })
        .then(({ user: now }) => {
          if (!now || String(now.id) !== String(user.id) || !isStaff(now))
            socket.close(4401, 'Your session has ended: log in again to co-edit.')
        })
        .catch(() => undefined)
    }, options.sessionMs ?? 30_000)
    socket.on('close', () => clearInterval(timer))
  }

  const connect = async (
    socket: WebSocket,
    name: RoomName,
    user: TypedUser,
    canWrite: boolean,
    published: boolean,
  ) => {
    // Messages that arrive while the room loads are kept and handled in order.
    const early: Uint8Array[] = []
    socket.on('message', (data: Buffer) => early.push(new Uint8Array(data)))
    const room = await open(name, user, published)
    const peer: Peer<TypedUser> = {
      send: (message) => {
        if (socket.readyState === socket.OPEN) socket.send(message)
      },
      canWrite,
      user,
    }
    const unguard = canWrite
      ? guardSuggestions(room.doc, peer, user, name.authorId, (by, reason) =>
          payload.logger.warn(
            { room: name.name, user: by.id, reason },
            'co-editing: suggestion change undone',
          ),
        )
      : () => undefined
    room.join(peer)
    const handle = (message: Uint8Array) => {
      try {
        room.receive(peer, message)
      } catch {
        socket.close(1003, 'Malformed co-editing message')
      }
    }
    socket.removeAllListeners('message')
    socket.on('message', (data: Buffer) => handle(new Uint8Array(data)))
    for (const message of early.splice(0)) handle(message)
    socket.on('close', () => {
      unguard()
      void room.leave(peer)
    })
  }

  const http: Server = createServer((_request, response) => {
    response.writeHead(426, { 'Content-Type': 'text/plain' }).end('Co-editing speaks WebSocket only.\n')
  })
  http.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const pathname = new URL(request.url ?? '/', 'http://collab').pathname
    admit(payload, headersOf(request), pathname)
      .then((admission) => {
        if (!admission.ok) return refuse(socket, admission.status, admission.reason)
        const headers = headersOf(request)
        sockets.handleUpgrade(request, socket, head, (ws) => {
          recheck(ws, headers, admission.user)
          connect(ws, admission.room, admission.user, admission.canWrite, admission.published).catch(
            (error: unknown) => {
              payload.logger.error({ err: error }, 'co-editing: could not open the room')
              ws.close(1011, `Could not load the release: ${String(error)}`.slice(0, 120))
            },
          )
        })
      })
      .catch((error: unknown) => {
        payload.logger.error({ err: error }, 'co-editing: admission failed')
        refuse(socket, 400, 'Could not check your session.')
      })
  })

  await new Promise<void>((resolve) => http.listen(options.port, options.host ?? '127.0.0.1', resolve))
  for (const saved of (await states?.unstored()) ?? [])
    void recover(saved).catch((error: unknown) =>
      payload.logger.error({ err: error, room: saved.room.name }, 'co-editing: could not store kept words'),
    )
  const address = http.address()
  return {
    port: typeof address === 'object' && address ? address.port : options.port,
    close: async () => {
      for (const client of sockets.clients) client.close(1001, 'Server stopping')
      const open = await Promise.allSettled([...rooms.values()])
      await Promise.all(
        open.map(async (result) => {
          if (result.status !== 'fulfilled') return
          await result.value.flush()
          result.value.destroy()
        }),
      )
      sockets.close()
      await new Promise<void>((resolve) => http.close(() => resolve()))
    },
  }
}
