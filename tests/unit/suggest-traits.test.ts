/**
 * Which steps a trait (talen, wiskunde, handen, mensen) concerns, over the real weights and studies: a word of the
 * trait must start a word of the name, never sit inside one (a review found "digitaal" counted as talen, "transport"
 * as sport and "Humane wetenschappen" as wiskunde).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { traitFits } from '../../src/lib/suggest/engine.ts';

const root = join(import.meta.dirname, '../..');
const content = loadContent(join(root, 'content'), root);
const weights = content.weights!;
const trait = (stijl: string) => weights.kenmerken.find((k) => k.stijl === stijl)!;
const byName = (name: string) => ({ name, domein: [], balance: undefined });

describe('traits and the names of steps', () => {
  it('never match a trait word inside another word', () => {
    expect(traitFits(trait('talen'), byName('Operator digitaal drukken'))).toBe(false);
    expect(traitFits(trait('mensen'), byName('Bestuurder interne transportmiddelen'))).toBe(false);
    expect(traitFits(trait('mensen'), byName('Graduaat in het transport en de logistiek'))).toBe(false);
  });
  it('do not read every "wetenschappen" as wiskunde', () => {
    for (const name of ['Humane wetenschappen', 'Bachelor in de politieke wetenschappen', 'Bachelor in de pedagogische wetenschappen', 'Economische wetenschappen']) {
      expect(traitFits(trait('wiskunde'), byName(name)), name).toBe(false);
    }
  });
  it('still find the steps the words are meant for, also across a hyphen', () => {
    expect(traitFits(trait('wiskunde'), byName('Wetenschappen-wiskunde'))).toBe(true);
    expect(traitFits(trait('wiskunde'), byName('Biotechnologische en chemische STEM-wetenschappen'))).toBe(true);
    expect(traitFits(trait('wiskunde'), byName('Bachelor in de ingenieurswetenschappen'))).toBe(true);
    expect(traitFits(trait('talen'), byName('Moderne talen'))).toBe(true);
    expect(traitFits(trait('talen'), byName('Latijn-wiskunde'))).toBe(true);
    expect(traitFits(trait('mensen'), byName('Kinderzorg'))).toBe(true);
    expect(traitFits(trait('mensen'), byName('Sportbegeleiding'))).toBe(true);
  });
});
