#!/usr/bin/env node
// Runs Payload's CLI (`payload run`, `migrate`, `generate:types`, `jobs:run`, ...) in a child Node
// process that resolves Lexical through its "development"/"production" export condition.
//
// Why: Lexical's default Node entry points (`*.node.mjs`) pick their build with a top-level
// `await import(...)`. On Node 20 the ESM loader sometimes never settles such a graph: the CLI
// then exits with status 13 (or 0) and no output, half-way through a seed or a migration. The
// condition-specific entry points are plain modules, so naming the condition avoids the race.
import { spawn } from 'node:child_process'
import path from 'node:path'

const bin = path.resolve('node_modules', 'payload', 'bin.js')
const condition = process.env.NODE_ENV === 'production' ? 'production' : 'development'

// A one-off command (a seed, a backup, a migration, the sync server) leaves the database's
// upkeep at start to the long-lived server; the jobs worker may do it (src/server/onInit.ts).
const maintains = process.argv[2] === 'jobs:run'
const env = { COMMUNIQUE_MAINTENANCE: maintains ? 'on' : 'off', ...process.env }

const child = spawn(
  process.execPath,
  ['--no-deprecation', `--conditions=${condition}`, bin, ...process.argv.slice(2)],
  { stdio: 'inherit', env },
)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
