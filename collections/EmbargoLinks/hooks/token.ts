import { randomBytes } from 'node:crypto'

import type { FieldHook } from 'payload'

import type { EmbargoLink } from '@/payload-types'

const newEmbargoToken = (): string => randomBytes(24).toString('base64url')

/** The token is the journalist's credential: made once, on creation, and never rewritten. */
export const assignToken: FieldHook<EmbargoLink, string | null | undefined> = ({ operation, originalDoc }) =>
  operation === 'create' ? newEmbargoToken() : originalDoc?.token

/** The link to send, built from the token on every read (never stored). */
export const linkUrl: FieldHook<EmbargoLink, string | undefined> = ({ data, req }) =>
  data?.token ? `${req.payload.config.serverURL || 'http://localhost:3000'}/embargo/${data.token}` : undefined
