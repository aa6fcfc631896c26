'use client'

import { ReactSelect } from '@payloadcms/ui'
import { useEffect, useMemo, useState } from 'react'

import { matchesZone, timeZoneLabel, timeZones } from '@/content/timeZones'

type Props = {
  /** The input's id, for a <label htmlFor>. */
  id: string
  value: string
  onChange: (zone: string) => void
  disabled?: boolean
}

/**
 * The one time-zone picker of the admin: a combobox that filters its 400-odd zones as one types,
 * each shown with its current offset from UTC ("Asia/Shanghai (UTC+08:00)"). Payload's own
 * searchable select, so it looks and behaves like the date fields' zone picker.
 */
export function TimeZoneSelect({ id, value, onChange, disabled }: Props) {
  const options = useMemo(() => timeZones.map((zone) => ({ label: timeZoneLabel(zone), value: zone })), [])
  const selected = options.find((option) => option.value === value)
  return (
    <ReactSelect
      className="time-zone-select"
      inputId={id}
      options={options}
      value={selected}
      isClearable={false}
      disabled={disabled}
      placeholder="Type to search: a city or an offset"
      filterOption={(option, search) => matchesZone(option.label, search)}
      onChange={(option) => {
        if (option && !Array.isArray(option) && typeof option.value === 'string') onChange(option.value)
      }}
    />
  )
}

/**
 * The organisation's own zone (Settings › Time zone), the pickers' default; UTC until it has been
 * read or when it cannot be.
 */
export function useOrganisationTimeZone(): string {
  const [zone, setZone] = useState('UTC')
  useEffect(() => {
    const controller = new AbortController()
    fetch('/api/globals/settings?depth=0', { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : {}))
      .then((settings: { timeZone?: unknown }) => {
        if (typeof settings.timeZone === 'string' && timeZones.includes(settings.timeZone))
          setZone(settings.timeZone)
      })
      .catch(() => undefined)
    return () => controller.abort()
  }, [])
  return zone
}
