import { describe, expect, it } from 'vitest';
import { sentences, words } from '../readability/measure.ts';
import { CHECK_ADVICE, uncertaintyLines, uncertaintyText, type UncertaintyInput } from './uncertainty.ts';

const allChecked: UncertaintyInput = {
  credits: 180,
  verified: { credits: true, name: true, offeringsComplete: true, links: true, live: true },
  studiegebiedSource: { title: 'Register', url: 'https://example.org/r' },
  uncertain: undefined,
};

describe('uncertaintyLines', () => {
  it('says nothing when every fact was checked', () => {
    expect(uncertaintyLines(allChecked)).toEqual([]);
    expect(uncertaintyText(allChecked)).toBeNull();
  });

  it('writes one plain sentence per unchecked fact, in a fixed order', () => {
    const lines = uncertaintyLines({
      credits: null,
      verified: { credits: false, name: false, offeringsComplete: false, links: false, live: false },
      studiegebiedSource: undefined,
      uncertain: undefined,
    });
    expect(lines).toEqual([
      'We vonden de studieomvang nog niet op een officiële pagina.',
      'De officiële naam kan een beetje anders geschreven zijn.',
      'Het studiegebied kozen we zelf. Een officiële bron moet dat nog bevestigen.',
      'De lijst van hogescholen en universiteiten is misschien niet volledig.',
      'Een link naar een hogeschool kan intussen een andere opleiding tonen.',
      'We lazen bewaarde versies van de websites. Er kan intussen iets veranderd zijn.',
    ]);
  });

  it('tells a known but unconfirmed study load apart from an unknown one', () => {
    const known = uncertaintyLines({ ...allChecked, verified: { ...allChecked.verified, credits: false } });
    expect(known).toEqual(['De studieomvang zagen we nog niet op de pagina van de opleiding zelf.']);
  });

  it('says an unconfirmed studiegebied only when no source places the programme in it', () => {
    expect(uncertaintyLines({ ...allChecked, studiegebiedSource: undefined })).toEqual([expect.stringContaining('studiegebied')]);
  });

  it('adds the programme\'s own note last, and the advice closes the text', () => {
    const input = { ...allChecked, verified: { ...allChecked.verified, offeringsComplete: false }, uncertain: 'Aan de Universiteit Gent kies je twee talen uit negen.' };
    expect(uncertaintyLines(input).at(-1)).toBe(input.uncertain);
    expect(uncertaintyText(input)).toBe(`De lijst van hogescholen en universiteiten is misschien niet volledig. ${input.uncertain} ${CHECK_ADVICE}`);
  });

  it('keeps every generated sentence within 15 words (B1)', () => {
    const lines = uncertaintyLines({ credits: null, verified: { credits: false, name: false, offeringsComplete: false, links: false, live: false }, studiegebiedSource: undefined, uncertain: undefined });
    const all = [...lines, CHECK_ADVICE, ...uncertaintyLines({ ...allChecked, verified: { ...allChecked.verified, credits: false } })];
    for (const s of sentences(all)) expect(words(s).length, s).toBeLessThanOrEqual(15);
  });
});
