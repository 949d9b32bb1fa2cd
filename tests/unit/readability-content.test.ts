/**
 * The guides marked `easy: true` meet the easy-Dutch thresholds (src/lib/readability/thresholds.ts), measured over
 * the text of the Markdown body. Prints the figures, so a writer sees how far a page is from its limits.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { measure } from '../../src/lib/readability/measure.ts';
import { EASY_DUTCH } from '../../src/lib/readability/thresholds.ts';

const dir = join(import.meta.dirname, '../../content/guides');
const guides = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => {
    const [, front = '', body = ''] = readFileSync(join(dir, f), 'utf8').match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
    return { file: `content/guides/${f}`, easy: (parse(front) as { easy?: boolean }).easy === true, body };
  });
const easy = guides.filter((g) => g.easy);

describe('easy-Dutch guides', () => {
  it('there are easy guides to measure', () => {
    expect(easy.map((g) => g.file)).toEqual(
      expect.arrayContaining([
        'content/guides/aanmelden-en-inschrijven.md',
        'content/guides/secundair-in-een-blad.md',
        'content/guides/attesten-uitgelegd.md',
        'content/guides/waar-vind-je-hulp.md',
      ]),
    );
  });

  for (const guide of easy) {
    it(`${guide.file} reads as easy Dutch (B1)`, () => {
      const m = measure(guide.body);
      console.log(
        `${guide.file}: ${m.sentences} zinnen, ${m.words} woorden, ${m.wordsPerSentence.toFixed(1)} woorden/zin, langste zin ${m.longestSentence.words}, ` +
          `${(m.longWordShare * 100).toFixed(1)} % woorden ≥ 4 lettergrepen, Flesch-Douma ${m.fleschDouma.toFixed(1)}`,
      );
      expect(m.wordsPerSentence, 'gemiddelde zinslengte').toBeLessThanOrEqual(EASY_DUTCH.maxWordsPerSentence);
      expect(m.longestSentence.words, `langste zin: "${m.longestSentence.text}"`).toBeLessThanOrEqual(EASY_DUTCH.maxSentenceWords);
      expect(m.longWordShare, 'aandeel lange woorden').toBeLessThanOrEqual(EASY_DUTCH.maxLongWordShare);
      expect(m.fleschDouma, 'Flesch-Douma').toBeGreaterThanOrEqual(EASY_DUTCH.minFleschDouma);
    });
  }

  it('the thresholds reject the longer structure guide, which is not written as easy Dutch', () => {
    const structure = guides.find((g) => g.file.endsWith('structuur-secundair-onderwijs.md'));
    expect(structure?.easy).toBe(false);
    const m = measure(structure!.body);
    expect(m.longestSentence.words).toBeGreaterThan(EASY_DUTCH.maxSentenceWords);
  });
});
