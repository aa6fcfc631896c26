import type { CheckboxField } from 'payload'

/** A checkbox's list cell, in words: `checkboxWords('Resolved', 'Open')` (src/fields/BooleanCell.tsx). */
export const checkboxWords = (
  yes: string,
  no: string,
): NonNullable<CheckboxField['admin']>['components'] => ({
  Cell: { path: '/src/fields/BooleanCell#BooleanCell', clientProps: { yes, no } },
})
