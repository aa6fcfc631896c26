import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionBeforeReadHook,
} from 'payload'

import { isStaff } from '@/access/roles'
import { translationLocales, type Locale } from '@/content/locales'
import type { PressRelease } from '@/payload-types'
import type { WorkflowContext } from '@/workflow/context'
import { approvedLocales, heldForTranslations, type WithTranslations } from '@/workflow/translation/policy'
import { localizedPaths, withoutLanguages } from '@/workflow/translation/publicText'
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
      return [locale, settle(stored[locale] ?? {}, { english, own })]
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

/** The localized fields of the collection, found once per configuration. */
const pathsOf = new WeakMap<object, string[]>()

const forPublic = (req: { user?: unknown }, overrideAccess: unknown) =>
  !overrideAccess && !isStaff(req.user as Parameters<typeof isStaff>[0])

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
  let paths = pathsOf.get(collection.fields)
  if (!paths) pathsOf.set(collection.fields, (paths = localizedPaths(collection.fields)))
  return withoutLanguages(doc, paths, hidden)
}
