/**
 * The same search contract on Fuse.js, the design's first choice, kept for the side-by-side benchmark in
 * scripts/bench-search.ts. The site uses engine.ts (MiniSearch); see README for the figures.
 */
import Fuse from 'fuse.js';
import { cleanQuery, foldSpelling, stripAccents } from './normalize.ts';
import type { SearchEngine } from './engine.ts';
import type { SearchRecord } from './records.ts';

const fold = (text: string) => foldSpelling(stripAccents(text));

export function createFuseEngine(records: SearchRecord[]): SearchEngine {
  const docs = records.map((r) => ({
    record: r,
    name: fold(r.name),
    synonyms: r.synonyms.map(fold),
    beroepen: r.beroepen.map(fold),
    subjects: r.subjects.map(fold),
    domains: r.domains.map(fold),
  }));
  const fuse = new Fuse(docs, {
    keys: [
      { name: 'name', weight: 4 },
      { name: 'synonyms', weight: 2.5 },
      { name: 'beroepen', weight: 1.5 },
      { name: 'subjects', weight: 1 },
      { name: 'domains', weight: 0.8 },
    ],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.4,
  });
  return {
    search(query, limit = 30) {
      const cleaned = cleanQuery(query);
      if (cleaned.length < 2) return [];
      return fuse.search(fold(cleaned), { limit }).map((r) => ({ record: r.item.record, score: 1 - (r.score ?? 1) }));
    },
  };
}
