import { z } from 'zod'

import { safeSitePath } from '@/site/previewPath'

const isControl = (char: string) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f

/**
 * The query of /api/preview and /api/preview/exit: `path`, the site page to open. A path of
 * another origin is not an error but leads home (safeSitePath: no open redirect).
 */
export const previewQuery = z.object({
  path: z
    .string({ error: 'must be given once, as a page of this site such as /en/news/some-slug' })
    .max(2048, 'must be at most 2048 characters')
    // A line break in a redirect's Location header made Next.js throw: a 500 (issue 11).
    .refine((path) => ![...path].some(isControl), 'must not contain control characters such as a line break')
    .optional()
    .transform((path) => safeSitePath(path ?? null)),
})
