import { z } from 'zod'

/** Pieces shared by the English data's schema (./schema.ts) and the translations' (./translationSchema.ts). */

/** A record's stable key, also its slug; records point to each other by key. */
export const key = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case key such as "vladimir-norov"')

/** One piece of a press release body. */
export const bodyNodeSchema = z.union([
  z.object({ heading: z.string().min(1) }),
  z.object({ paragraph: z.string().min(1) }),
  z.object({ list: z.array(z.string().min(1)).min(1) }),
  /** A quote block: the quote `index` of speech `speech`. */
  z.object({ quote: z.object({ speech: key, index: z.number().int().nonnegative() }) }),
  /** A document reference block. */
  z.object({ document: key }),
])
