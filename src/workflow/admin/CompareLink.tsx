'use client'

import { useState } from 'react'

import type { EditorialStatus } from '../status'

/** Versions whose text an editor approved: the reference a reviewer compares the new text with. */
const approvedStatuses: readonly EditorialStatus[] = ['approved', 'scheduled', 'published']

type VersionList = { docs?: { id: number | string }[] }

/**
 * How long the link waits for the two versions before opening the list of versions instead: the
 * editor clicked to read, not to watch a link that does nothing while the server is busy.
 */
const COMPARE_WAIT_MS = 4_000

/** The newest version of release `id` that matches `where`, as REST query parameters. */
async function newestVersion(id: number | string, where: Record<string, string>, signal: AbortSignal) {
  const query = new URLSearchParams({
    'where[parent][equals]': String(id),
    sort: '-updatedAt',
    limit: '1',
    depth: '0',
    ...where,
  })
  const response = await fetch(`/api/press-releases/versions?${query}`, { credentials: 'include', signal })
  if (!response.ok) return undefined
  return ((await response.json()) as VersionList).docs?.[0]?.id
}

/**
 * "Compare with the approved or published version": opens Payload's comparison (the version
 * view, /admin/collections/:slug/:id/versions/:versionId?versionFrom=:otherId in Payload 3.90)
 * of the latest text against the last version an editor approved or published. Without such a
 * version, or when the versions take longer than COMPARE_WAIT_MS to come, the list of versions.
 */
export function CompareLink({ id }: { id: number | string }) {
  const list = `/admin/collections/press-releases/${id}/versions`
  const [busy, setBusy] = useState(false)
  // Asked on click, not on load: autosave keeps adding versions while the page is open.
  async function open(event: React.MouseEvent<HTMLAnchorElement>) {
    event.preventDefault()
    setBusy(true)
    const approved = Object.fromEntries(
      approvedStatuses.map((status, index) => [`where[version.editorialStatus][in][${index}]`, status]),
    )
    const signal = AbortSignal.timeout(COMPARE_WAIT_MS)
    const [latest, reference] = await Promise.all([
      newestVersion(id, {}, signal),
      newestVersion(id, approved, signal),
    ]).catch(() => [undefined, undefined])
    window.location.assign(
      latest !== undefined && reference !== undefined && latest !== reference
        ? `${list}/${latest}?versionFrom=${reference}`
        : list,
    )
  }
  return (
    <a href={list} onClick={(event) => void open(event)} aria-busy={busy}>
      Compare with the approved or published version
    </a>
  )
}
