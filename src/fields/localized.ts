import type { RichTextFieldValidation, Validate } from 'payload'
import { richText } from 'payload/shared'

import { defaultLocale } from '@/content/locales'

/**
 * "Required" for localized fields. Payload validates the locale being saved without fallback,
 * so `required: true` on a localized field refuses a Russian edit that leaves the English-only
 * fields untouched (and, see payloadcms/payload#15651, even some unpublish actions). The
 * default locale must have a value; other locales may stay empty and fall back to it.
 */
const inDefaultLocale = (locale: string | undefined) =>
  !locale || locale === defaultLocale || locale === 'all'

export const requiredInDefaultLocale: Validate = (value, { req }) => {
  if (!inDefaultLocale(req?.locale ?? undefined)) return true
  return (typeof value === 'string' && value.trim() !== '') || 'This field is required (in English at least).'
}

/** The same for rich text, keeping the editor's own validation (blocks, links) in every locale. */
export const richTextRequiredInDefaultLocale: RichTextFieldValidation = (value, options) =>
  richText(value, { ...options, required: inDefaultLocale(options.req?.locale ?? undefined) })
