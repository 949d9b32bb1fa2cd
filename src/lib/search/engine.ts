/**
 * The site search: fuzzy, accent- and typo-tolerant search over names, synonyms, beroepen, subjects and domains,
 * built on MiniSearch (chosen over Fuse.js by the figures in scripts/bench-search.ts; see README).
 */
import MiniSearch, { type Query } from 'minisearch';
import { expandEveryday, wholeWordOnly } from './everyday.ts';
import { cleanQuery, normalizeTerm, tokenize } from './normalize.ts';
import { GROUP_ORDER, type SearchGroup, type SearchRecord } from './records.ts';

export interface SearchHit {
  record: SearchRecord;
  score: number;
}

export interface GroupedHits {
  group: SearchGroup;
  hits: SearchHit[];
}

export interface SearchEngine {
  search(query: string, limit?: number): SearchHit[];
}

const FIELDS = ['name', 'synonyms', 'beroepen', 'subjects', 'domains'] as const;

/**
 * Edits allowed per word (MiniSearch reads a number >= 1 as an edit distance): none for short words, 1 for medium,
 * 2 for long ones (3 cost too much time, see README).
 */
function fuzziness(term: string): number | false {
  return term.length < 5 ? false : term.length < 9 ? 1 : 2;
}

export function createSearchEngine(records: SearchRecord[]): SearchEngine {
  const index = new MiniSearch<SearchRecord>({
    fields: [...FIELDS],
    storeFields: [],
    tokenize,
    processTerm: normalizeTerm,
    extractField: (record, field) => {
      const value = record[field as keyof SearchRecord];
      return Array.isArray(value) ? value.join(' ') : String(value ?? '');
    },
  });
  index.addAll(records);
  const byId = new Map(records.map((r) => [r.id, r]));

  return {
    search(query, limit = 30) {
      const cleaned = cleanQuery(query);
      if (cleaned.length < 2) return [];
      const options = {
        boost: { name: 4, synonyms: 2.5, beroepen: 1.5, subjects: 1, domains: 0.8 },
        prefix: (term: string) => term.length >= 3,
        fuzzy: fuzziness,
        weights: { fuzzy: 0.6, prefix: 0.8 },
        combineWith: 'OR' as const,
      };
      const { typed, catalogue } = expandEveryday(cleaned);
      // The catalogue's words for everyday words are matched without typo tolerance (their own options win over
      // those of either try); the typed words keep it.
      const tree: Query = catalogue
        ? { combineWith: 'OR', queries: [...(typed ? [typed] : []), { queries: [catalogue], fuzzy: false, prefix: (term: string) => term.length >= 3 && !wholeWordOnly(term) }] }
        : typed;
      let results = index.search(tree, options);
      // Nothing found: allow two typing slips in words of 5 letters or more ("latjin": two swapped letters are two
      // edits). Only as a second try, so a query that finds something is not drowned in loose matches.
      if (results.length === 0) results = index.search(tree, { ...options, fuzzy: (term: string) => (term.length < 5 ? false : 2) });
      return results.slice(0, limit).map((r) => ({ record: byId.get(String(r.id))!, score: r.score }));
    },
  };
}

/** Groups hits for display, keeping the ranking inside each group and the fixed group order. */
export function groupHits(hits: SearchHit[]): GroupedHits[] {
  return GROUP_ORDER.map((group) => ({ group, hits: hits.filter((h) => h.record.group === group) })).filter(
    (g) => g.hits.length > 0,
  );
}
