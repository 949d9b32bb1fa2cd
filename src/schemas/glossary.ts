/** Schema of a glossary term (content/glossary/<id>.md). */
import { z } from 'astro/zod';
import { checkedSchema, sourceSchema } from './source.ts';

export const glossarySchema = z.object({
  /** The term as shown. */
  term: z.string().min(2),
  /** Other forms of the term as they appear in text (lower case), used to explain it inline. */
  aliases: z.array(z.string().min(2)).default([]),
  /** One plain-Dutch sentence. */
  short: z.string().min(10).max(240),
  source: sourceSchema.optional(),
  checked: checkedSchema,
});
export type GlossaryData = z.infer<typeof glossarySchema>;
