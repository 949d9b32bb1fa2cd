/** Dutch labels for the enumerations, in one place so pages, search and the open data agree. */
import type { Balance, DomainId, Finaliteit, Onderwijsvorm, StudyKind } from '../../schemas/enums.ts';

export const FINALITEIT_LABELS: Record<Finaliteit, string> = {
  doorstroom: 'Doorstroomfinaliteit',
  'dubbele-finaliteit': 'Dubbele finaliteit',
  arbeidsmarkt: 'Arbeidsmarktfinaliteit',
};

export const FINALITEIT_SHORT: Record<Finaliteit, string> = {
  doorstroom: 'Doorstroom',
  'dubbele-finaliteit': 'Dubbele finaliteit',
  arbeidsmarkt: 'Arbeidsmarkt',
};

export const ONDERWIJSVORM_LABELS: Record<Onderwijsvorm, string> = {
  aso: 'aso',
  tso: 'tso',
  kso: 'kso',
  bso: 'bso',
};

export const KIND_LABELS: Record<StudyKind, string> = {
  'eerste-graad': 'Leerjaar eerste graad',
  basisoptie: 'Basisoptie',
  studierichting: 'Studierichting',
  'zevende-jaar': '7de jaar',
  okan: 'Onthaalonderwijs',
  buso: 'Buitengewoon onderwijs',
  hbo5: 'Hoger beroepsonderwijs',
  bestemming: 'Na het secundair',
};

export const BALANCE_LABELS: Record<Balance, string> = {
  theorie: 'Vooral theorie',
  evenwicht: 'Theorie en praktijk',
  praktijk: 'Vooral praktijk',
};

export const GRAAD_LABELS: Record<1 | 2 | 3, string> = {
  1: '1ste graad',
  2: '2de graad',
  3: '3de graad',
};

export type DomainNames = Record<DomainId, string>;
