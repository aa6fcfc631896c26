import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'

/** Every run starts from an empty folder of throw-away databases. */
export default function setup(): () => void {
  const dir = path.resolve('tmp', 'tests')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  return () => rmSync(dir, { recursive: true, force: true })
}
