import { describe, expect, it } from 'vitest';
import { baseName, fullName, studyGroupKey, type OfficialEntry } from './official-catalogue.ts';
import { slugify } from './slug.ts';

const entry = (name: string, extra: Partial<OfficialEntry> = {}): OfficialEntry => ({
  code: '1',
  name,
  graad: 3,
  structure: null,
  finaliteit: 'arbeidsmarkt',
  domein: 'STEM',
  onderwijsvormen: ['BSO'],
  duaal: false,
  zevendeLeerjaar: false,
  locations: 1,
  ...extra,
});

describe('baseName', () => {
  it.each([
    ['Ruwbouw duaal', 'Ruwbouw'],
    ['Sanitaire en verwarmingsinstallaties DL', 'Sanitaire en verwarmingsinstallaties'],
    ['Toerisme (domein Taal en cultuur)', 'Toerisme'],
    ['Aanloop mechanica-elektriciteit DL(STEM)', 'Aanloop mechanica-elektriciteit'],
    ['Medewerker hout duaal OV3', 'Medewerker hout'],
    ['Onderh.mec.zware bedrijfsvoert.DL (L&TB)', 'Onderh.mec.zware bedrijfsvoert.'],
    ['Grafimed.voorber.-ass.vormg.printm.-STEM', 'Grafimed.voorber.-ass.vormg.printm.'],
    ['Topsport (finaliteit arbeidsmarkt)', 'Topsport'],
    ['Medewerker (banket)bakkerij', 'Medewerker (banket)bakkerij'],
  ])('%s → %s', (name, expected) => {
    expect(baseName(name)).toBe(expected);
  });
});

describe('fullName and grouping', () => {
  const expansions = { 'Biotechnol.& chemische wet.': 'Biotechnologische en chemische wetenschappen' };
  it('writes out abbreviated names', () => {
    expect(fullName(entry('Biotechnol.& chemische wet. (domein L&T)'), expansions)).toBe(
      'Biotechnologische en chemische wetenschappen',
    );
  });
  it('groups the duaal variant and other domeinen with their richting, but not another graad or finaliteit', () => {
    const a = studyGroupKey(entry('Ruwbouw'), expansions);
    expect(studyGroupKey(entry('Ruwbouw duaal', { duaal: true }), expansions)).toBe(a);
    expect(studyGroupKey(entry('Ruwbouw', { graad: 2 }), expansions)).not.toBe(a);
    expect(studyGroupKey(entry('Ruwbouw', { finaliteit: 'dubbele finaliteit' }), expansions)).not.toBe(a);
  });
});

describe('slugify', () => {
  it('makes readable ASCII slugs', () => {
    expect(slugify('Commerciële organisatie')).toBe('commerciele-organisatie');
    expect(slugify('Verzorgende/Zorgkundige')).toBe('verzorgende-zorgkundige');
    expect(slugify('Assistent (inter)nationaal goederenvervoer')).toBe('assistent-inter-nationaal-goederenvervoer');
    expect(slugify('Crossmedia & STEM')).toBe('crossmedia-en-stem');
  });
});
