import { describe, expect, it } from 'vitest';
import { beroepIndex, beroepKey, beroepLinks, byLetter, linksSummary, splitMention, studyBeroepen } from './beroepen.ts';
import { validateBeroepen } from './validate-beroepen.ts';

const beroepen = [
  { id: 'verpleegkundige', file: 'b/verpleegkundige.yaml', name: 'verpleegkundige', synonyms: ['verpleger'] },
  { id: 'arts', file: 'b/arts.yaml', name: 'arts', synonyms: [] },
  { id: 'elektricien', file: 'b/elektricien.yaml', name: 'elektricien', synonyms: [] },
];

describe('splitMention', () => {
  it('keeps the remark in brackets apart from the name', () => {
    expect(splitMention('verpleegkundige (na verdere studie)')).toEqual({ name: 'verpleegkundige', note: 'na verdere studie' });
    expect(splitMention('arts')).toEqual({ name: 'arts', note: null });
    expect(splitMention('(alleen een opmerking)')).toEqual({ name: '(alleen een opmerking)', note: null });
  });

  it('matches names regardless of case, accents, spacing and remark', () => {
    expect(beroepKey('Verpleegkundige  (na ervaring)')).toBe(beroepKey('verpleegkundige'));
    expect(beroepKey('Ingénieur')).toBe('ingenieur');
  });
});

describe('beroepLinks', () => {
  it('links every beroep to the studies that name it (by name or synonym) and the programmes that list it', () => {
    const links = beroepLinks(
      beroepen,
      [
        { id: 'gezondheidszorg', beroepen: ['verpleegkundige (na verdere studie)', 'Verpleegkundige'] },
        { id: 'verzorging', beroepen: ['verpleger'] },
        { id: 'elektriciteit', beroepen: ['elektricien', 'onbekend beroep'] },
      ],
      [{ id: 'bachelor-verpleegkunde', beroepen: ['verpleegkundige', 'verpleegkundige'] }],
    );
    expect(links.get('verpleegkundige')).toEqual({
      studies: [
        { id: 'gezondheidszorg', note: 'na verdere studie' },
        { id: 'verzorging', note: null },
      ],
      programmes: ['bachelor-verpleegkunde'],
    });
    expect(links.get('arts')).toEqual({ studies: [], programmes: [] });
    expect(links.get('elektricien')!.studies).toEqual([{ id: 'elektriciteit', note: null }]);
  });

  it('turns the strings of a study page into links where a beroep file matches', () => {
    expect(studyBeroepen(['arts (na verdere studie)', 'astronaut'], beroepIndex(beroepen))).toEqual([
      { text: 'arts (na verdere studie)', id: 'arts' },
      { text: 'astronaut', id: undefined },
    ]);
  });
});

describe('validateBeroepen', () => {
  const studies = [{ id: 'gz', file: 's/gz.md', beroepen: ['verpleegkundige', 'arts (na verdere studie)', 'elektricien'] }];

  it('accepts content where everything matches', () => {
    expect(validateBeroepen(beroepen, studies, [{ id: 'p', file: 'p/p.md', beroepen: ['arts'] }])).toEqual([]);
  });

  it('names the file and field of an unknown beroep id on a programme, with the closest id', () => {
    expect(validateBeroepen(beroepen, studies, [{ id: 'p', file: 'p/p.md', beroepen: ['arts', 'verpleegkundig'] }])).toEqual([
      { file: 'p/p.md', field: 'beroepen.1', message: 'onbekend beroep "verpleegkundig"; bedoel je "verpleegkundige"?' },
    ]);
  });

  it('names the study file and field of a beroep without a beroep file', () => {
    const problems = validateBeroepen(beroepen, [...studies, { id: 'x', file: 's/x.md', beroepen: ['arts', 'astronaut (na verdere studie)'] }], []);
    expect(problems).toEqual([
      { file: 's/x.md', field: 'beroepen.1', message: expect.stringContaining('content/beroepen/astronaut.yaml') },
    ]);
  });

  it('reports two files that claim the same name, and a beroep nothing leads to', () => {
    const twin = { id: 'verpleger', file: 'b/verpleger.yaml', name: 'Verpleger', synonyms: [] };
    const lonely = { id: 'astronaut', file: 'b/astronaut.yaml', name: 'astronaut', synonyms: [] };
    expect(validateBeroepen([...beroepen, twin, lonely], studies, [])).toEqual([
      { file: 'b/verpleger.yaml', field: 'name', message: '"Verpleger" staat ook in b/verpleegkundige.yaml' },
      { file: 'b/verpleger.yaml', field: '', message: 'geen enkele studie of opleiding leidt naar dit beroep' },
      { file: 'b/astronaut.yaml', field: '', message: 'geen enkele studie of opleiding leidt naar dit beroep' },
    ]);
  });
});

describe('linksSummary', () => {
  it('counts richtingen and opleidingen in words, leaving out what is zero', () => {
    expect(linksSummary({ studies: [{ id: 'a', note: null }, { id: 'b', note: null }], programmes: ['p'] })).toBe('2 richtingen · 1 opleiding');
    expect(linksSummary({ studies: [{ id: 'a', note: null }], programmes: [] })).toBe('1 richting');
    expect(linksSummary({ studies: [], programmes: ['p', 'q'] })).toBe('2 opleidingen');
  });
});

describe('byLetter', () => {
  it('groups beroepen A–Z with accents folded, sorted by name', () => {
    expect(byLetter([{ name: 'elektricien' }, { name: 'arts' }, { name: 'éducateur' }, { name: 'advocaat' }])).toEqual([
      { letter: 'A', items: [{ name: 'advocaat' }, { name: 'arts' }] },
      { letter: 'E', items: [{ name: 'éducateur' }, { name: 'elektricien' }] },
    ]);
  });
});
