/**
 * Schema of content/questionnaire/weights.yaml: the suggestion engine's points, written for a CLB worker to read
 * (Dutch keys). Parsed at build time and by the CLI; the browser gets the parsed object.
 */
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { DOMAIN_IDS } from './enums.ts';

const RIASEC = ['R', 'I', 'A', 'S', 'E', 'C'] as const;

const points = z.number().finite();

const goalPoints = z
  .object({ doorstroom: points, 'dubbele-finaliteit': points, arbeidsmarkt: points, 'hoger-onderwijs': points, werken: points })
  .strict();

export const weightsSchema = z
  .object({
    start: z.number().min(0).max(100),
    interesse: z.object({ perPunt: points }).strict(),
    vragen: z.object({ perPunt: points, woorden: z.record(z.string(), z.array(z.string().min(2))) }).strict(),
    types: z
      .object({ perPunt: points, domeinen: z.record(z.enum(DOMAIN_IDS), z.array(z.enum(RIASEC)).min(1)) })
      .strict(),
    leerstijl: z
      .object({ perPuntVerschil: points, stap: z.object({ praktijk: z.number(), evenwicht: z.number(), theorie: z.number() }).strict() })
      .strict(),
    doel: z
      .object({
        'hoger-onderwijs': goalPoints,
        werken: goalPoints,
      })
      .strict(),
    aansluiting: points,
    verwant: points,
    scholen: z.object({ dichtbijKm: z.number().positive(), dichtbij: points, verKm: z.number().positive(), ver: points }).strict(),
    status: z.object({ open: points, voorwaarde: points, 'vraag-raad': points }).strict(),
    kenmerken: z.array(
      z
        .object({
          stijl: z.enum(['talen', 'wiskunde', 'handen', 'mensen']),
          /** What the trait is, for /vragenlijst/hoe-werkt-het/. */
          naam: z.string().min(3),
          /** Whole sentences without the closing period, for a high and a low answer (reasons/kenmerk). */
          ja: z.string().min(3),
          nee: z.string().min(3),
          perPunt: points,
          woorden: z.array(z.string().min(2)),
          domeinen: z.array(z.enum(DOMAIN_IDS)),
          balans: z.enum(['theorie', 'evenwicht', 'praktijk']).optional(),
        })
        .strict(),
    ),
    voorstellen: z.number().int().min(1).max(30),
    /**
     * Programmes of higher education, for a pupil in the 3de graad or a 7de jaar (src/lib/suggest/programmes.ts):
     * points for an aansluiting in the content, and per fit of the kind after the pupil's richting.
     */
    opleidingen: z
      .object({ aansluiting: points, goed: points, mogelijk: points, voorstellen: z.number().int().min(1).max(30) })
      .strict()
      .default({ aansluiting: 8, goed: 4, mogelijk: -4, voorstellen: 6 }),
  })
  .strict();

export type SuggestWeights = z.output<typeof weightsSchema>;

/** Parses the YAML text; a problem names the file and the field. */
export function parseWeights(text: string, file: string): SuggestWeights {
  const result = weightsSchema.safeParse(parse(text));
  if (!result.success) {
    const lines = result.error.issues.map((i) => `✖ ${file} › ${i.path.join('.') || '(bestand)'}: ${i.message}`);
    throw new Error(`De gewichten voor de voorstellen kloppen niet:\n${lines.join('\n')}`);
  }
  return result.data;
}
