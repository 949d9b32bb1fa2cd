/**
 * What a pupil keeps ("mijn keuzes"): studies, schools and the agreements of a guidance session, plus optionally
 * the questionnaire answers in a share link. One zod schema per stored or shared format, so whatever comes from
 * storage or a link is checked before it is used. Limits keep a tampered link from filling the page.
 */
import { z } from 'zod';

export const MAX_ITEMS = 12;
export const MAX_NOTES = 2000;

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(120);
const ids = z.array(id).max(MAX_ITEMS).refine((list) => new Set(list).size === list.length, 'dubbele ids');

export const choicesSchema = z
  .object({
    studies: ids,
    schools: ids,
    notes: z.string().max(MAX_NOTES),
  })
  .strict();
export type Choices = z.infer<typeof choicesSchema>;

export const EMPTY_CHOICES: Choices = { studies: [], schools: [], notes: '' };

const itemAnswer = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal('weet-niet')]);
const scale = z.number().min(1).max(5);

/** The questionnaire's answers (src/lib/questionnaire/answers.ts) as they travel in a share link. */
export const answersSchema = z
  .object({
    stage: z.string().max(140).nullable(),
    attest: z.enum(['A', 'B', 'C', 'weet-niet']).nullable(),
    getuigschrift: z.enum(['ja', 'nee', 'weet-niet']).nullable(),
    excluded: z.array(z.string().regex(/^[fdos]:[a-z0-9-]+$/).max(130)).max(60),
    goal: z.enum(['hoger-onderwijs', 'werken', 'open']).nullable(),
    items: z.record(z.string().regex(/^[a-z0-9-]+$/).max(60), itemAnswer).refine((r) => Object.keys(r).length <= 100, 'te veel antwoorden'),
    adjust: z
      .object({
        interests: z.record(z.string().regex(/^[a-z-]+$/).max(40), scale).refine((r) => Object.keys(r).length <= 20, 'te veel domeinen'),
        theory: scale.nullable(),
      })
      .strict(),
  })
  .strict();
export type SharedAnswers = z.infer<typeof answersSchema>;

/** The stored format: our app name and a version, so foreign or older data is recognised as such. */
export const storedSchema = z.object({ app: z.literal('richtingwijzer'), v: z.literal(1), choices: choicesSchema }).strict();

/** The share link's content, version 1: everything the link held was shown. Still read, never written. */
export const sharedV1Schema = z
  .object({
    v: z.literal(1),
    choices: choicesSchema,
    answers: answersSchema.optional(),
    /** The place the schools were compared from (postcode or municipality as typed). */
    place: z.string().max(80).optional(),
  })
  .strict();

/**
 * Version 2: the pupil chose what goes in. `answers` then holds the situation (and the items only when
 * `suggestions` is true); `suggestions` says whether the suggestions and their reasons are shown.
 */
export const sharedV2Schema = z
  .object({
    v: z.literal(2),
    choices: choicesSchema,
    answers: answersSchema.optional(),
    suggestions: z.boolean(),
    place: z.string().max(80).optional(),
  })
  .strict();

export const sharedSchema = z.discriminatedUnion('v', [sharedV1Schema, sharedV2Schema]);
export type Shared = z.infer<typeof sharedSchema>;
