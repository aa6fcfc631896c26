// Generated files are the contract (payload-types.ts, the admin import map): regenerate them
// and fail when the committed copies differ.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const env = {
  ...process.env,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'check-generated-files-secret-000000',
}
const files = ['src/payload-types.ts', 'app/(payload)/admin/importMap.js']
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

execFileSync(npm, ['run', '--silent', 'generate:types'], { stdio: 'inherit', env })
execFileSync(npm, ['run', '--silent', 'generate:importmap'], { stdio: 'inherit', env })
// The committed SQLite migrations must describe the schema: a migration generated now must be empty.
const migrationsDir = path.resolve('src', 'migrations')
const before = new Set(readdirSync(migrationsDir))
const index = readFileSync(path.join(migrationsDir, 'index.ts'), 'utf8')
const scratch = mkdtempSync(path.join(tmpdir(), 'communique-migrations-'))
try {
  execFileSync(process.execPath, ['scripts/payload.mjs', 'migrate:create', 'schema-check', '--skip-empty'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...env, DATABASE_URL: `file:${path.join(scratch, 'check.db')}` },
  })
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
const added = readdirSync(migrationsDir).filter((file) => !before.has(file))
if (added.length > 0) {
  for (const file of added) rmSync(path.join(migrationsDir, file))
  writeFileSync(path.join(migrationsDir, 'index.ts'), index)
  console.error(
    '\nThe schema differs from the committed migrations: run `npm run migrate:create -- <name>` and commit the migration.',
  )
  process.exit(1)
}

try {
  execFileSync('git', ['diff', '--exit-code', '--', ...files], { stdio: 'inherit' })
} catch {
  console.error(
    '\nGenerated files are out of date: run `npm run generate:types && npm run generate:importmap` and commit them.',
  )
  process.exit(1)
}
console.log('Generated types, import map and migrations are current.')
