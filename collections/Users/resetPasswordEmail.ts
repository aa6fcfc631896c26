import type { CollectionConfig } from 'payload'

type ForgotPassword = NonNullable<Exclude<NonNullable<CollectionConfig['auth']>, boolean>['forgotPassword']>

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/**
 * The password-reset email, in plain words. The link is built from the configured SERVER_URL,
 * never from the request's Host header (a forged Host would send the token to another site).
 * Payload sends it from inside the request's transaction (payload/dist/auth/operations/
 * forgotPassword.js:193); the SQLite write guard keeps that from holding other requests' writes
 * beyond the transaction itself (src/server/sqliteWriteGuard.ts).
 */
export const resetPasswordEmail: ForgotPassword = {
  // Payload's default, stated: one reset email per address per 15 s; later requests within the
  // interval answer the same 200 and send nothing.
  minRequestInterval: 15_000,
  generateEmailSubject: () => 'Reset your Communiqué password',
  generateEmailHTML: (args) => {
    const { req, token, user } = args ?? {}
    const config = req?.payload.config
    // The admin's own reset page: `${SERVER_URL}/admin/reset/<token>`.
    const link = `${config?.serverURL ?? ''}${config?.routes.admin ?? '/admin'}${config?.admin.routes.reset ?? '/reset'}/${token}`
    const name = typeof user?.name === 'string' ? escapeHtml(user.name) : 'there'
    return [
      `<p>Hello ${name},</p>`,
      '<p>Someone asked to reset the password of your Communiqué account. To choose a new password, open this link within the hour:</p>',
      `<p><a href="${link}">${link}</a></p>`,
      '<p>If you did not ask for this, ignore this email: your password stays as it is.</p>',
    ].join('\n')
  },
}
