'use client'

import type { DefaultCellComponentProps } from 'payload'

/**
 * A checkbox in a list as a word ("Resolved", "Open") instead of Payload's "true"/"false" in
 * code type (@payloadcms/ui 3.90.1, Table/DefaultCell/fields/Checkbox). Set by `checkboxWords`.
 */
export function BooleanCell({ cellData, yes, no }: DefaultCellComponentProps & { yes: string; no: string }) {
  return <span className="boolean-cell">{cellData ? yes : no}</span>
}
