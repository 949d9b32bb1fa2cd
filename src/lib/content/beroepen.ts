/**
 * Beroepen and what leads to them. Study pages name beroepen as free strings ("verpleegkundige (na verdere
 * studie)"); programmes name beroep ids. A string matches the beroep whose name or synonym is the same after
 * normalising (case, accents, spacing) and without the closing remark in brackets, which is kept as a note.
 */
import { slugify } from './slug.ts';

export interface BeroepNode {
  id: string;
  name: string;
  synonyms: string[];
}

/** A study page's beroep string split into the name that is matched and the remark shown beside the link. */
export interface BeroepMention {
  name: string;
  /** The text in brackets at the end, e.g. "na verdere studie"; null when there is none. */
  note: string | null;
}

export function splitMention(text: string): BeroepMention {
  const match = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(text);
  if (!match || match[1]!.trim() === '') return { name: text.trim(), note: null };
  return { name: match[1]!.trim(), note: match[2]!.trim() };
}

/** The key two names share when they mean the same beroep: the slug of the name without its remark. */
export function beroepKey(text: string): string {
  return slugify(splitMention(text).name);
}

export function beroepUrl(id: string): string {
  return `/beroepen/${id}/`;
}

/** Maps names and synonyms to beroep ids; the first beroep that claims a key keeps it (duplicates are a problem). */
export function beroepIndex(beroepen: BeroepNode[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const b of beroepen) {
    for (const name of [b.name, ...b.synonyms]) {
      const key = beroepKey(name);
      if (!index.has(key)) index.set(key, b.id);
    }
  }
  return index;
}

export interface StudyWithBeroepen {
  id: string;
  beroepen: string[];
}

export interface ProgrammeWithBeroepen {
  id: string;
  beroepen: string[];
}

export interface BeroepLinks {
  /** Study pages (richtingen, 7de jaren, …) that name this beroep, with the remark they add. */
  studies: { id: string; note: string | null }[];
  /** Programmes of higher education that lead to this beroep. */
  programmes: string[];
}

/** For every beroep: the studies and programmes that lead to it, in the order they were given. */
export function beroepLinks(beroepen: BeroepNode[], studies: StudyWithBeroepen[], programmes: ProgrammeWithBeroepen[]): Map<string, BeroepLinks> {
  const index = beroepIndex(beroepen);
  const links = new Map<string, BeroepLinks>(beroepen.map((b) => [b.id, { studies: [], programmes: [] }]));
  for (const study of studies) {
    for (const text of study.beroepen) {
      const id = index.get(beroepKey(text));
      const entry = id === undefined ? undefined : links.get(id);
      // One study naming the same beroep twice (e.g. with and without a remark) is listed once.
      if (entry && !entry.studies.some((s) => s.id === study.id)) entry.studies.push({ id: study.id, note: splitMention(text).note });
    }
  }
  for (const programme of programmes) {
    for (const id of new Set(programme.beroepen)) links.get(id)?.programmes.push(programme.id);
  }
  return links;
}

/** The beroepen of one study page as links where a beroep file matches, in the page's order. */
export function studyBeroepen(texts: string[], index: Map<string, string>): { text: string; id: string | undefined }[] {
  return texts.map((text) => ({ text, id: index.get(beroepKey(text)) }));
}

/** "3 richtingen · 1 opleiding": what leads to a beroep, for lists and search results. */
export function linksSummary(links: BeroepLinks): string {
  const count = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;
  return [
    links.studies.length > 0 && count(links.studies.length, 'richting', 'richtingen'),
    links.programmes.length > 0 && count(links.programmes.length, 'opleiding', 'opleidingen'),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** "Verpleegkundige": the name with a capital, for headings and the A–Z index. */
export function beroepTitle(name: string): string {
  return name.charAt(0).toLocaleUpperCase('nl') + name.slice(1);
}

/** Beroepen grouped by first letter (A–Z, accents folded), each group sorted by name. */
export function byLetter<T extends { name: string }>(beroepen: T[]): { letter: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  const sorted = [...beroepen].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  for (const b of sorted) {
    const first = slugify(b.name).charAt(0);
    const letter = /[a-z]/.test(first) ? first.toUpperCase() : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), b]);
  }
  return [...groups].map(([letter, items]) => ({ letter, items })).sort((a, b) => a.letter.localeCompare(b.letter));
}
