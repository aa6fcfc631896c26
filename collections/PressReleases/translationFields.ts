import type { Field } from 'payload'

import { editorField, staffField } from '@/access/roles'
import { translationLocales, type Locale } from '@/content/locales'
import { languageName } from '@/workflow/translation/actions'
import { translationPolicies } from '@/workflow/translation/policy'
import { publicLanguageField } from '@/workflow/translation/publicWhere'
import { translationStatuses } from '@/workflow/translation/status'

/**
 * One language's translation state (src/workflow/translation/status.ts). Not localized: the
 * English edit view shows every language's. Written only by the hooks and the translation
 * actions (collections/PressReleases/hooks/translations.ts), whatever a client sends.
 */
function languageState(locale: Locale): Field {
  return {
    name: locale,
    type: 'group',
    label: languageName(locale),
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'status', type: 'select', options: [...translationStatuses], defaultValue: 'missing' },
          { name: 'assignee', type: 'relationship', relationTo: 'users' },
        ],
      },
      // The English when the translation was marked done, part by part (src/workflow/translation/parts.ts).
      { name: 'source', type: 'json', admin: { hidden: true } },
      { name: 'doneHash', type: 'text', admin: { hidden: true } },
      { name: 'approved', type: 'checkbox', admin: { hidden: true } },
      // A machine's first draft (src/workflow/translation/machine), until an editor approves it.
      { name: 'machine', type: 'checkbox', admin: { hidden: true } },
    ],
  }
}

export const translationFields: Field[] = [
  {
    name: 'translationPolicy',
    type: 'select',
    label: 'Translations and publication',
    options: [...translationPolicies],
    defaultValue: 'follow',
    access: { read: staffField, update: editorField },
    admin: { position: 'sidebar', description: 'Only an editor changes it.' },
  },
  {
    name: 'translations',
    type: 'group',
    label: 'Translations',
    access: { read: staffField },
    // Shown, with the text beside it, by the desk below.
    admin: { readOnly: true, hidden: true },
    fields: translationLocales.map(languageState),
  },
  {
    // Which translations the public reads (approvedTranslationLocales), kept by a hook on every
    // save. Public on purpose (the site's fallback note says as much): a public `where` on a
    // translated field is rewritten through it, so a pending translation never matches
    // (src/workflow/translation/publicWhere.ts), while the states above stay staff-only.
    name: 'publicLanguages',
    type: 'group',
    admin: { readOnly: true, hidden: true },
    // `ruPublic`, not `ru`: Payload's query validation strips a trailing `.ru` (the request's locale) from
    // a path, so `publicLanguages.ru` could not be queried (payload/dist/database/queryValidation/validateSearchParams.js).
    fields: translationLocales.map((locale): Field => ({
      name: publicLanguageField(locale),
      type: 'checkbox',
      defaultValue: false,
    })),
  },
  {
    name: 'translationDesk',
    type: 'ui',
    admin: { components: { Field: '/src/workflow/translation/admin/TranslationDesk#TranslationDesk' } },
  },
]
