/** Schema of a studiedomein (content/domains/<id>.yaml). */
import { z } from 'astro/zod';
import { checkedSchema, sourceSchema } from './source.ts';

export const domainSchema = z.object({
  /** Name as on the official matrix. */
  name: z.string().min(3),
  /** Short name for narrow table headers. */
  shortName: z.string().min(2).max(14),
  /** One sentence in plain Dutch. */
  description: z.string().min(20).max(240),
  /** Background colour used in the matrix and on badges; text on it is dark, so keep it light. */
  colour: z.string().regex(/^#[0-9a-f]{6}$/i, 'geef een kleur als #rrggbb'),
  /** Order of the columns in the matrix. */
  order: z.number().int(),
  source: sourceSchema,
  checked: checkedSchema,
});
export type DomainData = z.infer<typeof domainSchema>;
