/**
 * Schema of a studiegebied of higher education (content/studiegebieden/<id>.yaml): the official grouping of
 * programmes in the Codex Hoger Onderwijs, used on the pages that group programmes.
 */
import { z } from 'astro/zod';
import { DOMAIN_IDS } from './enums.ts';
import { checkedSchema, sourceSchema } from './source.ts';

export const studiegebiedSchema = z.object({
  /** Official name of the studiegebied. */
  name: z.string().min(3),
  /** One or two sentences in plain Dutch; neutral, never copied. */
  description: z.string().min(20).max(320),
  /**
   * Studiedomeinen of secondary school whose richtingen prepare well for this studiegebied; an editorial link, not a
   * rule. It drives the aansluiting (src/lib/ho/aansluiting.ts): every richting of the 3de graad and 7de jaar in one of
   * these domeinen is shown as a good start. `domeinoverschrijdend` links the broad theoretical richtingen. How to
   * fill it: README, "Hoger onderwijs: aansluiting and suggestions".
   */
  domeinen: z.array(z.enum(DOMAIN_IDS)).default([]),
  /** What could not be verified (e.g. the exact official name); shown as a warning. */
  uncertain: z.string().min(10).optional(),
  source: sourceSchema,
  checked: checkedSchema,
});
export type StudiegebiedData = z.output<typeof studiegebiedSchema>;
