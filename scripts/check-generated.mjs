// Generated files are the contract (payload-types.ts, the admin import map): regenerate them
// and fail when the committed copies differ.
import { execFileSync } from 'node:child_process'

const env = {
  ...process.env,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'check-generated-files-secret-000000',
}
const files = ['src/payload-types.ts', 'app/(payload)/admin/importMap.js']
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

execFileSync(npm, ['run', '--silent', 'generate:types'], { stdio: 'inherit', env })
execFileSync(npm, ['run', '--silent', 'generate:importmap'], { stdio: 'inherit', env })
try {
  execFileSync('git', ['diff', '--exit-code', '--', ...files], { stdio: 'inherit' })
} catch {
  console.error(
    '\nGenerated files are out of date: run `npm run generate:types && npm run generate:importmap` and commit them.',
  )
  process.exit(1)
}
console.log('Generated types and import map are current.')
