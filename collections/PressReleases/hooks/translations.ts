import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionBeforeReadHook,
  type Where,
} from 'payload'

import { isStaff } from '@/access/roles'
import { approvedTranslationLocales, translationLocales, type Locale } from '@/content/locales'
import type { PressRelease } from '@/payload-types'
import type { WorkflowContext } from '@/workflow/context'
import { approvedLocales, heldForTranslations, type WithTranslations } from '@/workflow/translation/policy'
import { localizedPaths, withoutLanguages } from '@/workflow/translation/publicText'
import { publicLanguageField, publicWhere } from '@/workflow/translation/publicWhere'
import { partsOf } from '@/workflow/translation/parts'
import { settle, type TranslationState } from '@/workflow/translation/status'
import { mergedText, ownText, releaseTextIn } from '@/workflow/translation/text'

const context = (req: { context: unknown }) => req.context as WorkflowContext

/**
 * Every save brings the translation states up to date with the text it writes
 * (src/workflow/translation/status.ts): a save in English may make translations "need an
 * update", a save in Russian may make the Russian "missing" or take its marks away. A client
 * never writes the states itself; the translation actions do, already decided.
 */
export const settleTranslations: CollectionBeforeChangeHook<PressRelease> = ({ data, originalDoc, req }) => {
  const ctx = context(req)
  if (ctx.translationAction) return data
  // A restored version comes with the states of its own text.
  if (ctx.releaseRestore && data.translations) return data
  const saved = String(req.locale ?? 'en')
  const text = mergedText(data, originalDoc)
  const english = saved === 'en' || saved === 'all' ? partsOf(releaseTextIn(text, 'en', saved)) : undefined
  const stored = (originalDoc?.translations ?? {}) as Partial<Record<Locale, TranslationState>>
  const states = Object.fromEntries(
    translationLocales.map((locale) => {
      const own =
        saved === locale || saved === 'all' ? ownText(partsOf(releaseTextIn(text, locale, saved))) : undefined
      const state = settle(stored[locale] ?? {}, { english, own })
      // The desk's machine draft: marked until an editor approves it (status.ts keeps the mark).
      if (ctx.machineDraft === locale && own?.hasText) state.machine = true
      return [locale, state]
    }),
  )
  data.translations = states as PressRelease['translations']
  return data
}

/**
 * "Hold until every language is approved": a write that publishes (the admin's own button, the
 * REST API) is refused while a language is pending. The workflow actions check it themselves
 * (src/workflow/apply.ts), with the action's name; the scheduler acts on an editor's decision.
 */
export const holdForTranslations: CollectionBeforeChangeHook<PressRelease> = ({ data, originalDoc, req }) => {
  const ctx = context(req)
  if (ctx.workflowTransition || ctx.translationAction || !req.user) return data
  if (data._status !== 'published' || ctx.releaseActivity?.action === 'restore') return data
  const release: WithTranslations = {
    translationPolicy: data.translationPolicy ?? originalDoc?.translationPolicy,
    translations: data.translations as WithTranslations['translations'],
  }
  const held = heldForTranslations('Publish', release)
  if (held) throw new APIError(held, 409, null, true)
  return data
}

/** Keeps `publicLanguages` (translationFields.ts) equal to what the public reads, whatever a client sends. */
export const markPublicLanguages: CollectionBeforeChangeHook<PressRelease> = ({ data, originalDoc }) => {
  const approved = approvedTranslationLocales(data.translations ?? originalDoc?.translations)
  data.publicLanguages = Object.fromEntries(
    translationLocales.map((locale) => [publicLanguageField(locale), approved.includes(locale)]),
  ) as PressRelease['publicLanguages']
  return data
}

/** The localized fields of the collection, found once per configuration. */
const pathsOf = new WeakMap<object, string[]>()
const localizedOf = (fields: Parameters<typeof localizedPaths>[0]) => {
  let paths = pathsOf.get(fields)
  if (!paths) pathsOf.set(fields, (paths = localizedPaths(fields)))
  return paths
}

const forPublic = (req: { user?: unknown }, overrideAccess: unknown) =>
  !overrideAccess && !isStaff(req.user as Parameters<typeof isStaff>[0])

/**
 * A public `where` on a translated field matches what the public reads: the translation where
 * it is approved, the English elsewhere (src/workflow/translation/publicWhere.ts).
 */
export const publicFilters: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'read' && operation !== 'count' && operation !== 'readDistinct') return args
  const read = args as { where?: Where; overrideAccess?: boolean }
  if (!read.where || !forPublic(req, read.overrideAccess)) return args
  read.where = publicWhere(read.where, localizedOf(collection.fields), String(req.locale ?? 'en'))
  return args
}

/** A public read always fetches the states, which `hidePendingTranslations` needs (and the field's access then hides). */
export const selectTranslationStates: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read') return args
  const read = args as { select?: Record<string, unknown>; overrideAccess?: boolean }
  if (!read.select || !forPublic(req, read.overrideAccess)) return args
  const values = Object.values(read.select)
  if (values.length > 0 && values.every((value) => value === false)) delete read.select.translations
  else read.select = { ...read.select, translations: true }
  return args
}

/**
 * The public never reads a translation that is not approved (issue 13, item 2): with access
 * control on and no staff user, such a language is read as if it had no text, so English and
 * the fallback note are shown (src/workflow/translation/publicText.ts). Staff, and server code
 * that reads with `overrideAccess`, see every language.
 */
export const hidePendingTranslations: CollectionBeforeReadHook = ({
  collection,
  doc,
  overrideAccess,
  req,
}) => {
  if (!forPublic(req, overrideAccess)) return doc
  const approved = approvedLocales(doc as WithTranslations)
  const hidden = translationLocales.filter((locale) => !approved.includes(locale))
  if (hidden.length === 0) return doc
  return withoutLanguages(doc, localizedOf(collection.fields), hidden)
}
