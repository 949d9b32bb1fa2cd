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
export type Duaal = (typeof DUAAL)[number];

/** Kinds of initial programmes of higher education a school leaver can start (Hogeronderwijsregister). */
export const HO_KINDS = ['graduaat', 'professionele-bachelor', 'academische-bachelor'] as const;
export type HoKind = (typeof HO_KINDS)[number];

/**
 * Admission conditions on top of the diploma secundair onderwijs, only where a source names them for a programme:
 * the toelatingsexamens arts, tandarts and dierenarts (Codex Hoger Onderwijs), the artistieke toelatingsproef of
 * the arts programmes, the compulsory (not binding) starttoets of the educatieve bachelors, the professional experience
 * the educatief graduaat asks, and a Dutch language requirement.
 */
export const HO_ADMISSIONS = [
  'toelatingsexamen-arts',
  'toelatingsexamen-tandarts',
  'toelatingsexamen-dierenarts',
  'artistieke-toelatingsproef',
  'starttoets-lerarenopleiding',
  'beroepservaring',
  'taalvoorwaarde-nederlands',
] as const;
export type HoAdmission = (typeof HO_ADMISSIONS)[number];
