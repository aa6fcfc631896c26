'use client'

import { FieldDescription, FieldError, FieldLabel, useField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

import { TimeZoneSelect } from './TimeZoneSelect'

/** A text field holding a zone name (Settings › Time zone), edited with the admin's zone picker. */
export const TimeZoneField: TextFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const path = pathFromProps ?? field.name
  const { value, setValue, showError } = useField<string>({ path })
  const id = `field-${path.replace(/\./g, '__')}`
  return (
    <div className={`field-type text time-zone-field${showError ? ' error' : ''}`}>
      <FieldLabel htmlFor={id} label={field.label} required={field.required} path={path} />
      <FieldError path={path} showError={showError} />
      <TimeZoneSelect id={id} value={value ?? 'UTC'} onChange={setValue} disabled={readOnly} />
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  )
}
