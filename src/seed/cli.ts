/**
 * `npm run seed` (and the first `npm run dev`): loads the demo newsroom and the demo accounts.
 * `--if-empty` does nothing when the newsroom already holds releases or users.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { ensureDemoUsers, formatDemoAccounts } from './demoUsers'
import { ensureLogo } from './logo'
import { seed } from './run'
import { ensureSettings } from './settings'
import { SeedDataError } from './validate'

const ifEmpty = process.argv.includes('--if-empty')

async function main(): Promise<number> {
  const payload = await getPayload({ config })
  if (ifEmpty) {
    const releases = await payload.count({ collection: 'press-releases', overrideAccess: true })
    const users = await payload.count({ collection: 'users', overrideAccess: true })
    if (releases.totalDocs > 0 || users.totalDocs > 0) {
      console.log('Newsroom already loaded; not seeding.')
      console.log(formatDemoAccounts(await ensureDemoUsers(payload)))
      return 0
    }
  }
  try {
    const started = Date.now()
    const report = await seed(payload)
    await ensureSettings(payload)
    await ensureLogo(payload)
    const created = Object.entries(report.created).map(([c, n]) => `${n} ${c}`)
    const existing = Object.values(report.existing).reduce((sum, n) => sum + n, 0)
    console.log(
      `Demo newsroom: created ${created.length ? created.join(', ') : 'nothing'}; ${existing} record(s) already there (${Date.now() - started} ms).`,
    )
  } catch (error) {
    if (error instanceof SeedDataError) {
      console.error(error.message)
      return 1
    }
    throw error
  }
  const accounts = formatDemoAccounts(await ensureDemoUsers(payload))
  if (accounts) console.log(accounts)
  return 0
}

process.exit(await main())
