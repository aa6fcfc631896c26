import type { AfterErrorHook } from 'payload'

/**
 * Keeps the field-level detail of a validation error in REST answers. Payload's `formatErrors`
 * recognises its errors with `instanceof`, which fails in the production bundle (the route and
 * the operations see different copies of the error classes, and minification renames them to a
 * letter): the answer then carried only "The following field is invalid: Body", so the admin could
 * mark no field and say nothing of why (issue 10). This recognises the error by its shape instead.
 * Only public client errors: their messages were written for the user.
 */
type FieldError = { path?: unknown; message?: unknown }
type Described = Error & { status?: unknown; isPublic?: unknown; data?: { errors?: unknown } }

export function fieldErrorsOf(error: Error): FieldError[] | undefined {
  const { status, isPublic, data } = error as Described
  if (isPublic !== true || typeof status !== 'number' || status < 400 || status >= 500) return undefined
  const errors = data?.errors
  if (!Array.isArray(errors) || errors.length === 0) return undefined
  return errors.every((entry) => entry && typeof entry === 'object' && typeof entry.path === 'string')
    ? (errors as FieldError[])
    : undefined
}

export const keepFieldErrors: AfterErrorHook = ({ error, result }) => {
  if (!result || result.errors?.some((entry) => 'data' in entry)) return
  if (!fieldErrorsOf(error)) return
  const { data, message } = error as Described
  return {
    response: { errors: [{ name: 'ValidationError', data: data as Record<string, unknown>, message }] },
    status: (error as Described).status as number,
  }
}
