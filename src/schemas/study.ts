/**
 * Schema of a study page (content/studies/<id>.md): a studierichting, a 7de jaar, a year or basisoptie of the
 * first graad, OKAN, BuSO, HBO5, or a destination after secondary school. References to other studies (`next`) are
 * plain ids here; src/lib/content/validate-graph.ts checks that they exist, so the same schema also runs in Node.
 */
import { z } from 'astro/zod';
import {
  BALANCES,
  DUAAL,
  FINALITEITEN,
  ONDERWIJSVORMEN,
  STROMEN,
  STUDY_KINDS,
} from './enums.ts';
import { domainIdSchema } from './domain-id.ts';
import { checkedSchema, sourceSchema } from './source.ts';

const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'een id bestaat uit kleine letters, cijfers en koppeltekens (bv. latijn-2de-graad)');

/** A programme listed as data on a page without a page of its own (a pakket combination, a BuSO opleiding). */
export const programmeSchema = z.object({
  name: z.string().min(2),
  /** Official catalogue code, when it has one. */
  code: z.string().optional(),
  domein: domainIdSchema.optional(),
  duaal: z.boolean().optional(),
  note: z.string().optional(),
});

export const studySchema = z
  .object({
    /** Full official name (the catalogue abbreviates names to 40 characters; write them out). */
    name: z.string().min(2, 'geef de volledige officiële naam'),
    kind: z.enum(STUDY_KINDS),
    /** 1, 2 or 3; null for entries outside the three graden (OKAN, BuSO, HBO5, destinations). */
    graad: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
    /** School years (1-7) the study covers. */
    leerjaren: z.array(z.number().int().min(1).max(7)),
    /** A- or B-stroom, only in the first graad: one value or a list. */
    stroom: z
      .union([z.enum(STROMEN), z.array(z.enum(STROMEN)).min(1)])
      .nullable()
      .transform((value) => (value === null ? [] : Array.isArray(value) ? value : [value])),
    finaliteit: z.enum(FINALITEITEN).nullable(),
    /** Studiedomeinen; a richting offered in several domeinen lists each. */
    domein: z.array(domainIdSchema),
    /** Former onderwijsvorm(en), where useful. */
    onderwijsvorm: z.array(z.enum(ONDERWIJSVORMEN)),
    /** Official catalogue codes of the regular (non-duaal) variant(s). */
    codes: z.array(z.string().min(1)),
    /** Whether the richting is also (`ook`) or only (`enkel`) offered as duaal leren. */
    duaal: z.enum(DUAAL),
    /** Official codes of the duaal variant(s). */
    duaalCodes: z.array(z.string().min(1)),
    /** One or two sentences in plain Dutch (B1). */
    summary: z.string().min(20, 'schrijf een samenvatting van minstens één zin').max(320, 'houd de samenvatting korter dan 320 tekens'),
    /** Who the study suits. */
    profile: z.string().min(20, 'schrijf voor wie deze studie past (minstens één zin)').max(320),
    /** Weight of theory and practice. */
    balance: z.enum(BALANCES),
    /** Main subject areas. */
    subjects: z.array(z.string().min(2)),
    /** Ids of the logical next steps (other study pages). */
    next: z.array(idSchema),
    /** Related jobs. */
    beroepen: z.array(z.string().min(2)),
    /** Extra search words: former names, everyday words. */
    synonyms: z.array(z.string().min(2)).default([]),
    /** Listed programmes without a page of their own. */
    programmes: z.array(programmeSchema).default([]),
    /** Something on the page that could not be verified; shown as a warning. */
    uncertain: z.string().min(10).optional(),
    source: sourceSchema,
    /** Further sources used for the text. */
    references: z.array(sourceSchema).default([]),
    checked: checkedSchema,
  })
  .superRefine((study, ctx) => {
    if (study.kind === 'studierichting' && study.finaliteit === null) {
      ctx.addIssue({ code: 'custom', path: ['finaliteit'], message: 'een studierichting heeft een finaliteit' });
    }
    if ((study.kind === 'studierichting' || study.kind === 'zevende-jaar') && study.domein.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['domein'], message: 'geef minstens één studiedomein' });
    }
    if (study.stroom.length > 0 && study.graad !== 1) {
      ctx.addIssue({ code: 'custom', path: ['stroom'], message: 'A- of B-stroom bestaat alleen in de eerste graad' });
    }
    if (study.duaal === 'nee' && study.duaalCodes.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['duaal'], message: 'er zijn duaalCodes: zet duaal op "ook" of "enkel"' });
    }
    if (study.duaal === 'enkel' && study.codes.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['codes'], message: 'een enkel duale richting heeft alleen duaalCodes' });
    }
  });

export type StudyData = z.output<typeof studySchema>;
export type StudyInput = z.input<typeof studySchema>;
