/**
 * The one field co-edited live: the body of a press release. Read by the sync server (its rooms,
 * src/collab), the body editor's plugin (src/blocks/collab/Plugin.client.tsx) and the save rule that
 * leaves that field to the sync server (src/fields/concurrentSaves.ts). Another field or collection
 * would need the sync server to load, store and guard it too (src/collab/store.ts).
 */
export const coEdited = { collection: 'press-releases', field: 'body' } as const
