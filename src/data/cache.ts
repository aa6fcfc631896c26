import { unstable_cache } from 'next/cache'

import { isStaff } from '@/access/roles'
import { cacheEpoch } from '@/cache/epoch'
import { revalidateSeconds } from '@/cache/tags'
import { publicViewer, type Viewer } from './viewer'

/**
 * A fetcher whose public answers are kept in Next's data cache under the tags that `tagsOf`
 * gives for its first argument; a previewing staff user always gets a fresh, uncached answer
 * with their own access rights, drafts of linked records included (Payload populates a draft
 * read with drafts). Draft mode without a staff user reads as the public: no draft, ever.
 */
export function cachedFetcher<Args extends unknown[], Result>(
  name: string,
  tagsOf: (first: NoInfer<Args>[0]) => string[],
  fetch: (viewer: Viewer, ...args: Args) => Promise<Result>,
): (viewer: Viewer, ...args: Args) => Promise<Result> {
  return (viewer, ...args) => {
    if (viewer.draft && isStaff(viewer.user)) return fetch(viewer, ...args)
    const cached = unstable_cache(
      () => fetch(publicViewer, ...args),
      [cacheEpoch(), name, JSON.stringify(args)],
      {
        tags: tagsOf(args[0]),
        revalidate: revalidateSeconds,
      },
    )
    return cached()
  }
}
