/**
 * The public JSON export of the catalogue (/data/studies.json). Field meanings are documented in the README.
 * `domein` is a string when a study has one domain, an array when it has several, null when it has none.
 */
import type { StudyData } from '../../schemas/study.ts';
import { studyUrl } from './study-view.ts';

export interface OpenStudy {
  id: string;
  code: string | string[] | null;
  name: string;
  graad: 1 | 2 | 3 | null;
  stroom: string | string[] | null;
  finaliteit: string | null;
  domein: string | string[] | null;
  onderwijsvorm: string | string[] | null;
  duaal: boolean;
  next: string[];
  url: string;
  source: { title: string; url: string };
  checked: string;
}

function oneOrMany<T>(values: T[]): T | T[] | null {
  return values.length === 0 ? null : values.length === 1 ? values[0]! : values;
}

export function toOpenStudy(id: string, data: StudyData, siteUrl: string): OpenStudy {
  return {
    id,
    code: oneOrMany([...data.codes, ...data.duaalCodes]),
    name: data.name,
    graad: data.graad,
    stroom: oneOrMany(data.stroom),
    finaliteit: data.finaliteit,
    domein: oneOrMany(data.domein),
    onderwijsvorm: oneOrMany(data.onderwijsvorm),
    duaal: data.duaal !== 'nee',
    next: data.next,
    url: new URL(studyUrl(id), siteUrl).href,
    source: data.source,
    checked: data.checked.toISOString().slice(0, 10),
  };
}
