/**
 * Enumerations shared by the content schemas and the logic in src/lib. Plain constants without zod, so that
 * browser code can import them without pulling in the schema library.
 */

export const DOMAIN_IDS = [
  'taal-en-cultuur',
  'stem',
  'kunst-en-creatie',
  'land-en-tuinbouw',
  'economie-en-organisatie',
  'maatschappij-en-welzijn',
  'sport',
  'voeding-en-horeca',
  'domeinoverschrijdend',
] as const;
export type DomainId = (typeof DOMAIN_IDS)[number];

export const FINALITEITEN = ['doorstroom', 'dubbele-finaliteit', 'arbeidsmarkt'] as const;
export type Finaliteit = (typeof FINALITEITEN)[number];

export const ONDERWIJSVORMEN = ['aso', 'tso', 'kso', 'bso'] as const;
export type Onderwijsvorm = (typeof ONDERWIJSVORMEN)[number];

export const STROMEN = ['A', 'B'] as const;
export type Stroom = (typeof STROMEN)[number];

/** What kind of entry a study page is. */
export const STUDY_KINDS = [
  'eerste-graad',
  'basisoptie',
  'studierichting',
  'zevende-jaar',
  'okan',
  'buso',
  'hbo5',
  'bestemming',
] as const;
export type StudyKind = (typeof STUDY_KINDS)[number];

export const BALANCES = ['theorie', 'evenwicht', 'praktijk'] as const;
export type Balance = (typeof BALANCES)[number];

export const DUAAL = ['nee', 'ook', 'enkel'] as const;
