/** What the search index holds per item, and how results are grouped for display. */
import type { StudyKind } from '../../schemas/enums.ts';

export type SearchGroup = 'studie' | 'zevende-jaar' | 'eerste-graad' | 'andere' | 'opleiding' | 'studiegebied' | 'beroep' | 'begrip';

export interface SearchRecord {
  id: string;
  group: SearchGroup;
  name: string;
  /** Where it sits ("3de graad · Dubbele finaliteit"), the kind of programme, or a short definition for a glossary term. */
  meta: string;
  url: string;
  synonyms: string[];
  beroepen: string[];
  subjects: string[];
  /** Domain names, so that "sport" or "zorg" also finds studies by domain. */
  domains: string[];
}

export const GROUP_LABELS: Record<SearchGroup, string> = {
  studie: 'Studierichtingen',
  'zevende-jaar': '7de jaren',
  'eerste-graad': 'Eerste graad',
  andere: 'Andere opties en na het secundair',
  opleiding: 'Opleidingen hoger onderwijs',
  studiegebied: 'Studiegebieden hoger onderwijs',
  beroep: 'Beroepen',
  begrip: 'Begrippen',
};

export const GROUP_ORDER: SearchGroup[] = ['studie', 'zevende-jaar', 'eerste-graad', 'andere', 'opleiding', 'studiegebied', 'beroep', 'begrip'];

export function groupOfKind(kind: StudyKind): SearchGroup {
  if (kind === 'studierichting') return 'studie';
  if (kind === 'zevende-jaar') return 'zevende-jaar';
  if (kind === 'eerste-graad' || kind === 'basisoptie') return 'eerste-graad';
  return 'andere';
}
