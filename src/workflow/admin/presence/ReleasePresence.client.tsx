'use client'

import type { DefaultCellComponentProps } from 'payload'

import { PresenceChips } from './PresenceChips'
import { usePresenceIn } from './watchPresence'

/** Who is in release `id` now, as badges beside its title (the dashboard, the translation matrix). */
export function ReleasePresence({ id }: { id: number | string }) {
  const people = usePresenceIn(id)
  return <PresenceChips people={people ?? []} label="In this release now" />
}

/** The admin's list of releases: a column of who is in each one now. */
export function PresenceCell({ rowData }: DefaultCellComponentProps) {
  const id = (rowData as { id?: number | string } | undefined)?.id
  const people = usePresenceIn(id)
  return <PresenceChips people={people ?? []} label="In this release now" />
}
