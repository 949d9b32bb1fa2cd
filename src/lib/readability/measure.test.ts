import { describe, expect, it } from 'vitest';
import { markdownToLines, measure, sentences, syllables, words } from './measure.ts';

describe('syllables', () => {
  it('counts Dutch vowel groups as one syllable each', () => {
    expect(syllables('school')).toBe(1);
    expect(syllables('bij')).toBe(1);
    expect(syllables('nieuw')).toBe(1);
    expect(syllables('inschrijven')).toBe(3);
    expect(syllables('studierichting')).toBe(4);
    expect(syllables('arbeidsmarktfinaliteit')).toBe(7);
  });
  it('starts a new syllable at a diaeresis', () => {
    expect(syllables('België')).toBe(3);
    expect(syllables('remediëring')).toBe(5);
  });
  it('gives a word without vowels one syllable', () => {
    expect(syllables('1A')).toBe(1);
    expect(syllables('CLB')).toBe(1);
  });
});

describe('sentences and words', () => {
  it('drops Markdown links, emphasis and list markers', () => {
    expect(markdownToLines('## Kort\n\n- Vraag het aan het **CLB**.\n- Kijk op [de site](https://x.be/a.b).')).toEqual([
      'Kort',
      'Vraag het aan het CLB.',
      'Kijk op de site.',
    ]);
  });
  it('splits at end marks and keeps a heading as its own sentence', () => {
    expect(sentences(['Kort', 'Je kiest zelf. Is de school vol? Dan meld je aan!'])).toEqual([
      'Kort',
      'Je kiest zelf.',
      'Is de school vol?',
      'Dan meld je aan!',
    ]);
  });
  it('counts words with digits and hyphens as one word', () => {
    expect(words('In 1A en het A-attest, 2027-2028.')).toEqual(['In', '1A', 'en', 'het', 'A-attest', '2027-2028']);
  });
});

describe('measure', () => {
  it('scores short plain sentences as easy', () => {
    const m = measure('Je kiest zelf een school. Het CLB helpt je. Dat is gratis.');
    expect(m.sentences).toBe(3);
    expect(m.words).toBe(12);
    expect(m.wordsPerSentence).toBe(4);
    expect(m.longWordShare).toBe(0);
    expect(m.fleschDouma).toBeGreaterThan(90);
  });
  it('scores one long official sentence as hard', () => {
    const m = measure(
      'De inschrijving van de leerling wordt gerealiseerd voor zover er geen weigeringsgronden van toepassing zijn, waarna het schoolbestuur een mededeling van niet-gerealiseerde inschrijving bezorgt.',
    );
    expect(m.sentences).toBe(1);
    expect(m.longestSentence.words).toBe(m.words);
    expect(m.wordsPerSentence).toBeGreaterThan(20);
    expect(m.longWordShare).toBeGreaterThan(0.1);
    expect(m.fleschDouma).toBeLessThan(30);
  });
});
