import type { SeedDataInput } from '../schema'
import { documents } from './documents'
import { events } from './events'
import { participants } from './participants'
import { releases } from './releases'
import { speeches } from './speeches'
import { topics } from './topics'
import { translations } from './translations'

/** The demo newsroom's hand-written data, drawn from the five source texts in ../shared/seeds. */
export const seedData: SeedDataInput = {
  participants,
  events,
  speeches,
  documents,
  topics,
  releases,
  translations,
}
