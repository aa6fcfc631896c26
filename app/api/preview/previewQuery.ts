import { z } from 'zod'

import { safeSitePath } from '@/site/previewPath'

/**
 * The query of /api/preview and /api/preview/exit: `path`, the site page to open. A path of
 * another origin is not an error but leads home (safeSitePath: no open redirect).
 */
export const previewQuery = z.object({
  path: z
    .string({ error: 'must be given once, as a page of this site such as /en/news/some-slug' })
    .max(2048, 'must be at most 2048 characters')
    .optional()
    .transform((path) => safeSitePath(path ?? null)),
})
