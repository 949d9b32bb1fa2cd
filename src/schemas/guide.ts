/** Schema of a guide page (content/guides/<id>.md): longer explanations such as the structure of secondary school. */
import { z } from 'astro/zod';
import { checkedSchema, sourceSchema } from './source.ts';

export const guideSchema = z.object({
  title: z.string().min(5),
  description: z.string().min(20).max(200),
  sources: z.array(sourceSchema).min(1, 'geef minstens één bron'),
  checked: checkedSchema,
});
export type GuideData = z.infer<typeof guideSchema>;
