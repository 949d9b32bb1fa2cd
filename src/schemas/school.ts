/**
 * Schema of a school record (content/schools/<id>.json): one school at one location, as imported from the official
 * open data by scripts/import-schools.ts. Offered studies are study page ids, checked against content/studies at
 * build time (src/lib/schools/validate-schools.ts). No personal data: no phone numbers or e-mail addresses.
 * Fields are documented in scripts/data/README.md ("School records").
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
    net: z.enum(['GO!', 'officieel gesubsidieerd', 'vrij gesubsidieerd', 'onafhankelijk']),
    koepel: z.string().optional(),
    address: z.object({
      street: z.string().min(2),
      number: z.string(),
      postcode: z.string().regex(/^\d{4}$/, 'een Belgische postcode heeft 4 cijfers'),
      municipality: z.string().min(2),
    }),
    coordinates: z.object({ lat: z.number().min(49).max(52), lon: z.number().min(2).max(7) }).nullable(),
    province: z.enum(['Antwerpen', 'Oost-Vlaanderen', 'West-Vlaanderen', 'Limburg', 'Vlaams-Brabant', 'Brussel']).optional(),
    locationId: z.string().min(6).optional(),
    mainAddress: z.boolean().optional(),
    subsidised: z.boolean().optional(),
    pupils: z.number().int().nonnegative().optional(),
    website: z.string().url().optional(),
    studies: z.array(studyId),
    duaal: z.array(studyId).default([]),
    offerAt: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)).optional(),
    officialPage: z.string().url().optional(),
    schoolYear: z.string().regex(/^(\d{4})-(\d{4})$/, 'een schooljaar heeft de vorm 2026-2027').optional(),
    source: sourceSchema,
    checked: checkedSchema,
  })
  .strict()
  // A location without an offer of its own is kept only as a pointer to where the official data lists the offer.
  .refine((s) => s.studies.length > 0 || s.offerAt !== undefined, {
    message: 'een school zonder aanbod op dit adres heeft "offerAt" nodig (waar de officiële gegevens het aanbod plaatsen)',
    path: ['studies'],
  })
  .refine((s) => s.studies.length === 0 || s.offerAt === undefined, { message: '"offerAt" hoort alleen bij een adres zonder eigen aanbod', path: ['offerAt'] });

export type SchoolData = z.output<typeof schoolSchema>;
