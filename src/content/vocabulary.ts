/** Fixed vocabularies of the content model, shared by collections, seed data and the site. */

export const eventTypes = [
  'high-level-event',
  'meeting',
  'roundtable',
  'summit',
  'session',
  'signing',
] as const
export const participationRoles = ['host', 'speaker', 'delegation', 'attendee', 'organiser'] as const
export const documentTypes = [
  'resolution',
  'declaration',
  'memorandum',
  'convention',
  'strategy',
  'agreement',
  'roadmap',
  'charter',
  'programme',
] as const
