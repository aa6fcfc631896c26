import type { Access, FieldAccess, PayloadRequest, TypedUser, Where } from 'payload'

/**
 * The one place that says what a role may do. Every collection and field rule is built from
 * these predicates, and code that must name a group of roles (a query for the editors) takes the
 * set from here: nothing else compares role names.
 */

export const roles = ['admin', 'editor', 'press-officer'] as const
export type Role = (typeof roles)[number]

/** The roles that may approve and publish. */
export const editorRoles: readonly Role[] = ['editor', 'admin']

export const roleLabels: Record<Role, string> = {
  admin: 'Administrator',
  editor: 'Editor',
  'press-officer': 'Press officer',
}

/** The staff users collection; any other auth collection gets no staff rights. */
const staffCollectionSlug = 'users'

/** A user as the server (TypedUser) or the admin's client (ClientUser) holds it. */
type MaybeUser = Pick<TypedUser, 'collection'> | { collection?: string } | null | undefined

function roleOf(user: MaybeUser): Role | undefined {
  if (!user || user.collection !== staffCollectionSlug) return undefined
  const role = (user as { role?: unknown }).role
  return roles.includes(role as Role) ? (role as Role) : undefined
}

export const isStaff = (user: MaybeUser): boolean => roleOf(user) !== undefined
export const isEditor = (user: MaybeUser): boolean => {
  const role = roleOf(user)
  return role !== undefined && editorRoles.includes(role)
}
export const isAdmin = (user: MaybeUser): boolean => roleOf(user) === 'admin'

/** Editors and admins may approve, publish, schedule and unpublish. */
export const canPublish = isEditor

/** The part a user plays in the review workflow (src/workflow/transitions.ts). */
export function workflowActor(user: MaybeUser): 'editor' | 'press-officer' | undefined {
  if (isEditor(user)) return 'editor'
  return isStaff(user) ? 'press-officer' : undefined
}

type Args = { req: PayloadRequest }

export const anyone: Access = () => true
export const staffOnly: Access = ({ req }: Args) => isStaff(req.user)
export const editorsOnly: Access = ({ req }: Args) => isEditor(req.user)
export const adminsOnly: Access = ({ req }: Args) => isAdmin(req.user)
export const nobody: Access = () => false

/** Staff read everything; the public only what is published. */
export const publishedOrStaff: Access = ({ req }: Args) => {
  if (isStaff(req.user)) return true
  return { _status: { equals: 'published' } } satisfies Where
}

/**
 * Staff save drafts; only editors write a published status. Payload asks this rule with the
 * status a write (or a restore) would give, and the admin asks it with `_status: published` to
 * decide whether to show its Publish button, so officers do not see one.
 */
export const staffDraftsEditorsPublish: Access = ({ req, data }) =>
  isStaff(req.user) &&
  ((data as { _status?: unknown } | undefined)?._status !== 'published' || canPublish(req.user))

/** Staff can use the admin panel; users of any other collection cannot. */
export const staffAdmin = ({ req }: Args): boolean => isStaff(req.user)

export const staffField: FieldAccess = ({ req }) => isStaff(req.user)
export const editorField: FieldAccess = ({ req }) => isEditor(req.user)
export const adminField: FieldAccess = ({ req }) => isAdmin(req.user)

/** A user may read and update their own record; admins may do so for everyone. */
export const adminOrSelf: Access = ({ req }: Args) => {
  if (isAdmin(req.user)) return true
  if (isStaff(req.user) && req.user) return { id: { equals: req.user.id } } satisfies Where
  return false
}
