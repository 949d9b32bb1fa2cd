/**
 * The facts about programmes of higher education that the aansluiting and the suggestions need, in one small shape
 * the build, the browser (loaded from /data/aansluiting.json only for a pupil in the 3de graad) and the CLI share.
 * Plain types without zod, so the browser bundle stays small.
 */
import type { DomainId, HoAdmission, HoKind } from '../../schemas/enums.ts';

/** An explicit aansluiting of a programme: a richting (study id) or a whole studiedomein, with why. */
export interface AansluitingLink {
  richting?: string | undefined;
  domein?: DomainId | undefined;
  reason: string;
  source?: { title: string; url: string } | undefined;
}

export interface HoProgrammeLite {
  id: string;
  name: string;
  kind: HoKind;
  educatief: boolean;
  studiegebied: string;
  synonyms: string[];
  admission: { kind: HoAdmission; note: string }[];
  aansluiting: AansluitingLink[];
}

export interface StudiegebiedLite {
  id: string;
  name: string;
  /** Studiedomeinen of secondary school that prepare for this studiegebied (content/studiegebieden, `domeinen`). */
  domeinen: DomainId[];
}

export interface HoData {
  programmes: HoProgrammeLite[];
  studiegebieden: StudiegebiedLite[];
}

interface ProgrammeIn {
  id: string;
  data: Omit<HoProgrammeLite, 'id'>;
}

interface GebiedIn {
  id: string;
  data: { name: string; domeinen: DomainId[] };
}

/** Picks the fields from the content entries (build or CLI); sources of explicit links are kept for the pages. */
export function toHoData(programmes: readonly ProgrammeIn[], studiegebieden: readonly GebiedIn[]): HoData {
  return {
    programmes: programmes.map(({ id, data }) => ({
      id,
      name: data.name,
      kind: data.kind,
      educatief: data.educatief,
      studiegebied: data.studiegebied,
      synonyms: data.synonyms,
      admission: data.admission.map((a) => ({ kind: a.kind, note: a.note })),
      aansluiting: data.aansluiting.map((a) => ({
        ...(a.richting !== undefined ? { richting: a.richting } : {}),
        ...(a.domein !== undefined ? { domein: a.domein } : {}),
        reason: a.reason,
        ...(a.source ? { source: { title: a.source.title, url: a.source.url } } : {}),
      })),
    })),
    studiegebieden: studiegebieden.map(({ id, data }) => ({ id, name: data.name, domeinen: data.domeinen })),
  };
}
