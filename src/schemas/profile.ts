/**
 * The pupil profile (leerlingprofiel): the JSON contract between the questionnaire, the suggestion engine, the CLI
 * and a CLB worker, as fixed in shared/profile.md. Extra fields are allowed and kept. Names (stage, excluded,
 * interest keys) are checked against the catalogue in src/lib/suggest/resolve-profile.ts.
 */
import { z } from 'astro/zod';

const score = z.number().min(1, 'een score gaat van 1 tot 5').max(5, 'een score gaat van 1 tot 5');

export const profileSchema = z
  .object({
    version: z.literal(1, { errorMap: () => ({ message: 'version moet 1 zijn' }) }),
    stage: z.string().trim().min(1, 'geef aan waar de leerling nu is (basisonderwijs, 1A, 1B of een studie)'),
    year: z.number().int().min(1).max(7).optional(),
    attest: z
      .union([
        z.object({ getuigschrift: z.boolean() }).passthrough(),
        z.object({ type: z.enum(['A', 'B', 'C']), excluded: z.array(z.string().trim().min(1)).default([]) }).passthrough(),
      ])
      .optional(),
    interests: z.record(z.string(), score).default({}),
    style: z
      .object({
        theory: score.optional(),
        talen: score.optional(),
        wiskunde: score.optional(),
        handen: score.optional(),
        mensen: score.optional(),
      })
      .passthrough()
      .optional(),
    goal: z.enum(['hoger-onderwijs', 'werken', 'open']).optional(),
    /** The single interest items by question id (see content/questionnaire/questions.yaml). */
    items: z.record(z.string(), score).optional(),
  })
  .passthrough();

export type Profile = z.output<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;
