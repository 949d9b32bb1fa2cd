import { describe, expect, it } from 'vitest';
import { markedTerms, plainText, splitDutch, unmarkedAbbreviations } from './dutch-terms.ts';

describe('Dutch words in a translated text', () => {
  it('splits glossary terms and other Dutch words from the translation', () => {
    expect(splitDutch('With an [[A-attest]] you pass; ask the [[nl:LOP]].')).toEqual([
      { text: 'With an ' },
      { text: 'A-attest', dutch: 'term' },
      { text: ' you pass; ask the ' },
      { text: 'LOP', dutch: 'other' },
      { text: '.' },
    ]);
  });
  it('leaves a text without marks as it is', () => {
    expect(splitDutch('Nothing Dutch here')).toEqual([{ text: 'Nothing Dutch here' }]);
  });
  it('drops the marks where no markup can go (the <title>)', () => {
    expect(plainText('The certificates ([[nl:attesten]]): [[A-attest]]')).toBe('The certificates (attesten): A-attest');
  });
  it('lists the glossary terms with their line, not the other Dutch words', () => {
    expect(markedTerms('a [[CLB]]\nb [[nl:Awel]] c [[klassenraad]]')).toEqual([
      { term: 'CLB', line: 1 },
      { term: 'klassenraad', line: 2 },
    ]);
  });
  it('finds Dutch abbreviations written without marks, also with a suffix, but not inside other words', () => {
    expect(unmarkedAbbreviations('[[CLB]] ok\nCLB’ye, CLB-ul, Clbchat, OKANS, [[nl:LOP]], LOP')).toEqual([
      { word: 'CLB', line: 2 },
      { word: 'CLB', line: 2 },
      { word: 'LOP', line: 2 },
    ]);
  });
});
