/**
 * Schema of a beroep (content/beroepen/<id>.yaml): a job that richtingen of secondary school and programmes of
 * higher education lead to. Study pages name beroepen as plain strings; src/lib/content/beroepen.ts matches them to
 * these files by normalised name or synonym. A description is optional, but one that is given needs a source.
 */
import { z } from 'astro/zod';
import { checkedSchema, sourceSchema } from './source.ts';

export const beroepSchema = z
  .object({
    /** Name as the study pages write it (lower case, e.g. "verpleegkundige"). */
    name: z.string().min(2, 'geef de naam van het beroep'),
    /** One or two sentences in plain Dutch, neutral and never copied; leave it out rather than guess. */
    description: z.string().min(20, 'schrijf minstens één zin').max(320, 'houd de beschrijving korter dan 320 tekens').optional(),
    /** Other names of the same job; study pages that use one of them link here too. */
    synonyms: z.array(z.string().min(2)).default([]),
    source: sourceSchema.optional(),
    checked: checkedSchema.optional(),
  })
  .superRefine((b, ctx) => {
    if (b.description !== undefined && b.source === undefined) {
      ctx.addIssue({ code: 'custom', path: ['source'], message: 'een beschrijving heeft een bron nodig' });
    }
    if (b.description !== undefined && b.checked === undefined) {
      ctx.addIssue({ code: 'custom', path: ['checked'], message: 'geef de datum waarop je de beschrijving nakeek' });
    }
  });
export type BeroepData = z.output<typeof beroepSchema>;
