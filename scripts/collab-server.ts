/**
 * `npm run collab`: the co-editing sync server (src/collab/server.ts) in its own process, started
 * beside Next.js by `npm run dev` (scripts/dev.mjs) and `npm start` (scripts/start.mjs), and as
 * the `collab` compose service. Run through scripts/payload.mjs for Lexical's ESM hang on Node 20.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { startCollabServer } from '@/collab/server'
import { env } from '@/server/env'

const payload = await getPayload({ config })
const { port, stateDir } = env().collab
const server = await startCollabServer(payload, { port, host: process.env.HOST || '127.0.0.1', stateDir })
payload.logger.info(`Co-editing sync server on port ${server.port}`)

// `payload run` ends the process once this module has finished loading: the module waits here
// until a signal stops the server, after it has stored what is pending.
await new Promise<void>((resolve) => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => void server.close().finally(resolve))
})
