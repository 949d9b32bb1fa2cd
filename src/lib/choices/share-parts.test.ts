import { describe, expect, it } from 'vitest';
import { EMPTY_ANSWERS, type Answers } from '../questionnaire/answers.ts';
import type { Choices } from './choices.ts';
import { decodeShare, encodeShare } from './share-link.ts';
import { DEFAULT_SHARE_PARTS, availableParts, describeShare, sharedFor, showsSuggestions, type ShareParts } from './share-parts.ts';

const choices: Choices = { studies: ['bouw-2de-graad', 'hout-2de-graad'], schools: ['ivg-school-37085-1'], notes: 'Opendeurdag in maart.' };
const answers: Answers = {
  ...structuredClone(EMPTY_ANSWERS),
  stage: 'basisoptie-moderne-talen-en-wetenschappen@2',
  attest: 'B',
  excluded: ['f:doorstroom'],
  goal: 'open',
  items: { bouwen: 5, toestellen: 4 },
  adjust: { interests: { stem: 5 }, theory: null },
};
const all: ShareParts = { situation: true, suggestions: true, notes: true, place: true };

describe('share parts', () => {
  it('puts in everything ticked, and the suggestions only with the items they are computed from', () => {
    expect(sharedFor(choices, answers, ' 9000 ', all)).toEqual({ v: 2, choices, answers, suggestions: true, place: '9000' });
  });

  it('the situation without the suggestions keeps the attest but none of the interest answers', () => {
    const shared = sharedFor(choices, answers, '', { ...all, suggestions: false });
    expect(shared.suggestions).toBe(false);
    expect(shared.answers).toEqual({ ...answers, items: {}, adjust: { interests: {}, theory: null } });
    expect(shared.answers!.attest).toBe('B');
    expect(shared.answers!.excluded).toEqual(['f:doorstroom']);
  });

  it('leaves out what is not ticked: situation (and so the suggestions), agreements, place', () => {
    const shared = sharedFor(choices, answers, '9000', { situation: false, suggestions: true, notes: false, place: false });
    expect(shared).toEqual({ v: 2, choices: { ...choices, notes: '' }, suggestions: false });
  });

  it('cannot share what is not there', () => {
    expect(availableParts({ ...choices, notes: '  ' }, null, '')).toEqual({ situation: false, suggestions: false, notes: false, place: false });
    expect(sharedFor(choices, null, '', all)).toEqual({ v: 2, choices, suggestions: false });
  });

  it('a version 2 link reads back exactly; a version 1 link stays readable and shows its suggestions', async () => {
    const v2 = sharedFor(choices, answers, '2018', { ...all, suggestions: false });
    expect(await decodeShare(await encodeShare(v2))).toEqual({ ok: true, shared: v2 });
    const v1 = { v: 1 as const, choices, answers };
    const read = await decodeShare(await encodeShare(v1));
    expect(read).toEqual({ ok: true, shared: v1 });
    expect(read.ok && showsSuggestions(read.shared)).toBe(true);
    expect(showsSuggestions({ v: 1, choices })).toBe(false);
    expect(showsSuggestions(v2)).toBe(false);
  });

  it('by default holds only the studies and schools: no attest, no answers, no agreements, no place', async () => {
    const shared = sharedFor(choices, answers, '9000', DEFAULT_SHARE_PARTS);
    expect(shared).toEqual({ v: 2, choices: { ...choices, notes: '' }, suggestions: false });
    const read = await decodeShare(await encodeShare(shared));
    const text = JSON.stringify(read);
    for (const personal of ['Opendeurdag', '9000', 'bouwen', '"attest"', 'stage']) expect(text).not.toContain(personal);
  });

  it('says what the link holds and what was left out, from the content itself', () => {
    const can = availableParts(choices, answers, '9000');
    expect(describeShare(sharedFor(choices, answers, '9000', DEFAULT_SHARE_PARTS), can)).toBe(
      'In de link komt: je 2 studies en je school. Niet in de link: waar je nu staat en je attest, je voorstellen met waarom (daarin staan je antwoorden over wat je graag doet), je afspraken en de plaats waarvan je scholen vergeleek.',
    );
    expect(describeShare(sharedFor(choices, answers, ' 9000 ', all), can)).toBe(
      'In de link komt: je 2 studies, je school, waar je nu staat en je attest, je voorstellen met waarom (daarin staan je antwoorden over wat je graag doet), je afspraken en de plaats 9000.',
    );
    // What cannot be shared is not offered as "left out"; an empty link says so.
    const none = { studies: [], schools: [], notes: '' };
    expect(describeShare(sharedFor(none, null, '', all), availableParts(none, null, ''))).toBe('In de link staat nog niets: bewaar eerst een studie of een school.');
    expect(describeShare(sharedFor({ ...none, studies: ['bouw-2de-graad'] }, null, '', all), availableParts(none, null, ''))).toBe('In de link komt: je studie.');
  });
});
