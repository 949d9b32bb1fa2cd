/**
 * Search over higher education: programmes, studiegebieden and beroepen are found with the same typo tolerance as
 * studies. Small fixtures test the behaviour; the real content is checked for every programme and beroep.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { siteSearchRecords } from '../../../scripts/lib/search-records.ts';
import { beroepLinks } from '../content/beroepen.ts';
import { buildHoSearchRecords, type HoSearchInput } from './build-ho-records.ts';
import { createSearchEngine, groupHits } from './engine.ts';

const offering = (city: string) => ({ institution: 'Hogeschool', city, url: 'https://example.org/' });
const fixture: Omit<HoSearchInput, 'beroepLinks'> = {
  programmes: [
    { id: 'bachelor-in-de-verpleegkunde', data: { name: 'Bachelor in de verpleegkunde', kind: 'professionele-bachelor', educatief: false, studiegebied: 'gezondheidszorg', offerings: [offering('Gent')], synonyms: ['verpleging'], beroepen: ['verpleegkundige'] } },
    { id: 'bachelor-kine', data: { name: 'Bachelor in de revalidatiewetenschappen en de kinesitherapie', kind: 'academische-bachelor', educatief: false, studiegebied: 'revalidatie', offerings: [offering('Leuven')], synonyms: [], beroepen: ['kinesitherapeut'] } },
    { id: 'graduaat-boekhouden', data: { name: 'Graduaat boekhouden', kind: 'graduaat', educatief: false, studiegebied: 'handelswetenschappen', offerings: [offering('Brugge')], synonyms: [], beroepen: [] } },
  ],
  studiegebieden: [
    { id: 'gezondheidszorg', data: { name: 'Gezondheidszorg' } },
    { id: 'revalidatie', data: { name: 'Bewegings- en revalidatiewetenschappen' } },
    { id: 'handelswetenschappen', data: { name: 'Handelswetenschappen en bedrijfskunde' } },
  ],
  beroepen: [
    { id: 'verpleegkundige', data: { name: 'verpleegkundige', synonyms: [] } },
    { id: 'kinesitherapeut', data: { name: 'kinesitherapeut', synonyms: ['kinesist'] } },
    { id: 'boekhouder', data: { name: 'boekhouder', synonyms: [] } },
  ],
};
const records = buildHoSearchRecords({ ...fixture, beroepLinks: beroepLinks(fixture.beroepen.map((b) => ({ id: b.id, ...b.data })), [], fixture.programmes.map((p) => ({ id: p.id, beroepen: p.data.beroepen }))) });
const engine = createSearchEngine(records);
const top = (q: string) => engine.search(q)[0]?.record.id;

describe('search over higher education (fixtures)', () => {
  it.each([
    ['verplegkunde', 'opleiding:bachelor-in-de-verpleegkunde'],
    ['kinesiterapie', 'opleiding:bachelor-kine'],
    ['graduaat boekhoudn', 'opleiding:graduaat-boekhouden'],
    ['gezondheidzorg', 'studiegebied:gezondheidszorg'],
    ['handelswetenschapen', 'studiegebied:handelswetenschappen'],
    ['verpleegkundge', 'beroep:verpleegkundige'],
    ['kinesiterapeut', 'beroep:kinesitherapeut'],
    ['kinesist', 'beroep:kinesitherapeut'],
  ])('"%s" puts %s first', (query, expected) => {
    expect(top(query)).toBe(expected);
  });

  it('finds a programme through the beroep it leads to, and groups programmes, studiegebieden and beroepen apart', () => {
    const hits = engine.search('verpleegkundige');
    expect(hits.map((h) => h.record.id)).toEqual(expect.arrayContaining(['beroep:verpleegkundige', 'opleiding:bachelor-in-de-verpleegkunde']));
    expect(groupHits(engine.search('revalidatie')).map((g) => g.group)).toEqual(['opleiding', 'studiegebied']);
  });

  it('links each record to its page and says what it is', () => {
    const byId = new Map(records.map((r) => [r.id, r]));
    expect(byId.get('opleiding:bachelor-kine')).toMatchObject({ url: '/hoger-onderwijs/bachelor-kine/', meta: 'Academische bachelor · Leuven' });
    expect(byId.get('studiegebied:gezondheidszorg')).toMatchObject({ url: '/studiegebieden/gezondheidszorg/', meta: 'Studiegebied · 1 opleiding' });
    expect(byId.get('beroep:kinesitherapeut')).toMatchObject({ name: 'Kinesitherapeut', url: '/beroepen/kinesitherapeut/', meta: 'Beroep · 1 opleiding' });
  });
});

describe('search over the real content', () => {
  const root = join(import.meta.dirname, '../../..');
  const content = loadContent(join(root, 'content'), root);
  const all = siteSearchRecords(content, {});
  const real = createSearchEngine(all);

  it('finds every programme, studiegebied and beroep by its own name among the first results of its group', () => {
    for (const r of all.filter((x) => x.group === 'opleiding' || x.group === 'studiegebied' || x.group === 'beroep')) {
      const sameGroup = real.search(r.name, 200).filter((h) => h.record.group === r.group).slice(0, 5).map((h) => h.record.id);
      expect(sameGroup, r.name).toContain(r.id);
    }
  });

  it('still puts studies first in the display order, so a richting is the first option', () => {
    expect(groupHits(real.search('verpleegkunde'))[0]!.group).toBe('studie');
  });
});
