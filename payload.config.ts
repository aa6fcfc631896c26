import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type Config } from 'payload'
import sharp from 'sharp'

import { Activity } from './collections/Activity'
import { Comments } from './collections/Comments'
import { Documents } from './collections/Documents'
import { EmbargoLinks } from './collections/EmbargoLinks'
import { Inbox } from './collections/Inbox'
import { Events } from './collections/Events'
import { Media } from './collections/Media'
import { Participants } from './collections/Participants'
import { PressReleases } from './collections/PressReleases'
import { Speeches } from './collections/Speeches'
import { Topics } from './collections/Topics'
import { Users } from './collections/Users'
import { isAdmin } from './src/access/roles'
import { Settings } from './src/globals/Settings'
import { fallbackName, initialsIconUrl } from './src/globals/branding/brand'
import { withStaffJoins } from '@/access/staffJoins'
import { withDataShapeCheck } from '@/fields/dataShape'
import { withMergedSaves } from '@/fields/concurrentSaves'
import { localization } from '@/content/locales'
import { timeZoneLabel, timeZones } from '@/content/timeZones'
import { saveFirstDraftOnChange } from '@/fields/firstDraft/config'
import { withoutCreateInPickers } from '@/fields/firstDraft/pickers'
import { limitCollection, limitGlobal } from '@/fields/limits'
import { dateTimeFormat } from '@/fields/dates'
import { databaseAdapter } from '@/server/db'
import { emailAdapter } from '@/server/email'
import { env } from '@/server/env'
import { keepFieldErrors } from '@/server/fieldErrors'
import { onInit } from '@/server/onInit'
import { megabytes, requestLimits } from '@/server/requestLimits'
import { publishScheduledReleaseTask, sendNotificationEmailTask } from './src/workflow/jobs'

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
    // Payload's default avatar is fetched from gravatar.com: an offline or privacy-minded newsroom
    // cannot reach it, and the admin's Content-Security-Policy refuses other origins.
    avatar: 'default',
    // The fallback: each admin page swaps in the organisation's name and mark from Settings
    // (app/(payload)/admin/[[...segments]]/page.tsx). Never Payload's icons.
    meta: {
      titleSuffix: '· Communiqué',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: initialsIconUrl(fallbackName) }],
    },
    // Every date with its year (src/fields/dates.ts).
    dateFormat: dateTimeFormat,
    components: {
      beforeDashboard: [
        // What concerns you: mentions, changes requested, assignments, publications (issue 15).
        '/src/workflow/conversation/InboxPanel#Inbox',
        '/src/workflow/admin/EditorialOverview#EditorialOverview',
        // Releases by language (issue 13).
        '/src/workflow/translation/admin/TranslationMatrix#TranslationMatrix',
      ],
      // The organisation's name and mark from Settings (issue 10, item 6).
      graphics: { Logo: '/src/globals/branding/Logo#Logo', Icon: '/src/globals/branding/Icon#Icon' },
    },
    importMap: { baseDir: dirname },
    // Each zone with its offset from UTC as the server starts ("Asia/Shanghai (UTC+08:00)").
    timezones: { supportedTimezones: timeZones.map((zone) => ({ label: timeZoneLabel(zone), value: zone })) },
  },
  // Text limits on every save, drafts included (src/fields/limits.ts).
  collections: withoutCreateInPickers(
    [
      PressReleases,
      Comments,
      Inbox,
      EmbargoLinks,
      Events,
      Speeches,
      Participants,
      Documents,
      Topics,
      Media,
      Users,
      Activity,
      // Checked before every other hook, drafts included (issue 11): sizes first (cheap, and no hook
      // then works on a 60 MB title), then JSON types and related ids. Each wrapper puts its hook first.
    ]
      // A whole-form save from an older copy merges with a colleague's save (issue 15).
      .map(withMergedSaves)
      .map(withDataShapeCheck)
      .map(limitCollection)
      // "Create new" saves nothing until something is typed (src/fields/firstDraft/config.ts).
      .map(saveFirstDraftOnChange)
      // Join fields for staff reads only: a visitor's read never sorts a record's archive (issue 12).
      .map(withStaffJoins),
  ),
  globals: [Settings].map(limitGlobal),
  // Multipart uploads over the limit stop while being read, with a 413 (Payload's parser).
  upload: {
    limits: { fileSize: requestLimits.uploadBytes },
    responseOnLimit: `The file is too large: files may be at most ${megabytes(requestLimits.uploadBytes)}.`,
  },
  localization,
  // Written by `npm run generate:types` (formatted, checked in CI), never as a side effect of a start.
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts'), autoGenerate: false },
  graphQL: { schemaOutputFile: path.resolve(dirname, 'src/schema.graphql') },
  telemetry: false,
  // A wrong password or an address held back is the visitor's doing, not a fault: one line each,
  // without a stack trace, so that a guessing run cannot bury real errors. Payload looks levels up
  // by the error's name; its type lists only its own errors, hence the cast for ours
  // (collections/Users/hooks/loginGuard.ts).
  loggingLevels: { AuthenticationError: 'info', TooManyAttempts: 'info' } as Config['loggingLevels'],
  onInit,
  hooks: { afterError: [keepFieldErrors] },
  jobs: {
    tasks: [publishScheduledReleaseTask, sendNotificationEmailTask],
    // Runs every minute in every process that starts Payload with crons: the production server
    // (instrumentation.ts, unless COMMUNIQUE_JOBS=off) and the worker (`npm run jobs:worker`).
    // Run it in one process only: Payload claims a job with a read, then an update (not atomic,
    // @payloadcms/drizzle's updateJobs), so two runners could both run the same job.
    autoRun: [{ cron: '* * * * *', queue: 'default', limit: 50 }],
    access: {
      run: ({ req }) => isAdmin(req.user),
      queue: () => false,
      cancel: ({ req }) => isAdmin(req.user),
    },
  },
})
