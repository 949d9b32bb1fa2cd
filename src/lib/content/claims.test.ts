import { describe, expect, it } from 'vitest';
import {
  claimedOfferCount,
  duaalAgeRule,
  duaalCodeFinaliteit,
  duaalFinaliteitClaims,
  namedRunUpOffers,
  offerCountProblems,
  optionalPreparatoryYear,
  requiredVooropleiding,
  ruleMisstated,
  sentences,
  seventhYearPlacement,
  unknownOffers,
  vooropleidingProblems,
  type ClaimPage,
} from './claims.ts';
import type { OfficialEntry } from './official-catalogue.ts';

const page = (text: string, extra: Partial<ClaimPage> = {}): ClaimPage => ({ file: 'x.md', text, ...extra });
const entry = (code: string, name: string, extra: Partial<OfficialEntry> = {}): OfficialEntry => ({
  code,
  name,
  graad: 3,
  structure: null,
  finaliteit: null,
  domein: null,
  onderwijsvormen: ['7DE'],
  duaal: false,
  zevendeLeerjaar: true,
  locations: 3,
  ...extra,
});

describe('sentences', () => {
  it('splits on sentence ends, questions and lines, without Markdown marks', () => {
    expect(sentences('## Titel\nEen **zin**. Nog een? Ja!\n- item')).toEqual(['Titel', 'Een zin.', 'Nog een?', 'Ja!', 'item']);
  });
});

describe('kind 1: seventhYearPlacement', () => {
  it('flags a 7de jaar placed after the 3de graad on any page', () => {
    expect(seventhYearPlacement(page('Een 7de jaar is een extra jaar na de 3de graad.'))).toHaveLength(1);
    expect(seventhYearPlacement(page('Na de 3de graad kan je gaan werken of een 7de jaar volgen.'))).toHaveLength(1);
  });
  it('flags "na de 3de graad" anywhere on a 7de-jaar page', () => {
    expect(seventhYearPlacement(page('Voor jou als je na de 3de graad wilt werken.', { kind: 'zevende-jaar' }))).toHaveLength(1);
    expect(seventhYearPlacement(page('Voor jou als je na de 3de graad wilt werken.', { kind: 'studierichting' }))).toEqual([]);
  });
  it('accepts the 7de jaar as the 3de leerjaar of the 3de graad', () => {
    expect(seventhYearPlacement(page('Een 7de jaar is het 3de leerjaar van de 3de graad: je volgt het na het 6de jaar.', { kind: 'zevende-jaar' }))).toEqual([]);
  });
});

describe('kind 2: vooropleiding', () => {
  const catalogue = new Map([
    ['1570', entry('1570', 'Bijzondere wetenschappel. vorming na OK4')],
    ['1692', entry('1692', 'Voorber. jaar op hoger onderwijs na OK3')],
    ['1623', entry('1623', 'Kok')],
  ]);
  it('reads the vooropleiding from the official name', () => {
    expect(requiredVooropleiding('Bijzondere beeldende vorming na OK4')).toBe('OK4');
    expect(requiredVooropleiding('Voorbereidend jaar op hoger onderwijs na structuuronderdeel met arbeidsmarktfinaliteit (onderwijskwalificatie 3)')).toBe('OK3');
    expect(requiredVooropleiding('Kok')).toBeNull();
  });
  it('rejects a "na OK4" page open to any diploma', () => {
    const problems = vooropleidingProblems(page('Dit jaar is voor jongeren met een diploma secundair onderwijs, uit elke richting.', { codes: ['1570'] }), catalogue);
    expect(problems.some((p) => p.includes('na OK4'))).toBe(true);
    expect(problems.some((p) => p.startsWith('te ruime toelating'))).toBe(true);
  });
  it('accepts a "na OK4" page that names the vooropleiding and the way after arbeidsmarkt', () => {
    const text = 'Dit jaar is er na dubbele finaliteit of doorstroomfinaliteit (onderwijskwalificatie 4). Na arbeidsmarktfinaliteit moet je eerst het 7de jaar volgen dat voorbereidt op het hoger onderwijs.';
    expect(vooropleidingProblems(page(text, { codes: ['1570'] }), catalogue)).toEqual([]);
  });
  it('asks a "na OK3" page for arbeidsmarktfinaliteit and onderwijskwalificatie 3; leaves other 7de jaren alone', () => {
    expect(vooropleidingProblems(page('Voor wie een bachelor wil.', { codes: ['1692'] }), catalogue)).toHaveLength(1);
    expect(vooropleidingProblems(page('Na arbeidsmarktfinaliteit (onderwijskwalificatie 3).', { codes: ['1692'] }), catalogue)).toEqual([]);
    expect(vooropleidingProblems(page('Voor iedereen, uit elke richting.', { codes: ['1623'] }), catalogue)).toEqual([]);
  });
});

describe('kind 3: optionalPreparatoryYear', () => {
  const arbeidsmarkt = { kind: 'studierichting', finaliteit: 'arbeidsmarkt' };
  it('flags the voorbereidend jaar offered as an option', () => {
    expect(optionalPreparatoryYear(page('Wil je later een bachelor volgen, dan kan je eerst het 7de jaar volgen dat je voorbereidt op het hoger onderwijs.'))).toHaveLength(1);
  });
  it('flags an arbeidsmarkt page that names a bachelor without the required year, also across a question', () => {
    expect(optionalPreparatoryYear(page('Wil je een bachelor volgen? Dan kan je eerst het 7de jaar volgen dat voorbereidt op het hoger onderwijs.', arbeidsmarkt))).toHaveLength(1);
    expect(optionalPreparatoryYear(page('Wil je een bachelor volgen? Dan moet je eerst het 7de jaar volgen dat voorbereidt op het hoger onderwijs.', arbeidsmarkt))).toEqual([]);
  });
  it('leaves pages of other finaliteiten that mention a bachelor alone', () => {
    expect(optionalPreparatoryYear(page('Daarna kan je een bachelor volgen.', { kind: 'studierichting', finaliteit: 'doorstroom' }))).toEqual([]);
  });
});

describe('kind 4: duaalAgeRule', () => {
  it('flags an age after a duaal sentence on a graad-3 page only', () => {
    const text = 'Deze richting bestaat ook als duaal leren. Dan leer je een deel op de werkvloer. Dat kan vanaf 15 jaar.';
    expect(duaalAgeRule(page(text, { graad: 3 }))).toEqual(['Dat kan vanaf 15 jaar.']);
    expect(duaalAgeRule(page(text, { graad: 2 }))).toEqual([]);
  });
  it('accepts the admission rules of the 3de graad', () => {
    expect(duaalAgeRule(page('Dit bestaat ook als duaal leren. Je attest van de 2de graad beslist.', { graad: 3 }))).toEqual([]);
  });
});

describe('kind 5: offers', () => {
  it('reads a claimed count', () => {
    expect(claimedOfferCount('Volgens de gegevens biedt geen enkele school deze richting aan.')).toBe(0);
    expect(claimedOfferCount('Volgens de gegevens biedt maar één school dit aan.')).toBe(1);
    expect(claimedOfferCount('Maar twee scholen bieden het aan.')).toBe(2);
    expect(claimedOfferCount('Maar weinig scholen bieden dit aan.')).toBeNull();
  });
  it('asks a page with at most two locations to say so, with the right number', () => {
    expect(offerCountProblems(page('Een mooie richting.'), 1)).toHaveLength(1);
    expect(offerCountProblems(page('Dit biedt maar twee scholen aan.'), 1)).toHaveLength(1);
    expect(offerCountProblems(page('Dit biedt maar één school aan.'), 1)).toEqual([]);
    expect(offerCountProblems(page('Hier biedt geen enkele school dit aan.'), 0)).toEqual([]);
  });
  it('rejects a count claim the data contradicts, and asks nothing of widely offered pages', () => {
    expect(offerCountProblems(page('Dit biedt maar één school aan.'), 12)).toHaveLength(1);
    expect(offerCountProblems(page('Een mooie richting.'), 12)).toEqual([]);
  });
  it('finds named run-up years and checks them against the offer', () => {
    const text = 'Vraag naar Aanloop bouw duaal of Aanloop Medewerker ruwbouw duaal.';
    expect(namedRunUpOffers(text)).toEqual(['Aanloop bouw', 'Aanloop Medewerker ruwbouw']);
    expect(unknownOffers(page(text), new Set(['Aanloop Medewerker ruwbouw']))).toEqual(['Aanloop bouw']);
  });
});

describe('kind 6: ruleMisstated', () => {
  it('flags the advice of the klassenraad as what decides, and "misschien" about a finaliteit', () => {
    expect(ruleMisstated(page('Dat hangt af van het advies van de klassenraad.'))).toHaveLength(1);
    expect(ruleMisstated(page('Je kan misschien ook overstappen naar een andere richting met doorstroomfinaliteit.'))).toHaveLength(1);
  });
  it('accepts the attest as what decides', () => {
    expect(ruleMisstated(page('Welke richting je mag kiezen, hangt af van je attest. Het advies van de klassenraad helpt je kiezen, maar beslist niet.'))).toEqual([]);
  });
});

describe('kind 7: duaal and finaliteit', () => {
  const catalogue = [
    entry('1', 'Elektrische installaties duaal', { duaal: true, finaliteit: 'arbeidsmarkt', zevendeLeerjaar: false }),
    entry('2', 'Elektromechanische technieken duaal', { duaal: true, finaliteit: 'dubbele finaliteit', zevendeLeerjaar: false }),
  ];
  it('flags "duale richtingen hebben arbeidsmarktfinaliteit" when the catalogue has another finaliteit', () => {
    expect(duaalFinaliteitClaims(page('Duale richtingen hebben arbeidsmarktfinaliteit.'), catalogue)).toHaveLength(1);
    expect(duaalFinaliteitClaims(page('Duale richtingen hebben arbeidsmarktfinaliteit.'), catalogue.slice(0, 1))).toEqual([]);
  });
  it('accepts "de meeste"', () => {
    expect(duaalFinaliteitClaims(page('De meeste duale richtingen hebben arbeidsmarktfinaliteit.'), catalogue)).toEqual([]);
  });
  it('compares the finaliteit of a page with its duaal codes', () => {
    const map = new Map(catalogue.map((e) => [e.code, e]));
    expect(duaalCodeFinaliteit(page('', { finaliteit: 'arbeidsmarkt' }), ['2'], map)).toHaveLength(1);
    expect(duaalCodeFinaliteit(page('', { finaliteit: 'dubbele-finaliteit' }), ['2'], map)).toEqual([]);
  });
});
