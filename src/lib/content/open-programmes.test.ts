import { describe, expect, it } from 'vitest';
import { hoProgrammeSchema } from '../../schemas/ho-programme.ts';
import { beroepSchema } from '../../schemas/beroep.ts';
import { toOpenBeroep, toOpenProgramme } from './open-programmes.ts';

const base = {
  name: 'Bachelor in de testkunde',
  kind: 'professionele-bachelor',
  studiegebied: 'gezondheidszorg',
  credits: 180,
  years: 3,
  offerings: [{ institution: 'Testhogeschool', city: null, url: 'https://example.org/x' }],
  summary: 'Een testopleiding die niet bestaat, voor de test.',
  verified: { credits: true, name: true, offeringsComplete: true, links: true, live: true },
  source: { title: 'Testbron', url: 'https://example.org/bron' },
  checked: '2026-12-04',
};

describe('toOpenProgramme', () => {
  it('exports unknown values as null and an unconfirmed studiegebied as such', () => {
    const open = toOpenProgramme('bachelor-in-de-testkunde', hoProgrammeSchema.parse(base), 'https://richtingwijzer.example/');
    expect(open).toMatchObject({
      studiegebiedConfirmed: false,
      verified: { credits: true, name: true, offeringsComplete: true, links: true, live: true, studiegebied: false },
      maintainerNote: null,
      educatief: false,
      offerings: [{ institution: 'Testhogeschool', city: null, url: 'https://example.org/x' }],
      url: 'https://richtingwijzer.example/hoger-onderwijs/bachelor-in-de-testkunde/',
      checked: '2026-12-04',
    });
  });

  it('exports a study load that was not verified as null, and the beroepen ids', () => {
    const parsed = hoProgrammeSchema.parse({ ...base, credits: null, years: null, verified: { ...base.verified, credits: false }, beroepen: ['testkundige'] });
    expect(toOpenProgramme('x', parsed, 'https://richtingwijzer.example/')).toMatchObject({ credits: null, years: null, beroepen: ['testkundige'] });
  });

  it('keeps checking a study load that is given, also now that it may be null', () => {
    expect(hoProgrammeSchema.safeParse({ ...base, credits: 120 }).success).toBe(false);
    expect(hoProgrammeSchema.safeParse({ ...base, kind: 'graduaat', credits: 100 }).success).toBe(false);
    expect(hoProgrammeSchema.safeParse({ ...base, kind: 'graduaat', credits: null, years: null, verified: { ...base.verified, credits: false } }).success).toBe(true);
    expect(hoProgrammeSchema.safeParse({ ...base, kind: 'graduaat', credits: null, years: null }).success).toBe(false);
  });

  it('marks the studiegebied confirmed when a source places the programme in it', () => {
    const parsed = hoProgrammeSchema.parse({ ...base, studiegebiedSource: { title: 'Register', url: 'https://example.org/r' } });
    const open = toOpenProgramme('x', parsed, 'https://richtingwijzer.example/');
    expect(open.studiegebiedConfirmed).toBe(true);
    expect(open.verified.studiegebied).toBe(true);
    expect(open.uncertain).toBeNull();
  });

  it('writes what is unsure in plain Dutch and keeps the maintainer note apart', () => {
    const parsed = hoProgrammeSchema.parse({ ...base, verified: { ...base.verified, live: false }, maintainerNote: 'Gezien in de crawl van 2024-2025.' });
    const open = toOpenProgramme('x', parsed, 'https://richtingwijzer.example/');
    expect(open.uncertain).toContain('bewaarde versies');
    expect(open.uncertain).not.toContain('crawl');
    expect(open.maintainerNote).toBe('Gezien in de crawl van 2024-2025.');
  });
});

describe('toOpenBeroep', () => {
  const links = { studies: [{ id: 'gezondheidszorg-3de-graad', note: 'na verdere studie' }], programmes: ['bachelor-in-de-testkunde'] };

  it('exports what leads to a beroep, and a missing description, source and date as null', () => {
    expect(toOpenBeroep('testkundige', beroepSchema.parse({ name: 'testkundige' }), links, 'https://richtingwijzer.example/')).toEqual({
      id: 'testkundige',
      name: 'testkundige',
      synonyms: [],
      description: null,
      studies: [{ id: 'gezondheidszorg-3de-graad', note: 'na verdere studie' }],
      programmes: ['bachelor-in-de-testkunde'],
      url: 'https://richtingwijzer.example/beroepen/testkundige/',
      source: null,
      checked: null,
    });
  });

  it('refuses a description without a source or date', () => {
    const result = beroepSchema.safeParse({ name: 'testkundige', description: 'Iemand die tests maakt en nakijkt.' });
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join('.'))).toEqual(['source', 'checked']);
  });
});
