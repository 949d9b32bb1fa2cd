/**
 * Schema of a school record (content/schools/<id>.json): one school at one location, as imported from the official
 * open data by scripts/import-schools.ts. Offered studies are study page ids, checked against content/studies at
 * build time (src/lib/schools/validate-schools.ts). No personal data: no phone numbers or e-mail addresses.
 */
import { z } from 'astro/zod';
import { checkedSchema, sourceSchema } from './source.ts';

const studyId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'een studie-id bestaat uit kleine letters, cijfers en koppeltekens');

export const schoolSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    name: z.string().min(2),
    schoolnummer: z.string().regex(/^\d+$/, 'een schoolnummer bestaat uit cijfers'),
    vestiging: z.string().min(1),
    net: z.enum(['GO!', 'officieel gesubsidieerd', 'vrij gesubsidieerd']),
    koepel: z.string().optional(),
    address: z.object({
      street: z.string().min(2),
      number: z.string(),
      postcode: z.string().regex(/^\d{4}$/, 'een Belgische postcode heeft 4 cijfers'),
      municipality: z.string().min(2),
    }),
    coordinates: z.object({ lat: z.number().min(49).max(52), lon: z.number().min(2).max(7) }).nullable(),
    website: z.string().url().optional(),
    studies: z.array(studyId).min(1, 'een school zonder aanbod hoort niet in de lijst'),
    duaal: z.array(studyId).default([]),
    officialPage: z.string().url().optional(),
    source: sourceSchema,
    checked: checkedSchema,
  })
  .strict();

export type SchoolData = z.output<typeof schoolSchema>;
