#!/usr/bin/env node
// Runs Payload's CLI (`payload run`, `migrate`, `generate:types`, `jobs:run`, ...) the way its
// own bin does, through tsx, but keeps the event loop alive until the command has finished.
// Without this, Node sometimes exits with status 0 and no output while tsx's loader thread
// is still resolving the project's modules: the seed or a migration silently does nothing.
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const keepAlive = setInterval(() => {}, 1_000)
try {
  const { tsImport } = await import('tsx/esm/api')
  const binUrl = pathToFileURL(path.resolve('node_modules', 'payload', 'dist', 'bin', 'index.js')).href
  const { bin } = await tsImport(binUrl, import.meta.url)
  await bin()
} finally {
  clearInterval(keepAlive)
}
