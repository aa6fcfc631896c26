// Generated files are the contract (payload-types.ts, the admin import map): regenerate them
// and fail when the committed copies differ.
import { execFileSync } from 'node:child_process'
import path from 'node:path'

const payload = path.resolve('node_modules', '.bin', 'payload')
const env = {
  ...process.env,
  NODE_OPTIONS: '--no-deprecation',
  PAYLOAD_SECRET: 'check-generated-files-secret-000000',
}
const files = ['src/payload-types.ts', 'app/(payload)/admin/importMap.js']

execFileSync(payload, ['generate:types'], { stdio: 'inherit', env })
execFileSync(payload, ['generate:importmap'], { stdio: 'inherit', env })
execFileSync(path.resolve('node_modules', '.bin', 'prettier'), ['--write', ...files], { stdio: 'ignore' })
try {
  execFileSync('git', ['diff', '--exit-code', '--', ...files], { stdio: 'inherit' })
} catch {
  console.error(
    '\nGenerated files are out of date: run `npm run generate:types && npm run generate:importmap` and commit them.',
  )
  process.exit(1)
}
console.log('Generated types and import map are current.')
