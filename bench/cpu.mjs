// @ts-check
// CPU time of a server process and its descendants (Linux /proc), and the process listening on a
// port, so that a benchmark can charge CPU per request to a server it did not start.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, readlinkSync } from 'node:fs'

const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100

/** A process and its descendants. @param {number} pid */
export function processTree(pid) {
  const pids = [pid]
  for (let i = 0; i < pids.length; i++) {
    try {
      for (const task of readdirSync(`/proc/${pids[i]}/task`)) {
        const children = readFileSync(`/proc/${pids[i]}/task/${task}/children`, 'utf8').trim()
        if (children) pids.push(...children.split(/\s+/).map(Number))
      }
    } catch {
      // gone meanwhile
    }
  }
  return pids
}

/** User plus system CPU time of a process and its descendants, in milliseconds. @param {number} pid */
export function cpuMs(pid) {
  let ticks = 0
  for (const id of processTree(pid)) {
    try {
      // The fields after the command name, which may hold spaces: utime and stime are 14 and 15.
      const fields = readFileSync(`/proc/${id}/stat`, 'utf8')
        .replace(/^.*\) /s, '')
        .split(' ')
      ticks += Number(fields[11]) + Number(fields[12])
    } catch {
      // gone meanwhile
    }
  }
  return (ticks * 1000) / ticksPerSecond
}

/** The process listening on a TCP port on this machine, or undefined. @param {number} port */
export function pidListeningOn(port) {
  const hex = port.toString(16).toUpperCase().padStart(4, '0')
  const inodes = new Set()
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let rows = []
    try {
      rows = readFileSync(table, 'utf8').trim().split('\n').slice(1)
    } catch {
      continue
    }
    for (const row of rows) {
      const columns = row.trim().split(/\s+/)
      // local_address is ADDR:PORT; state 0A is LISTEN; the inode is column 10.
      if (columns[1]?.endsWith(`:${hex}`) && columns[3] === '0A') inodes.add(columns[9])
    }
  }
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      for (const fd of readdirSync(`/proc/${entry}/fd`)) {
        const target = readlinkSync(`/proc/${entry}/fd/${fd}`)
        if (inodes.has(/^socket:\[(\d+)\]$/.exec(target)?.[1])) return Number(entry)
      }
    } catch {
      // not ours to read, or gone
    }
  }
  return undefined
}
