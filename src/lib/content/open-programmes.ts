/**
 * The public JSON export of the programmes of higher education (/data/hoger-onderwijs.json). Field meanings are
 * documented in the README. Unknown values are null, never guessed.
 */
import type { HoProgrammeData } from '../../schemas/ho-programme.ts';
import type { StudiegebiedData } from '../../schemas/studiegebied.ts';
import type { BeroepData } from '../../schemas/beroep.ts';
import { beroepUrl, type BeroepLinks } from './beroepen.ts';
import { programmeUrl, studiegebiedUrl } from './programme-view.ts';
import { uncertaintyText } from '../ho/uncertainty.ts';

type Source = { title: string; url: string };

export interface OpenProgramme {
  id: string;
  name: string;
  kind: HoProgrammeData['kind'];
  educatief: boolean;
  studiegebied: string;
  /** Whether a source places the programme in this studiegebied; false means not yet confirmed. */
  studiegebiedConfirmed: boolean;
  /** null when the study load was not verified yet (never guessed). */
  credits: number | null;
  years: number | null;
  /** Ids of the beroepen (see the beroepen list of the same file). */
  beroepen: string[];
  offerings: { institution: string; city: string | null; url: string }[];
  admission: { kind: string; source: Source }[];
  /** What was checked on an official page (the schema's `verified`, plus `studiegebied` = studiegebiedConfirmed). */
  verified: HoProgrammeData['verified'] & { studiegebied: boolean };
  /** What is unsure, in plain Dutch, as the page says it (made from `verified` and the programme's own note); null when nothing is. */
  uncertain: string | null;
  /** Research details for maintainers (sources, crawls, left-out offerings); not shown on the page; null when none. */
  maintainerNote: string | null;
  url: string;
  source: Source;
  references: Source[];
  checked: string;
}

export interface OpenStudiegebied {
  id: string;
  name: string;
  uncertain: string | null;
  url: string;
  source: Source;
  checked: string;
}

export function toOpenProgramme(id: string, data: HoProgrammeData, siteUrl: string): OpenProgramme {
  return {
    id,
    name: data.name,
    kind: data.kind,
    educatief: data.educatief,
    studiegebied: data.studiegebied,
    studiegebiedConfirmed: data.studiegebiedSource !== undefined,
    credits: data.credits,
    years: data.years,
    beroepen: data.beroepen,
    offerings: data.offerings.map((o) => ({ institution: o.institution, city: o.city, url: o.url })),
    admission: data.admission.map((a) => ({ kind: a.kind, source: a.source })),
    verified: { ...data.verified, studiegebied: data.studiegebiedSource !== undefined },
    uncertain: uncertaintyText(data),
    maintainerNote: data.maintainerNote ?? null,
    url: new URL(programmeUrl(id), siteUrl).href,
    source: data.source,
    references: data.references,
    checked: data.checked.toISOString().slice(0, 10),
  };
}

export function toOpenStudiegebied(id: string, data: StudiegebiedData, siteUrl: string): OpenStudiegebied {
  return {
    id,
    name: data.name,
    uncertain: data.uncertain ?? null,
    url: new URL(studiegebiedUrl(id), siteUrl).href,
    source: data.source,
    checked: data.checked.toISOString().slice(0, 10),
  };
}

export interface OpenBeroep {
  id: string;
  name: string;
  synonyms: string[];
  /** A short description with its source, or null: none is written without a source. */
  description: string | null;
  /** Ids of the study pages (/data/studies.json) that name this beroep, with their remark (e.g. "na verdere studie"). */
  studies: { id: string; note: string | null }[];
  /** Ids of the programmes in this file that lead to it. */
  programmes: string[];
  url: string;
  source: Source | null;
  checked: string | null;
}

export function toOpenBeroep(id: string, data: BeroepData, links: BeroepLinks, siteUrl: string): OpenBeroep {
  return {
    id,
    name: data.name,
    synonyms: data.synonyms,
    description: data.description ?? null,
    studies: links.studies,
    programmes: links.programmes,
    url: new URL(beroepUrl(id), siteUrl).href,
    source: data.source ?? null,
    checked: data.checked ? data.checked.toISOString().slice(0, 10) : null,
  };
}
