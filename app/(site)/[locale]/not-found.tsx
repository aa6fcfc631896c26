import { NotFoundView } from '@/site/NotFoundView.client'

/** No data here: this element travels in the payload of every page (see src/site/latestHeadlines.ts). */
export default function NotFound() {
  return <NotFoundView />
}
