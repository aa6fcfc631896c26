import type { CollectionBeforeOperationHook } from 'payload'

import { isStaff } from './roles'

/**
 * Join fields (a topic's releases, a participant's speeches and events, a document's citing
 * releases) are for the admin's edit view; the site reads none of them (src/data asks with
 * `joins: false`). A public read through the REST API gets none either: each join sorts all of
 * its matches before taking its page, so at 100,000 releases a topic's join cost ~15 ms and
 * `GET /api/topics?limit=100` held the server 0.44 s (SQLite reads block the event loop, so every
 * other reader waited), growing with the archive (issue 12). Staff reads keep them, and so do
 * the server's own reads (overrideAccess).
 */
export const staffJoinsOnly: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read') return args
  const read = args as { overrideAccess?: boolean }
  if (read.overrideAccess || isStaff(req.user)) return args
  return { ...args, joins: false }
}

type Fields = readonly unknown[] | undefined

/** Whether fields hold a join, however deep in rows, collapsibles, groups and tabs. */
function hasJoin(fields: Fields): boolean {
  return (fields ?? []).some((field) => {
    const {
      type,
      fields: inner,
      tabs,
    } = field as { type?: string; fields?: Fields; tabs?: { fields?: Fields }[] }
    return type === 'join' || hasJoin(inner) || (tabs ?? []).some((tab) => hasJoin(tab.fields))
  })
}

/** A collection with join fields gets `staffJoinsOnly` first among its beforeOperation hooks. */
export function withStaffJoins<C extends object>(collection: C): C {
  const { fields, hooks } = collection as { fields?: Fields; hooks?: { beforeOperation?: unknown[] } }
  if (!hasJoin(fields)) return collection
  return {
    ...collection,
    hooks: { ...hooks, beforeOperation: [staffJoinsOnly, ...(hooks?.beforeOperation ?? [])] },
  }
}
