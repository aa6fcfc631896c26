/**
 * `npm run seed:archive -- --releases 100000 [--seed 1]`: a deterministic synthetic archive on top
 * of the demo newsroom (loaded first when the database is empty), for the scale benchmark.
 */
import config from '@payload-config'
import { getPayload } from 'payload'
import { z } from 'zod'

import { seed } from '../run'
import { ensureSettings } from '../settings'
import { ArchiveExistsError, seedArchive } from './run'

const argsSchema = z.object({
  releases: z.coerce
    .number({ error: '--releases must be a number' })
    .int('--releases must be a whole number')
    .min(1, '--releases must be at least 1')
    .max(1_000_000, '--releases must be at most 1,000,000'),
  seed: z.coerce.number().int('--seed must be a whole number').min(0).default(1),
  batch: z.coerce.number().int().min(1).max(10_000).default(1000),
  sample: z.coerce.number().int().min(0).max(10_000).default(50),
})

function parseArgs(argv: string[]) {
  const values: Record<string, string> = {}
  for (let i = 0; i < argv.length; i++) {
    const match = /^--(\w+)(?:=(.*))?$/.exec(argv[i]!)
    if (match) values[match[1]!] = match[2] ?? argv[++i] ?? ''
  }
  return argsSchema.safeParse(values)
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2))
  if (!args.success) {
    console.error(args.error.issues.map((issue) => issue.message).join('\n'))
    console.error('Usage: npm run seed:archive -- --releases 100000 [--seed 1]')
    return 2
  }
  const payload = await getPayload({ config })
  const demo = await seed(payload)
  await ensureSettings(payload)
  if (Object.keys(demo.created).length) console.log('Demo newsroom loaded first.')
  try {
    const report = await seedArchive(payload, { ...args.data, log: (line) => console.log(line) })
    const counts = Object.entries(report.counts).map(([kind, n]) => `${n} ${kind}`)
    console.log(`Archive written: ${counts.join(', ')} in ${(report.ms / 1000).toFixed(1)} s.`)
    const { search } = report
    console.log(`Search index rebuilt: ${search.entries} entries in ${(search.ms / 1000).toFixed(1)} s.`)
    return 0
  } catch (error) {
    if (error instanceof ArchiveExistsError) {
      console.error(error.message)
      return 1
    }
    throw error
  }
}

process.exit(await main())
