import type { Payload } from 'payload'

import type { Role } from '@/access/roles'
import { env } from '@/server/env'

export type DemoAccount = { email: string; password: string; name: string; role: Role }

/** Demo accounts for trying the newsroom; never created in production. */
export const demoAccounts: readonly DemoAccount[] = [
  { email: 'admin@communique.test', password: 'demo-admin-2026', name: 'Ada Admin', role: 'admin' },
  { email: 'editor@communique.test', password: 'demo-editor-2026', name: 'Elena Editor', role: 'editor' },
  {
    email: 'officer@communique.test',
    password: 'demo-officer-2026',
    name: 'Oleg Officer',
    role: 'press-officer',
  },
]

/** Creates the missing demo accounts; returns the ones that exist now. Refuses in production. */
export async function ensureDemoUsers(payload: Payload): Promise<DemoAccount[]> {
  if (env().isProduction) return []
  for (const account of demoAccounts) {
    const { totalDocs } = await payload.count({
      collection: 'users',
      where: { email: { equals: account.email } },
      overrideAccess: true,
    })
    if (totalDocs === 0) {
      await payload.create({ collection: 'users', data: account, overrideAccess: true })
    }
  }
  return [...demoAccounts]
}

export function formatDemoAccounts(accounts: readonly DemoAccount[]): string {
  if (!accounts.length) return ''
  const rows = accounts.map((a) => `  ${a.role.padEnd(14)} ${a.email.padEnd(26)} ${a.password}`)
  return ['Demo accounts (development only):', ...rows].join('\n')
}
