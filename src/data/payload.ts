import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The one Payload instance the site's fetchers use. */
export function payloadClient(): Promise<Payload> {
  return getPayload({ config })
}
