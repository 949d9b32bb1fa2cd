/** Schema of a guide page (content/guides/<id>.md): longer explanations such as the structure of secondary school. */
import { z } from 'astro/zod';
import { checkedSchema, sourceSchema } from './source.ts';

export const guideSchema = z.object({
  title: z.string().min(5),
  description: z.string().min(20).max(200),
  /**
   * Written in easy Dutch for families (B1): the readability test measures its text against the thresholds in
   * src/lib/readability/thresholds.ts, and translations follow these pages.
   */
  easy: z.boolean().default(false),
  sources: z.array(sourceSchema).min(1, 'geef minstens één bron'),
  /** What we could not verify, in plain Dutch; shown on the page as a warning. Never leave a doubt out. */
  uncertain: z.array(z.string().min(10, 'schrijf in een volledige zin wat je niet kon nagaan')).default([]),
  checked: checkedSchema,
});
export type GuideData = z.infer<typeof guideSchema>;
