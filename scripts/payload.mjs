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

const child = spawn(
  process.execPath,
  ['--no-deprecation', `--conditions=${condition}`, bin, ...process.argv.slice(2)],
  { stdio: 'inherit' },
)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
