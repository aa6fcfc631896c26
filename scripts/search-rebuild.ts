/**
 * `npm run search:rebuild`: the full-text search index made again from the published records
 * as stored (src/server/search/rebuild.ts). The save hooks keep it current; this is for an
 * import that bypassed them, or a change to how text is analyzed.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { rebuildSearchIndex } from '@/server/search/rebuild'

const payload = await getPayload({ config })
const { entries, ms } = await rebuildSearchIndex(payload, { log: (line) => console.log(line) })
console.log(`Search index rebuilt: ${entries} entries in ${(ms / 1000).toFixed(1)} s.`)
process.exit(0)
