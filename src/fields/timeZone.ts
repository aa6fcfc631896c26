import { ValidationError, type DateField, type DefaultValue, type FieldHook, type TextField } from 'payload'

import { canonicalTimeZone } from '@/content/timeZones'

/**
 * Any name the runtime knows is stored under its current IANA name; anything else is refused
 * here, drafts included: Payload 3.90 inserts the `_tz` select after sanitising the fields, so it
 * never gets the select's validation (payload/dist/fields/config/sanitize.js), and a stored
 * "Mars/Olympus" would make every page formatting that date throw.
 */
export const toCurrentName: FieldHook = ({ collection, global, path, value }) => {
  if (value === null || value === undefined || value === '') return value
  const current = canonicalTimeZone(value)
  if (current !== undefined) return current
  const field = path.join('.')
  throw new ValidationError({
    collection: collection?.slug,
    global: global?.slug,
    errors: [
      {
        path: field,
        message: `${field} must be an IANA time zone such as Europe/Vienna, not ${JSON.stringify(value)}`,
      },
    ],
  })
}

/** The organisation's zone (Settings › Time zone), what a new date's zone starts as. */
const organisationTimeZone: DefaultValue = async ({ req }) => {
  // Without `req`: the Local API would reset the request's locale and fallback locale to its own.
  const settings = await req.payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true })
  return canonicalTimeZone(settings.timeZone) ?? 'UTC'
}

/**
 * A date field's own time zone (Payload's `timezone` option, stored beside it as `<name>_tz`, with
 * the admin's options from `supportedTimezones`, src/content/timeZones.ts). Old names and links
 * (Asia/Calcutta, Etc/UTC) are renamed, so the options list each zone once and a zone saved
 * under an old name before is renamed when sent again.
 */
export function zonedDate({ required = false }: { required?: boolean } = {}): NonNullable<
  DateField['timezone']
> {
  return {
    required,
    override: ({ baseField }) => ({
      ...baseField,
      defaultValue: organisationTimeZone,
      hooks: {
        ...baseField.hooks,
        beforeValidate: [...(baseField.hooks?.beforeValidate ?? []), toCurrentName],
      },
    }),
  }
}

/**
 * A zone chosen on its own (Settings › Time zone): stored as text under its current IANA name,
 * picked in the admin's searchable zone picker, refused with a 400 naming the field otherwise.
 */
export function timeZoneField({
  name,
  label,
  description,
}: {
  name: string
  label: string
  description: string
}): TextField {
  return {
    name,
    type: 'text',
    label,
    required: true,
    defaultValue: 'UTC',
    hooks: { beforeValidate: [toCurrentName] },
    admin: { description, components: { Field: '/src/workflow/admin/TimeZoneField#TimeZoneField' } },
  }
}
