// Writes communique-backends.vcl, the part of the Varnish configuration that differs per
// deployment (deploy/varnish/default.vcl includes it): the app instances Varnish balances
// across, and the secret a purge must carry.
//
//   VARNISH_BACKENDS=app1:3000,app2:3000 VARNISH_PURGE_SECRET=... \
//     node scripts/varnish-backends.mjs > /etc/varnish/communique-backends.vcl
//
// VARNISH_MAX_TTL (seconds, optional) caps how long Varnish keeps a page before asking again.
import { pathToFileURL } from 'node:url'

/**
 * The varnishd parameters the shipped configuration runs with (README, docker-compose.yml,
 * e2e/varnish.ts; tests/deploy.test.ts checks compose). Varnish writes every request's and
 * response's headers and VCL steps to its shared-memory log, which cost a cache hit more than
 * the VCL does (docs/benchmarks.md); the rest of the log stays (URL, status, timestamps, client).
 * While debugging: `varnishadm param.set vsl_mask +ReqHeader,+RespHeader`.
 */
export const varnishdParameters = [
  'vsl_mask=-ReqHeader,-RespHeader,-ReqUnset,-RespUnset,-VCL_call,-VCL_return,-VCL_acl',
]

const hostPattern = /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/

/**
 * Parses "host:port,host:port" (IPv4 or names; Varnish resolves a name once, when it loads the VCL).
 * @param {string | undefined} list
 * @returns {{ host: string, port: number }[]}
 */
export function parseBackends(list) {
  const entries = (list ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (entries.length === 0)
    throw new Error(
      'VARNISH_BACKENDS must list the app instances as host:port, comma-separated (app1:3000,app2:3000).',
    )
  return entries.map((entry) => {
    const match = /^(.+):(\d{1,5})$/.exec(entry)
    const port = Number(match?.[2])
    if (!match || !hostPattern.test(match[1]) || port < 1 || port > 65535)
      throw new Error(`VARNISH_BACKENDS: "${entry}" is not host:port (e.g. app1:3000).`)
    return { host: match[1], port }
  })
}

/**
 * The VCL to include. The secret goes into a VCL string: at least 32 characters, and none of
 * the characters a VCL string cannot hold.
 * @param {{ backends: { host: string, port: number }[], secret: string, maxTtlSeconds?: number }} options
 * @returns {string}
 */
export function backendsVcl({ backends, secret, maxTtlSeconds }) {
  if (typeof secret !== 'string' || secret.length < 32 || !/^[\x21\x23-\x5b\x5d-\x7e]+$/.test(secret))
    throw new Error(
      'VARNISH_PURGE_SECRET must be at least 32 printable characters without spaces, quotes or backslashes (openssl rand -hex 32).',
    )
  const names = backends.map((_, index) => `app${index + 1}`)
  const declarations = backends.map(
    ({ host, port }, index) =>
      `backend ${names[index]} {\n    .host = "${host}";\n    .port = "${port}";\n    .probe = communique_health;\n    .connect_timeout = 2s;\n    .first_byte_timeout = 30s;\n}\n`,
  )
  const cap =
    maxTtlSeconds === undefined
      ? ''
      : `    if (beresp.ttl > ${maxTtlSeconds}s) {\n        set beresp.ttl = ${maxTtlSeconds}s;\n    }\n`
  return [
    '# Written by scripts/varnish-backends.mjs: the app instances and the purge secret.',
    '# It holds the secret: readable by root and the varnish group only (chmod 640).',
    '',
    ...declarations,
    'sub vcl_init {',
    ...names.map((name) => `    instances.add_backend(${name});`),
    '}',
    '',
    'sub communique_check_secret {',
    `    if (req.http.X-Purge-Secret == "${secret}") {`,
    '        set req.http.X-Purge-Allowed = "1";',
    '    }',
    '}',
    '',
    'sub communique_backend_response {',
    cap + '}',
    '',
  ].join('\n')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const maxTtl = process.env.VARNISH_MAX_TTL
    if (maxTtl !== undefined && !/^\d{1,7}$/.test(maxTtl))
      throw new Error('VARNISH_MAX_TTL must be a number of seconds.')
    process.stdout.write(
      backendsVcl({
        backends: parseBackends(process.env.VARNISH_BACKENDS),
        secret: process.env.VARNISH_PURGE_SECRET ?? '',
        maxTtlSeconds: maxTtl === undefined ? undefined : Number(maxTtl),
      }),
    )
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  }
}
