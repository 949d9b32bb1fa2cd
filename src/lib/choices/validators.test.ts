/**
 * The rules of the stored and shared formats, one case each side of every limit. The hand-written validators were
 * compared with the zod schemas they replaced (commits 14fb833 and 8994852: 18,000 random, near-valid and corrupted
 * inputs, the same verdict and value); that comparison left with zod. Every case here also held for zod.
 */
import { describe, expect, it } from 'vitest';
import { parseChoices } from './choices.ts';
import { parseSharedAnswers } from './shared-answers.ts';
import { parseShared } from './shared.ts';
import { readStored } from './stored.ts';

const letters = (n: number) => Array.from({ length: n }, (_, i) => `s${String.fromCharCode(97 + (i % 26))}${Math.floor(i / 26)}`);
const choices = { studies: ['latijn-2de-graad'], schools: ['ivg-school-37085-1'], notes: 'Opendeurdag' };
const answers = {
  stage: 'latijn-2de-graad@3',
  attest: 'B',
  getuigschrift: null,
  excluded: ['f:doorstroom', 's:latijn-2de-graad'],
  goal: 'open',
  items: { bouwen: 5, 'toestellen-2': 'weet-niet' },
  adjust: { interests: { stem: 4.5 }, theory: null },
};

describe('choices', () => {
  const ok = (patch: object) => parseChoices({ ...choices, ...patch }) !== undefined;

  it('accepts up to 12 distinct slugs of at most 120 characters per list, and notes up to 2,000 characters', () => {
    expect(parseChoices(choices)).toEqual(choices);
    expect(ok({ studies: [], schools: [], notes: '' })).toBe(true);
    expect(ok({ studies: letters(12), schools: letters(12) })).toBe(true);
    expect(ok({ studies: ['a'.repeat(120)], schools: [`${'a'.repeat(60)}-${'b'.repeat(59)}`] })).toBe(true);
    expect(ok({ notes: 'x'.repeat(2000) })).toBe(true);
  });

  it('refuses a 13th id, a repeated id, an id that is no slug or too long, and too long notes', () => {
    expect(ok({ studies: letters(13) })).toBe(false);
    expect(ok({ schools: ['a', 'a'] })).toBe(false);
    for (const id of ['', 'A', 'a--b', '-a', 'a-', 'a_b', 'é', 'a'.repeat(121), 3, null]) expect(ok({ studies: [id] }), String(id)).toBe(false);
    expect(ok({ notes: 'x'.repeat(2001) })).toBe(false);
    expect(ok({ notes: null })).toBe(false);
    expect(ok({ studies: 'a' })).toBe(false);
  });

  it('refuses a missing or an unknown key, and what is no object', () => {
    expect(parseChoices({ studies: [], schools: [] })).toBeUndefined();
    expect(ok({ extra: 1 })).toBe(false);
    expect(parseChoices(JSON.parse('{"studies":[],"schools":[],"notes":"","__proto__":{}}'))).toBeUndefined();
    for (const v of [null, undefined, [], 'x', 1]) expect(parseChoices(v)).toBeUndefined();
  });

  it('returns a copy', () => {
    const input = structuredClone(choices);
    const read = parseChoices(input)!;
    read.studies.push('x');
    expect(input.studies).toEqual(choices.studies);
  });
});

describe('answers in a share link', () => {
  const ok = (patch: object) => parseSharedAnswers({ ...answers, ...patch }) !== undefined;
  const adjust = (patch: object) => ok({ adjust: { ...answers.adjust, ...patch } });

  it('accepts every field at its limits', () => {
    expect(parseSharedAnswers(answers)).toEqual(answers);
    expect(ok({ stage: null, attest: null, getuigschrift: null, goal: null, excluded: [], items: {}, adjust: { interests: {}, theory: null } })).toBe(true);
    expect(ok({ stage: 'x'.repeat(140) })).toBe(true);
    for (const attest of ['A', 'B', 'C', 'weet-niet']) expect(ok({ attest })).toBe(true);
    for (const getuigschrift of ['ja', 'nee', 'weet-niet']) expect(ok({ getuigschrift })).toBe(true);
    for (const goal of ['hoger-onderwijs', 'werken', 'open']) expect(ok({ goal })).toBe(true);
    expect(ok({ excluded: Array(60).fill(`s:${'a'.repeat(128)}`) })).toBe(true);
    expect(ok({ items: Object.fromEntries(letters(100).map((k) => [k, 1])) })).toBe(true);
    expect(ok({ items: { ['x'.repeat(60)]: 3, '1': 2 } })).toBe(true);
    expect(adjust({ interests: Object.fromEntries(letters(20).map((k) => [k.replace(/\d/g, ''), 1])), theory: 5 })).toBe(true);
    expect(adjust({ interests: { ['x'.repeat(40)]: 1, 'taal-en-cultuur': 2.5 }, theory: 1 })).toBe(true);
  });

  it('refuses each field just past its limit or of the wrong kind', () => {
    expect(ok({ stage: 'x'.repeat(141) })).toBe(false);
    expect(ok({ stage: undefined })).toBe(false);
    expect(ok({ attest: 'D' })).toBe(false);
    expect(ok({ getuigschrift: 'Ja' })).toBe(false);
    expect(ok({ goal: 'Open' })).toBe(false);
    expect(ok({ excluded: Array(61).fill('d:stem') })).toBe(false);
    for (const key of ['x:aso', 'f:', 'f:A', `s:${'a'.repeat(129)}`]) expect(ok({ excluded: [key] }), key).toBe(false);
    expect(ok({ items: Object.fromEntries(letters(101).map((k) => [k, 1])) })).toBe(false);
    for (const key of ['', 'A', 'a_b', 'x'.repeat(61), '__proto__']) expect(ok({ items: JSON.parse(`{${JSON.stringify(key)}:3}`) }), key).toBe(false);
    for (const value of [0, 6, 2.5, '3', null]) expect(ok({ items: { bouwen: value } }), String(value)).toBe(false);
    expect(ok({ items: [] })).toBe(false);
    const many = Object.fromEntries(Array.from({ length: 21 }, (_, i) => ['x'.repeat(i + 1), 1]));
    expect(adjust({ interests: many })).toBe(false);
    for (const key of ['Stem', 'a1', 'x'.repeat(41)]) expect(adjust({ interests: { [key]: 3 } }), key).toBe(false);
    for (const value of [0.9, 5.1, '3', null, Number.NaN, Infinity]) expect(adjust({ interests: { stem: value } }), String(value)).toBe(false);
    for (const theory of [0, 6, '3', Number.NaN]) expect(adjust({ theory }), String(theory)).toBe(false);
    expect(adjust({ extra: 1 })).toBe(false);
    expect(ok({ adjust: { interests: {} } })).toBe(false);
    expect(ok({ extra: 1 })).toBe(false);
  });
});

describe('share link content', () => {
  it('reads version 1 (answers and place optional) and version 2 (with suggestions), nothing else', () => {
    expect(parseShared({ v: 1, choices })).toEqual({ v: 1, choices });
    expect(parseShared({ v: 1, choices, answers, place: 'x'.repeat(80) })).toEqual({ v: 1, choices, answers, place: 'x'.repeat(80) });
    expect(parseShared({ v: 2, choices, suggestions: false })).toEqual({ v: 2, choices, suggestions: false });
    for (const v of [0, 3, '1', null]) expect(parseShared({ v, choices }), String(v)).toBeUndefined();
    expect(parseShared({ v: 1, choices, suggestions: true })).toBeUndefined();
    expect(parseShared({ v: 2, choices })).toBeUndefined();
    expect(parseShared({ v: 2, choices, suggestions: 'ja' })).toBeUndefined();
    expect(parseShared({ v: 1, choices, place: 'x'.repeat(81) })).toBeUndefined();
    expect(parseShared({ v: 1, choices, answers: null })).toBeUndefined();
    expect(parseShared({ v: 1, choices, answers: { ...answers, attest: 'D' } })).toBeUndefined();
    expect(parseShared({ v: 1, choices: { ...choices, notes: 1 } })).toBeUndefined();
    expect(parseShared({ v: 2, choices, suggestions: true, extra: 1 })).toBeUndefined();
  });

  it('writes the keys in the format order, whatever order they came in, and keeps a key that holds undefined', () => {
    const read = parseShared({ place: '9000', suggestions: true, answers, choices, v: 2 });
    expect(JSON.stringify(read)).toBe(JSON.stringify({ v: 2, choices, answers, suggestions: true, place: '9000' }));
    expect(parseShared({ v: 1, choices, answers: undefined })).toHaveProperty('answers', undefined);
  });
});

describe('stored choices', () => {
  const text = (v: object) => JSON.stringify(v);

  it('reads only our own envelope of version 1 around valid choices', () => {
    expect(readStored(text({ app: 'richtingwijzer', v: 1, choices }))).toEqual({ status: 'ok', choices });
    expect(readStored(text({ app: 'richtingwijzer', v: 1, choices, extra: 1 })).status).toBe('broken');
    expect(readStored(text({ app: 'richtingwijzer', v: 1, choices: { ...choices, studies: letters(13) } })).status).toBe('broken');
    expect(readStored(text({ app: 'richtingwijzer', v: 2, choices })).status).toBe('old-version');
    expect(readStored(text({ app: 'richtingwijzer', choices })).status).toBe('old-version');
    expect(readStored(text({ app: 'Richtingwijzer', v: 1, choices })).status).toBe('foreign');
    expect(readStored(text([choices])).status).toBe('foreign');
  });
});
