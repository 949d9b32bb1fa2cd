/**
 * Property tests for everything that reads outside input into "mijn keuzes": the share link and stored data.
 * 1,000 random and 1,000 mutated inputs each: nothing throws, and valid input round-trips exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ITEMS } from './choices.ts';
import { parseShared, type Shared } from './shared.ts';
import { decodeShare, encodeShare, shareValueFromHash } from './share-link.ts';
import { readStored, serializeStored } from './stored.ts';

const id = fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,4}$/);
const ids = fc.uniqueArray(id, { maxLength: MAX_ITEMS });
const choices = fc.record({ studies: ids, schools: ids, notes: fc.string({ maxLength: 300, unit: 'grapheme' }) });
const answers = fc.record({
  stage: fc.option(fc.constantFrom('basisonderwijs', 'latijn-2de-graad@3', 'tweede-leerjaar-a@2:B'), { nil: null }),
  attest: fc.option(fc.constantFrom('A', 'B', 'C', 'weet-niet' as const), { nil: null }),
  getuigschrift: fc.option(fc.constantFrom('ja', 'nee', 'weet-niet' as const), { nil: null }),
  excluded: fc.array(fc.constantFrom('f:doorstroom', 'd:stem', 'o:aso', 's:latijn-2de-graad'), { maxLength: 4 }),
  goal: fc.option(fc.constantFrom('hoger-onderwijs', 'werken', 'open' as const), { nil: null }),
  items: fc.dictionary(fc.stringMatching(/^[a-z]{1,8}(-[a-z0-9]{1,8}){0,2}$/), fc.constantFrom<(1 | 2 | 3 | 4 | 5 | 'weet-niet')[]>(1, 2, 3, 4, 5, 'weet-niet'), { maxKeys: 40 }),
  adjust: fc.record({
    interests: fc.dictionary(fc.constantFrom('stem', 'sport', 'taal-en-cultuur'), fc.integer({ min: 1, max: 5 })),
    theory: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  }),
});
const shared: fc.Arbitrary<Shared> = fc.record(
  { v: fc.constant(1 as const), choices, answers, place: fc.string({ maxLength: 80 }) },
  { requiredKeys: ['v', 'choices'] },
);

/** Truncate, flip, insert or delete characters of a valid text. */
const mutate = (text: string) =>
  fc.oneof(
    fc.nat({ max: Math.max(0, text.length - 1) }).map((n) => text.slice(0, n)),
    fc.tuple(fc.nat({ max: Math.max(0, text.length - 1) }), fc.string({ minLength: 1, maxLength: 3 })).map(([i, s]) => text.slice(0, i) + s + text.slice(i + 1)),
    fc.tuple(fc.nat({ max: text.length }), fc.string({ minLength: 1, maxLength: 5 })).map(([i, s]) => text.slice(0, i) + s + text.slice(i)),
    fc.tuple(fc.nat({ max: Math.max(0, text.length - 1) }), fc.nat({ max: 20 })).map(([i, n]) => text.slice(0, i) + text.slice(i + n + 1)),
  );

describe('share link', () => {
  it('round-trips 1,000 valid states exactly', async () => {
    await fc.assert(
      fc.asyncProperty(shared, async (state) => {
        const value = await encodeShare(state);
        expect(value).toMatch(/^1\.[A-Za-z0-9_-]+$/);
        expect(await decodeShare(value)).toEqual({ ok: true, shared: state });
        expect(shareValueFromHash(`#k=${value}`)).toBe(value);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on 1,000 random texts, and only accepts what fits the format', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }).map((s) => `1.${s}`), fc.base64String().map((s) => `1j.${s}`)), async (text) => {
        const read = await decodeShare(text);
        if (read.ok) expect(parseShared(read.shared)).toEqual(read.shared);
        else expect(read.message.length).toBeGreaterThan(20);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on 1,000 mutated valid links', async () => {
    const valid = await encodeShare({ v: 1, choices: { studies: ['latijn-2de-graad', 'elektriciteit-2de-graad'], schools: ['ivg-school-37085-1'], notes: 'Afspraak: opendeur in maart.' } });
    await fc.assert(
      fc.asyncProperty(mutate(valid), async (text) => {
        const read = await decodeShare(text);
        if (read.ok) expect(parseShared(read.shared)).toEqual(read.shared);
      }),
      { numRuns: 1000 },
    );
  });

  it('says so for another version, and reads the uncompressed form', async () => {
    expect(await decodeShare('2.abc')).toEqual({ ok: false, message: expect.stringContaining('andere versie') });
    const json = Buffer.from(JSON.stringify({ v: 1, choices: { studies: ['a'], schools: [], notes: '' } })).toString('base64url');
    expect(await decodeShare(`1j.${json}`)).toEqual({ ok: true, shared: { v: 1, choices: { studies: ['a'], schools: [], notes: '' } } });
    // A valid link whose content breaks a limit is refused as a whole.
    const tooMany = Buffer.from(JSON.stringify({ v: 1, choices: { studies: Array.from({ length: 13 }, (_, i) => `s${i}`), schools: [], notes: '' } })).toString('base64url');
    expect((await decodeShare(`1j.${tooMany}`)).ok).toBe(false);
  });
});

describe('stored choices', () => {
  it('round-trips 1,000 valid states exactly', () => {
    fc.assert(
      fc.property(choices, (c) => {
        expect(readStored(serializeStored(c))).toEqual({ status: 'ok', choices: c });
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on 1,000 random texts and JSON values, and names what it found', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ app: 'richtingwijzer', v: 1, choices: v }))), (text) => {
        const read = readStored(text);
        expect(['empty', 'ok', 'broken', 'old-version', 'foreign']).toContain(read.status);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on 1,000 mutated valid texts', () => {
    const valid = serializeStored({ studies: ['latijn-2de-graad'], schools: ['ivg-school-37085-1'], notes: 'opendeurdag' });
    fc.assert(fc.property(mutate(valid), (text) => void readStored(text)), { numRuns: 1000 });
  });

  it('tells broken, older and foreign data apart', () => {
    expect(readStored('{"app":"richtingwijzer","v":1,"choices":')).toMatchObject({ status: 'broken' });
    expect(readStored('{"app":"richtingwijzer","v":0,"choices":{}}')).toMatchObject({ status: 'old-version' });
    expect(readStored('{"app":"richtingwijzer","v":1,"choices":{"studies":"x"}}')).toMatchObject({ status: 'broken' });
    expect(readStored('{"theme":"dark"}')).toMatchObject({ status: 'foreign' });
    expect(readStored(null)).toEqual({ status: 'empty' });
  });
});
