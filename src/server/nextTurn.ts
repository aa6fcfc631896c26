/**
 * Lets the event loop turn once (a `setImmediate`), for a long run of database work that never
 * waits for anything: libsql answers at once, so such a run holds every other request until its
 * end, and libsql frees each prepared statement's native memory (~4 KB) only in a finalizer that
 * Node runs when the loop turns (tursodatabase/libsql-js#153). Measured in issue 12: a search
 * rebuild over 100,000 releases grew to 5 GB resident without a turn per page, and stayed flat
 * with one. The async context (the request's transaction) carries over.
 */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))
