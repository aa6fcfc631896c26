import {
  ValidationError,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type Field,
  type GlobalConfig,
} from 'payload'

import { limitErrors, textLimits } from './limitCheck'

/** Fields as configured, with a `maxLength` wherever none is set, so the admin shows the limit. */
export function withTextLimits(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    switch (field.type) {
      case 'text':
      case 'textarea':
        return { ...field, maxLength: field.maxLength ?? textLimits[field.type] }
      case 'row':
      case 'collapsible':
      case 'group':
      case 'array':
        return { ...field, fields: withTextLimits(field.fields) }
      case 'blocks':
        return {
          ...field,
          blocks: (field.blocks ?? []).map((block) => ({ ...block, fields: withTextLimits(block.fields) })),
        }
      case 'tabs':
        return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withTextLimits(tab.fields) })) }
      default:
        return field
    }
  })
}

function refuse(fields: Field[], data: unknown, owner: { collection: string } | { global: string }): void {
  const errors = limitErrors(fields, data)
  if (errors.length > 0) throw new ValidationError({ ...owner, errors })
}

/**
 * Text limits on a collection: defaults on its fields, and a check of every create and update
 * before anything else runs (field hooks such as the slug's would otherwise work on a 60 MB
 * title first). Field validation cannot do it: Payload skips it for drafts and autosaves
 * (`versions.drafts.validate` is false so that unfinished drafts save), and a field's own
 * `validate` replaces the built-in length check.
 */
export function limitCollection<T extends CollectionConfig>(collection: T): T {
  const fields = withTextLimits(collection.fields)
  const check: CollectionBeforeOperationHook = ({ args, operation }) => {
    if (operation === 'create' || operation === 'update')
      refuse(fields, (args as { data?: unknown }).data, { collection: collection.slug })
    return args
  }
  const beforeOperation = [check, ...(collection.hooks?.beforeOperation ?? [])]
  return { ...collection, fields, hooks: { ...collection.hooks, beforeOperation } }
}

/** The same for a global (its updates). */
export function limitGlobal<T extends GlobalConfig>(global: T): T {
  const fields = withTextLimits(global.fields)
  type Hook = NonNullable<NonNullable<GlobalConfig['hooks']>['beforeOperation']>[number]
  const check: Hook = ({ args, operation }) => {
    if (operation === 'update') refuse(fields, (args as { data?: unknown }).data, { global: global.slug })
    return args
  }
  const beforeOperation = [check, ...(global.hooks?.beforeOperation ?? [])]
  return { ...global, fields, hooks: { ...global.hooks, beforeOperation } }
}
