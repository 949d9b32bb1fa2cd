/**
 * Realistic search queries for the benchmark, made deterministically from the records: misspelled names,
 * accent-less and lower-case names, first words, beroepen and synonyms, and everyday words.
 */
import type { SearchRecord } from '../../src/lib/search/records.ts';

/** A small seeded PRNG (mulberry32), so every run uses the same queries. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function typo(word: string, random: () => number): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(random() * (word.length - 2));
  const kind = Math.floor(random() * 3);
  if (kind === 0) return word.slice(0, i) + word.slice(i + 1); // drop a letter
  if (kind === 1) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2); // swap two letters
  return word.replace(/k/g, 'c'); // c/k confusion
}

const EVERYDAY = ['zorg', 'auto', 'kok', 'bakker', 'computer', 'sport', 'kinderen', 'talen', 'wiskunde', 'tekenen', 'dieren', 'bouw', 'elektriciteit', 'winkel', 'verpleging', 'kapper', 'muziek', 'economie', 'latijn', 'hout'];

export function makeQueries(records: SearchRecord[], count = 200, seed = 42): string[] {
  const random = seededRandom(seed);
  const pick = <T,>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const studies = records.filter((r) => r.group !== 'begrip');
  const queries: string[] = [];
  while (queries.length < count) {
    const record = pick(studies);
    const kind = queries.length % 5;
    const words = record.name.split(/\s+/);
    if (kind === 0) queries.push(words.map((w) => typo(w, random)).join(' '));
    else if (kind === 1) queries.push(record.name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
    else if (kind === 2) queries.push(words[0]!.toLowerCase());
    else if (kind === 3) queries.push((record.beroepen[0] ?? record.synonyms[0] ?? words[0]!).toLowerCase());
    else queries.push(pick(EVERYDAY));
  }
  return queries;
}

/** A synthetic index ten times larger: each record nine more times, with changed names and ids. */
export function tenfold(records: SearchRecord[], seed = 7): SearchRecord[] {
  const random = seededRandom(seed);
  const extra = ['plus', 'traject', 'variant', 'project', 'atelier', 'campus', 'route', 'profiel', 'module'];
  const out = [...records];
  for (let copy = 1; copy < 10; copy++) {
    for (const r of records) {
      const word = extra[Math.floor(random() * extra.length)]!;
      out.push({ ...r, id: `${r.id}~${copy}`, name: `${r.name} ${word} ${copy}` });
    }
  }
  return out;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
