import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { Duplex } from 'node:stream'

import type { Payload, TypedUser } from 'payload'
import { WebSocketServer, type WebSocket } from 'ws'

import { admit, type Room as RoomName } from './access'
import { Room, type Peer } from './room'
import { bodyNodes, loadBody, storeBody } from './store'
import { guardSuggestions } from './suggestionGuard'

/**
 * The co-editing sync server: a WebSocket endpoint per release body (`/press-releases/<id>/<locale>`),
 * in its own process beside Next.js (scripts/collab-server.ts). Each connection is admitted by
 * src/collab/access.ts before the upgrade; refused ones get the HTTP status and never a socket.
 */

export type CollabServer = { port: number; close: () => Promise<void> }

type Options = { port: number; host?: string; debounceMs?: number }

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
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 4 * 1024 * 1024 })

  const open = (name: RoomName, user: TypedUser): Promise<Room<TypedUser>> => {
    let room = rooms.get(name.name)
    if (!room) {
      const created = new Room<TypedUser>({
        debounceMs: options.debounceMs ?? 1000,
        store: (doc, by) => storeBody(payload, nodes, name, by, doc),
        onError: (error) => payload.logger.error({ err: error, room: name.name }, 'co-editing: store failed'),
      })
      room = loadBody(payload, nodes, name, user, created.doc).then(
        () => created,
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

  const connect = async (socket: WebSocket, name: RoomName, user: TypedUser, canWrite: boolean) => {
    // Messages that arrive while the room loads are kept and handled in order.
    const early: Uint8Array[] = []
    socket.on('message', (data: Buffer) => early.push(new Uint8Array(data)))
    const room = await open(name, user)
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
      void room.leave(peer).then(() => {
        if (room.size === 0 && rooms.get(name.name)) {
          rooms.delete(name.name)
          room.destroy()
        }
      })
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
        sockets.handleUpgrade(request, socket, head, (ws) => {
          connect(ws, admission.room, admission.user, admission.canWrite).catch((error: unknown) => {
            payload.logger.error({ err: error }, 'co-editing: could not open the room')
            ws.close(1011, `Could not load the release: ${String(error)}`.slice(0, 120))
          })
        })
      })
      .catch((error: unknown) => {
        payload.logger.error({ err: error }, 'co-editing: admission failed')
        refuse(socket, 400, 'Could not check your session.')
      })
  })

  await new Promise<void>((resolve) => http.listen(options.port, options.host ?? '127.0.0.1', resolve))
  const address = http.address()
  return {
    port: typeof address === 'object' && address ? address.port : options.port,
    close: async () => {
      for (const client of sockets.clients) client.close(1001, 'Server stopping')
      const open = await Promise.allSettled([...rooms.values()])
      await Promise.all(
        open.map((result) => (result.status === 'fulfilled' ? result.value.flush() : undefined)),
      )
      sockets.close()
      await new Promise<void>((resolve) => http.close(() => resolve()))
    },
  }
}
