/**
 * Search behaviour on the real content: typos, missing accents, synonyms and beroepen. The names-only variant
 * proves the fuzzy matching itself, without help from the synonyms written in the content.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { buildSearchRecords } from './build-records.ts';
import { createSearchEngine, groupHits } from './engine.ts';

const root = join(import.meta.dirname, '../../..');
const content = loadContent(join(root, 'content'), root);
const records = buildSearchRecords(content.studies, content.glossary, {});
const engine = createSearchEngine(records);
const namesOnly = createSearchEngine(records.map((r) => ({ ...r, synonyms: [], beroepen: [], subjects: [] })));
const topIds = (e: typeof engine, q: string, n = 3) => e.search(q).slice(0, n).map((h) => h.record.id);

describe('search on names alone (no synonyms)', () => {
  it.each([
    ['electromechanica', 'elektromechanische-technieken'],
    ['elektromechaniese technieken', 'elektromechanische-technieken'],
    ['biotechnologise wetenschapen', 'biotechnologische'],
    ['wetenschapen wiskunde', 'wetenschappen-wiskunde-3de-graad'],
    ['haarverzorgin', 'haarverzorging-3de-graad'],
    ['elektricitijt', 'elektriciteit-2de-graad'],
    ['COMMERCIELE ORGANISATIE', 'commerciele-organisatie-3de-graad'],
    ['latijn wiskunde', 'latijn-wiskunde-3de-graad'],
    // Two swapped letters are two edits: found on the second, looser try because nothing else matches.
    ['latjin', 'latijn'],
    ['laitjn', 'latijn'],
  ])('"%s" puts %s in the top 3', (query, expected) => {
    expect(topIds(namesOnly, query).some((id) => id.startsWith(expected))).toBe(true);
  });
});

describe('search with the full records', () => {
  it('finds studies that lead to nursing for "verpleging"', () => {
    const ids = engine.search('verpleging').map((h) => h.record.id);
    expect(ids).toContain('hbo5-verpleegkunde');
    expect(ids.length).toBeGreaterThan(1);
  });
  it('finds a 7de jaar by a beroep', () => {
    expect(engine.search('kapper').map((h) => h.record.id)).toContain('kapper-stylist-7de-jaar');
  });
  it('finds glossary terms and groups them apart', () => {
    const groups = groupHits(engine.search('attest'));
    expect(groups.map((g) => g.group)).toContain('begrip');
  });
  it('returns nothing for empty, one-letter or nonsense queries, and never throws on odd input', () => {
    expect(engine.search('')).toEqual([]);
    expect(engine.search('a')).toEqual([]);
    expect(engine.search('qqqxxzz')).toEqual([]);
    for (const odd of ['<script>', '%%%', '((', '\u0000', '😀', ' '.repeat(1000), 'a'.repeat(10_000)]) {
      expect(() => engine.search(odd)).not.toThrow();
    }
  });
  it('is deterministic', () => {
    expect(engine.search('zorg')).toEqual(engine.search('zorg'));
  });
});
