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
  /** Studiedomeinen of secondary school whose pupils often look here; an editorial link, not a rule. */
  domeinen: z.array(z.enum(DOMAIN_IDS)).default([]),
  /** What could not be verified (e.g. the exact official name); shown as a warning. */
  uncertain: z.string().min(10).optional(),
  source: sourceSchema,
  checked: checkedSchema,
});
export type StudiegebiedData = z.output<typeof studiegebiedSchema>;
