import { describe, expect, it } from 'vitest';
import { unexplainedJargon } from './jargon.ts';

describe('unexplainedJargon', () => {
  it('finds a jargon word that is neither linked nor explained', () => {
    expect(unexplainedJargon('Je leert bekistingen maken.').map((f) => f.word)).toEqual(['bekisting']);
    expect(unexplainedJargon('Je leert treden, bomen en leuningen maken.').map((f) => f.word)).toEqual(['trapbomen']);
  });
  it('accepts a word explained right after its first use', () => {
    expect(unexplainedJargon('Je maakt maquettes (kleine modellen van een gebouw).')).toEqual([]);
    expect(unexplainedJargon("Je werkt in ploegen: de ene week 's morgens, de andere 's avonds.")).toEqual([]);
    expect(unexplainedJargon('calculator in de bouw (berekent wat een bouwwerk kost)')).toEqual([]);
  });
  it('checks only the first use', () => {
    expect(unexplainedJargon('Je maakt maquettes. Een maquette (een klein model) is handig.').map((f) => f.word)).toEqual(['maquette']);
  });
  it('accepts a word covered by a glossary term of the page', () => {
    const glossary = [{ id: 'bekisting', forms: ['bekisting', 'bekistingen'] }];
    expect(unexplainedJargon('Je leert bekistingen maken.', glossary)).toEqual([]);
  });
});
