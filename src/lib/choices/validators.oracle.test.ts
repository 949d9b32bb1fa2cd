/**
 * The hand-written validators (choices.ts, shared-answers.ts, shared.ts) against the zod schemas they replace
 * (schema.ts): the same verdict and the same value on random, near-valid and corrupted input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choicesSchema, sharedSchema, storedSchema } from './schema.ts';
import { parseChoices } from './choices.ts';
import { parseShared } from './shared.ts';
import { readStored } from './stored.ts';

const RUNS = 3000;

/** Mostly a valid value, now and then a bad one: so whole objects are often valid and often just not. */
const mostly = <T>(valid: fc.Arbitrary<T>, ...bad: fc.Arbitrary<unknown>[]) =>
  fc.oneof({ arbitrary: valid as fc.Arbitrary<unknown>, weight: 40 }, ...bad.map((arbitrary) => ({ arbitrary, weight: 1 })));
const anything = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined));
/** Sometimes one more key (unknown, or one of the format's own), sometimes one key less. */
const extraKey = fc.oneof({ arbitrary: fc.constant(null), weight: 10 }, { arbitrary: fc.tuple(fc.constantFrom('extra', 'v', 'notes', 'theory', '__proto__'), anything), weight: 1 });
const reshape = <T extends Record<string, unknown>>(arb: fc.Arbitrary<T>) =>
  fc.tuple(arb, extraKey, fc.oneof({ arbitrary: fc.constant(-1), weight: 10 }, { arbitrary: fc.nat(7), weight: 1 })).map(([value, extra, drop]) => {
    const copy: Record<string, unknown> = {};
    Object.keys(value).forEach((key, i) => i !== drop && Object.defineProperty(copy, key, { value: value[key], enumerable: true, writable: true, configurable: true }));
    if (extra) Object.defineProperty(copy, extra[0], { value: extra[1], enumerable: true, writable: true, configurable: true });
    return copy;
  });
const letters = (n: number) => Array.from({ length: n }, (_, i) => i.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)]!));

const slug = mostly(
  fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,4}$/),
  fc.constantFrom('', 'A', 'a--b', '-a', 'a-', 'a_b', 'é', 'a'.repeat(121)),
  fc.constantFrom('a'.repeat(120), `${'a'.repeat(60)}-${'b'.repeat(59)}`),
);
const idList = mostly(fc.array(slug, { maxLength: 4 }), fc.array(slug, { maxLength: 14 }), fc.constantFrom(['a', 'a'], letters(12), letters(13)), anything);
const notes = mostly(fc.string({ maxLength: 50 }), fc.constantFrom('x'.repeat(2000), 'x'.repeat(2001)), anything);
const choices = reshape(fc.record({ studies: idList, schools: idList, notes }));

const scale = mostly(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 6 }), fc.double({ min: 0.5, max: 5.5 }), fc.constantFrom(null, '3', Number.NaN, Infinity));
const map = <T>(key: fc.Arbitrary<unknown>, value: fc.Arbitrary<T>, most: number) =>
  mostly(
    fc.dictionary(key as fc.Arbitrary<string>, value, { maxKeys: 5 }),
    fc.constant(Object.fromEntries(letters(most).map((k) => [k, 3]))),
    fc.constant(Object.fromEntries(letters(most + 1).map((k) => [k, 3]))),
    anything,
  );
const adjust = reshape(
  fc.record({
    interests: map(mostly(fc.constantFrom('stem', 'sport', 'taal-en-cultuur', 'x'.repeat(40)), fc.constantFrom('Stem', 'a1', 'x'.repeat(41))), scale, 20),
    theory: scale,
  }),
);
const exclusion = mostly(fc.constantFrom('f:doorstroom', 'd:stem', 'o:aso', 's:latijn-2de-graad', `s:${'a'.repeat(128)}`), fc.constantFrom('x:aso', 'f:', 'f:A', `s:${'a'.repeat(129)}`), anything);
const answers = reshape(
  fc.record({
    stage: mostly(fc.constantFrom(null, 'basisonderwijs', 'latijn-2de-graad@3', 'x'.repeat(140)), fc.constant('x'.repeat(141)), anything),
    attest: mostly(fc.constantFrom(null, 'A', 'B', 'C', 'weet-niet'), fc.constantFrom('D', 'a'), anything),
    getuigschrift: mostly(fc.constantFrom(null, 'ja', 'nee', 'weet-niet'), fc.constant('Ja'), anything),
    excluded: mostly(fc.array(exclusion, { maxLength: 4 }), fc.constant(Array(60).fill('d:stem')), fc.constant(Array(61).fill('d:stem')), anything),
    goal: mostly(fc.constantFrom(null, 'hoger-onderwijs', 'werken', 'open'), fc.constant('Open'), anything),
    items: map(
      mostly(fc.stringMatching(/^[a-z0-9-]{1,8}$/), fc.constantFrom('', 'A', 'a_b', 'x'.repeat(60), 'x'.repeat(61), '__proto__', 'constructor', '1')),
      mostly(fc.constantFrom(1, 2, 3, 4, 5, 'weet-niet'), fc.constantFrom(0, 6, 2.5, '3', null)),
      100,
    ),
    adjust: mostly(adjust, anything),
  }),
);
const shared = reshape(
  fc.record(
    {
      v: mostly(fc.constantFrom(1, 2), fc.constantFrom(3, '1', 0), anything),
      choices: mostly(choices, anything),
      answers: mostly(answers, anything),
      suggestions: mostly(fc.boolean(), anything),
      place: mostly(fc.oneof(fc.string({ maxLength: 10 }), fc.constant('x'.repeat(80))), fc.constant('x'.repeat(81)), anything),
    },
    { requiredKeys: ['v', 'choices'] },
  ),
);

/** zod's verdict and value. */
function zod<T>(schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false } }, v: unknown): T | undefined {
  const result = schema.safeParse(v);
  return result.success ? result.data : undefined;
}

/** Same verdict, same value (keys holding undefined included), and the same JSON, key order included. */
function same<T>(ours: T | undefined, theirs: T | undefined) {
  expect(ours).toStrictEqual(theirs);
  expect(JSON.stringify(ours)).toBe(JSON.stringify(theirs));
}

describe('validators agree with the zod schemas they replace', () => {
  it('choices: random near-valid and corrupted objects', () => {
    let accepted = 0;
    fc.assert(
      fc.property(mostly(choices, anything), (v) => {
        const theirs = zod(choicesSchema, v);
        if (theirs) accepted += 1;
        same(parseChoices(v), theirs);
      }),
      { numRuns: RUNS },
    );
    // The generators must reach both verdicts often, or the comparison says little.
    expect(accepted).toBeGreaterThan(RUNS / 4);
    expect(accepted).toBeLessThan(RUNS * 0.9);
  });

  it('stored choices: the envelope (app, version) and the choices in it', () => {
    const stored = reshape(fc.record({ app: mostly(fc.constant('richtingwijzer'), fc.constantFrom('andere-app', 'Richtingwijzer'), anything), v: mostly(fc.constant(1), fc.constantFrom(0, 2, '1'), anything), choices: mostly(choices, anything) }));
    fc.assert(
      fc.property(stored, (v) => {
        const text = JSON.stringify(v);
        const theirs = zod(storedSchema, JSON.parse(text));
        const read = readStored(text);
        expect(read.status === 'ok' ? read.choices : undefined).toStrictEqual(theirs?.choices);
      }),
      { numRuns: RUNS },
    );
  });

  it('share link content: random near-valid and corrupted objects, versions 1 and 2', () => {
    let accepted = 0;
    fc.assert(
      fc.property(shared, (v) => {
        const theirs = zod(sharedSchema, v);
        if (theirs) accepted += 1;
        same(parseShared(v), theirs);
      }),
      { numRuns: RUNS * 3 },
    );
    expect(accepted).toBeGreaterThan(RUNS / 4);
    expect(accepted).toBeLessThan(RUNS * 3 * 0.9);
  });

  it('share link content: any JSON value, and JSON text with a character changed', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => same(parseShared(v), zod(sharedSchema, v))), { numRuns: RUNS });
    const valid = JSON.stringify({
      v: 2,
      choices: { studies: ['latijn-2de-graad'], schools: ['ivg-school-37085-1'], notes: 'x' },
      answers: { stage: 'basisonderwijs', attest: null, getuigschrift: 'ja', excluded: ['d:stem'], goal: 'open', items: { bouwen: 5 }, adjust: { interests: { stem: 4 }, theory: 2 } },
      suggestions: true,
      place: '9000',
    });
    fc.assert(
      fc.property(fc.nat(valid.length - 1), fc.constantFrom('0', '9', '"', 'a', 'Z', ' ', '-', '_', ':', ',', '{', '[', 'null', 'true', '1.5'), (i, c) => {
        let v: unknown;
        try {
          v = JSON.parse(valid.slice(0, i) + c + valid.slice(i + 1));
        } catch {
          return;
        }
        same(parseShared(v), zod(sharedSchema, v));
      }),
      { numRuns: RUNS },
    );
  });
});
