/**
 * Beroepen: broken files fail with file and field (fixture), and the real content links every beroep to something
 * that leads to it and every study beroep to a beroep page.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { beroepIndex, beroepKey, beroepLinks } from '../../src/lib/content/beroepen.ts';

const root = join(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures');

describe('broken beroepen (fixture)', () => {
  const { problems } = loadContent(join(fixtures, 'content-bad-beroep'), fixtures);

  it('names the programme file and field of an unknown beroep id, with the closest id', () => {
    expect(problems).toContainEqual({ file: 'content-bad-beroep/programmes/graduaat-in-de-testzorg.md', field: 'beroepen.1', message: 'onbekend beroep "ingenier"; bedoel je "ingenieur"?' });
  });

  it('names the study file and field of a beroep without a beroep file', () => {
    expect(problems).toContainEqual({ file: 'content-bad-beroep/studies/latijn-wiskunde-3de-graad.md', field: 'beroepen.1', message: expect.stringContaining('content/beroepen/astronaut.yaml') });
  });

  it('refuses a description without a source, and accepts a programme whose study load is not verified', () => {
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content-bad-beroep/beroepen/arts.yaml', field: 'source' }));
    expect(problems.filter((p) => p.field === 'credits' || p.field === 'years')).toEqual([]);
    expect(problems).toHaveLength(4);
  });
});

describe('beroepen in content/', () => {
  const content = loadContent(join(root, 'content'), root);
  const nodes = content.beroepen.map((b) => ({ id: b.id, ...b.data }));
  const links = beroepLinks(
    nodes,
    content.studies.map((s) => ({ id: s.id, beroepen: s.data.beroepen })),
    content.programmes.map((p) => ({ id: p.id, beroepen: p.data.beroepen })),
  );

  it('load without problems', () => {
    expect(content.problems).toEqual([]);
  });

  it('give every beroep a richting or programme that leads to it, and every study beroep a page', () => {
    for (const b of content.beroepen) {
      const l = links.get(b.id)!;
      expect(l.studies.length + l.programmes.length, b.file).toBeGreaterThan(0);
    }
    const index = beroepIndex(nodes);
    for (const s of content.studies) for (const text of s.data.beroepen) expect(index.has(beroepKey(text)), `${s.file}: ${text}`).toBe(true);
  });
});
