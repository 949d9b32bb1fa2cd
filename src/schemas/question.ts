/**
 * Schema of content/questionnaire/questions.yaml: the questionnaire as content (situation questions, answer
 * scales, interest items per studiedomein with their RIASEC type and O*NET source, learning-style items).
 */
import { z } from 'astro/zod';
import { DOMAIN_IDS } from './enums.ts';

const id = z.string().regex(/^[a-z0-9-]+$/, 'een id bestaat uit kleine letters, cijfers en koppeltekens');
const text = z.string().min(3).max(140, 'houd een vraag kort: hoogstens 140 tekens');

export const questionSchema = z.discriminatedUnion('soort', [
  z.object({
    id,
    soort: z.literal('situatie'),
    veld: z.enum(['stage', 'year', 'attest', 'getuigschrift', 'excluded', 'goal']),
    vraag: text,
    uitleg: z.string().optional(),
    opties: z.array(z.object({ waarde: z.string(), label: z.string() })).optional(),
  }),
  z.object({
    id,
    soort: z.literal('schaal'),
    vraag: text,
    opties: z.array(z.object({ waarde: z.number().int().min(1).max(5), label: z.string() })).length(5),
  }),
  z.object({
    id,
    soort: z.literal('interesse'),
    tekst: text,
    domein: z.enum(DOMAIN_IDS).refine((d) => d !== 'domeinoverschrijdend', 'een interesse-item hoort bij een van de 8 studiedomeinen'),
    riasec: z.enum(['R', 'I', 'A', 'S', 'E', 'C']),
    /** The O*NET Interest Profiler item(s) this was adapted from; absent for our own items. */
    onet: z.string().optional(),
  }),
  z.object({
    id,
    soort: z.literal('stijl'),
    tekst: text,
    kenmerk: z.enum(['theory', 'talen', 'wiskunde', 'handen', 'mensen']),
    /** True when "helemaal" means the opposite end (practical for `theory`). */
    omgekeerd: z.boolean().default(false),
  }),
]);

export type Question = z.output<typeof questionSchema>;
