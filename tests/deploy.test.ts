import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'
import YAML from 'yaml'

import { parseBackends, varnishdParameters } from '../scripts/varnish-backends.mjs'

/**
 * docker-compose.yml and the Dockerfile cannot be run here (no Docker engine): these checks keep
 * them consistent by construction with what the app and the shipped Varnish configuration expect
 * (issue 14): every name points at something that exists, Varnish is wired to the replicas and
 * they to it, and the image's Node satisfies what the dependencies declare.
 */
type Service = {
  image?: string
  build?: string
  command?: string[]
  environment?: Record<string, string>
  depends_on?: Record<string, { condition: string }>
  volumes?: string[]
  ports?: string[]
}
const root = path.resolve(import.meta.dirname, '..')
const compose = YAML.parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, Service>
  volumes: Record<string, unknown>
}
const services = compose.services
const appServices = Object.entries(services).filter(([, service]) => service.image === 'communique:latest')

describe('docker-compose.yml', () => {
  it('names only services and volumes it declares', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const dependency of Object.keys(service.depends_on ?? {}))
        expect(services, `${name} depends on ${dependency}`).toHaveProperty([dependency])
      for (const volume of service.volumes ?? []) {
        const source = volume.split(':')[0]!
        if (source.startsWith('.'))
          expect(existsSync(path.join(root, source)), `${name}: ${source}`).toBe(true)
        else expect(compose.volumes, `${name}: volume ${source}`).toHaveProperty([source])
      }
    }
  })

  it('puts Varnish in front of the replicas, with the shipped VCL and the generated backends on its vcl_path', () => {
    const varnish = services.varnish!
    expect(varnish.volumes).toContain('./deploy/varnish/default.vcl:/etc/varnish/default.vcl:ro')
    const generated = varnish.volumes!.find((volume) => volume.startsWith('varnish-config:'))!.split(':')[1]!
    const vclPath = varnish.command![varnish.command!.indexOf('-p') + 1]!
    expect(vclPath.replace(/^vcl_path=/, '').split(':')).toContain(generated)
    for (const parameter of varnishdParameters) expect(varnish.command).toContain(parameter)
    expect(varnish.depends_on?.['varnish-config']?.condition).toBe('service_completed_successfully')
    // The public address: SERVER_URL's default, where staff sign in (CSRF checks the origin).
    expect(varnish.ports).toContain('3000:80')
    expect(services.app1!.environment!.SERVER_URL).toContain('localhost:3000')

    const config = services['varnish-config']!
    expect(config.command!.join(' ')).toContain('node scripts/varnish-backends.mjs > /varnish/')
    const backends = parseBackends(config.environment!.VARNISH_BACKENDS)
    expect(backends.length).toBeGreaterThanOrEqual(2)
    for (const { host, port } of backends) {
      // Next.js alone: the replicas share the one co-editing sync server, the collab service.
      expect(services[host]?.command, host).toEqual(['npm', 'run', 'start:web'])
      expect(port).toBe(3000) // the Dockerfile's PORT
      expect(varnish.depends_on?.[host], host).toBeDefined()
    }
  })

  it('runs one co-editing sync server, on the port every replica names to browsers', () => {
    const collab = services.collab!
    expect(collab.command).toEqual(['npm', 'run', 'collab'])
    const port = String(services.app1!.environment!.COLLAB_PORT)
    expect(collab.ports).toContain(`${port}:${port}`)
    for (const [name, service] of appServices)
      if (service.command?.includes('start:web')) expect(service.environment?.COLLAB_PORT, name).toBe(port)
  })

  it('has the replicas and the worker purge that Varnish with its secret, the queue in the worker only', () => {
    const secret = services['varnish-config']!.environment!.VARNISH_PURGE_SECRET
    expect(secret).toMatch(/^\$\{VARNISH_PURGE_SECRET:\?/)
    for (const [name, service] of appServices) {
      if (name === 'varnish-config') continue
      expect(service.environment?.VARNISH_URL, name).toBe('http://varnish:80')
      expect(service.environment?.VARNISH_PURGE_SECRET, name).toBe(secret)
      expect(service.environment?.REVALIDATE_URL, name).toBe('http://varnish:80')
      expect(service.environment?.COMMUNIQUE_JOBS, name).toBe('off')
    }
    expect(services.worker!.command).toEqual(['npm', 'run', 'jobs:worker'])
  })

  it('has the worker alone fill an empty search index at start', () => {
    for (const [name, service] of appServices) {
      if (name === 'varnish-config') continue
      expect(service.environment?.COMMUNIQUE_MAINTENANCE, name).toBe(name === 'worker' ? 'on' : 'off')
    }
  })
})

/** Whether Node `major` (its newest release) satisfies an `engines.node` range of the forms npm packages use here. */
function nodeSatisfies(major: number, range: string): boolean {
  return range.split('||').some((alternative) =>
    alternative
      .trim()
      .split(/\s+(?=[>^<=~])/)
      .every((part) => {
        const match = /^(>=|\^|~|>|<=|<)?\s*(\d+)(?:\.(\d+))?/.exec(part.trim())
        if (!match) return false
        const wanted = Number(match[2])
        switch (match[1]) {
          case '^':
          case '~':
          case undefined:
            return major === wanted
          case '>=':
            return major >= wanted
          case '>':
            return major > wanted || (major === wanted && Number(match[3] ?? 0) < 99)
          case '<':
            return major < wanted
          default:
            return major <= wanted
        }
      }),
  )
}

describe('Dockerfile', () => {
  it('runs a Node that every dependency declares it supports', () => {
    const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8')
    const majors = [...dockerfile.matchAll(/^FROM node:(\d+)-/gm)].map((match) => Number(match[1]))
    expect(majors.length).toBeGreaterThan(0)
    const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>
    }
    for (const name of Object.keys(packageJson.dependencies)) {
      const manifest = JSON.parse(
        readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8'),
      ) as {
        engines?: { node?: string }
      }
      const range = manifest.engines?.node
      if (range)
        for (const major of majors) expect(nodeSatisfies(major, range), `${name}: ${range}`).toBe(true)
    }
  })

  it('reads engines ranges as npm does', () => {
    expect(nodeSatisfies(20, '>=22.0.0')).toBe(false)
    expect(nodeSatisfies(22, '>=22.0.0')).toBe(true)
    expect(nodeSatisfies(22, '^18.17.0 || ^20.3.0 || >=21.0.0')).toBe(true)
    expect(nodeSatisfies(19, '^18.17.0 || ^20.3.0 || >=21.0.0')).toBe(false)
    expect(nodeSatisfies(22, '>= 20.0.0')).toBe(true)
    expect(nodeSatisfies(24, '>=18 <23')).toBe(false)
  })
})
