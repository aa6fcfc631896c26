import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Documents } from './collections/Documents'
import { Events } from './collections/Events'
import { Media } from './collections/Media'
import { Participants } from './collections/Participants'
import { PressReleases } from './collections/PressReleases'
import { Speeches } from './collections/Speeches'
import { Topics } from './collections/Topics'
import { Users } from './collections/Users'
import { Settings } from './src/globals/Settings'
import { timeZones } from './src/lib/content'
import { databaseAdapter } from './src/lib/db'
import { emailAdapter } from './src/lib/email'
import { env } from './src/lib/env'
import { onInit } from './src/lib/onInit'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const config = env()

export default buildConfig({
  serverURL: config.serverUrl,
  secret: config.payloadSecret,
  db: databaseAdapter(config.database),
  email: emailAdapter(config),
  editor: lexicalEditor(),
  sharp,
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · Communiqué' },
    importMap: { baseDir: dirname },
    timezones: { supportedTimezones: timeZones.map((zone) => ({ label: zone, value: zone })) },
  },
  collections: [PressReleases, Events, Speeches, Participants, Documents, Topics, Media, Users],
  globals: [Settings],
  localization: {
    locales: [
      { code: 'en', label: 'English' },
      { code: 'ru', label: 'Русский' },
      { code: 'zh', label: '中文' },
    ],
    defaultLocale: 'en',
    fallback: true,
  },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  graphQL: { schemaOutputFile: path.resolve(dirname, 'src/schema.graphql') },
  telemetry: false,
  onInit,
})
