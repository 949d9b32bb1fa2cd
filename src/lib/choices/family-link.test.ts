import { describe, expect, it } from 'vitest';
import { FAMILY_LANGUAGES, FAMILY_PAGE, familyLink } from './family-link.ts';
import { TRANSLATION_LANGUAGES } from '../translations/languages.ts';
import { translatedPath } from '../translations/pages.ts';

describe('the link to the overview in the family’s language', () => {
  it('points to the one-page overview in that language, short on paper', () => {
    expect(familyLink('https://richtingwijzer.example', 'ar')).toEqual({
      lang: 'ar',
      name: 'العربية',
      dir: 'rtl',
      url: 'https://richtingwijzer.example/ar/in-een-blad/',
      short: 'richtingwijzer.example/ar/in-een-blad/',
    });
    expect(familyLink('http://127.0.0.1:4321/', 'pl')?.url).toBe('http://127.0.0.1:4321/pl/in-een-blad/');
  });
  it('uses the path of the translated page in every language', () => {
    for (const lang of TRANSLATION_LANGUAGES) expect(familyLink('https://x.example', lang)?.url).toBe(`https://x.example${translatedPath(lang, FAMILY_PAGE)}`);
  });
  it('gives nothing for Dutch or an unknown language', () => {
    expect(familyLink('https://x.example', 'nl')).toBeNull();
    expect(familyLink('https://x.example', '')).toBeNull();
    expect(familyLink('https://x.example', 'de')).toBeNull();
  });
  it('offers the seven home languages by their own names', () => {
    expect(FAMILY_LANGUAGES.map((l) => l.name)).toEqual(['English', 'Français', 'العربية', 'Türkçe', 'Українська', 'Română', 'Polski']);
  });
});
