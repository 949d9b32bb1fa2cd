import { describe, expect, it } from 'vitest';
import { checkTranslations, termIdOf, termIdsIn, type LanguageFiles, type TranslationsToCheck } from './check.ts';
import { TRANSLATION_LANGUAGES } from './languages.ts';

const dutchGlossary = [
  { id: 'b-attest', term: 'B-attest', aliases: ['b-attest', 'b-attesten'] },
  { id: 'clb', term: 'CLB', aliases: ['clb', 'centrum voor leerlingenbegeleiding'] },
  { id: 'klassenraad', term: 'delibererende klassenraad', aliases: ['klassenraad'] },
];

function language(lang: string, change: (files: LanguageFiles) => void = () => {}): LanguageFiles {
  const folder = `content/translations/${lang}`;
  const files: LanguageFiles = {
    lang,
    folder,
    pages: [{ id: 'attesten', file: `${folder}/attesten.md`, body: 'The [[klassenraad]] decides on a [[B-attest]]. Ask the [[CLB]].' }],
    glossary: {
      file: `${folder}/glossary.yaml`,
      data: {
        terms: [
          { id: 'b-attest', nl: 'B-attest', short: 'Passed, with [[nl:clausulering]].' },
          { id: 'clb', nl: 'CLB', short: 'The [[CLB]] helps for free.' },
          { id: 'klassenraad', nl: 'delibererende klassenraad', short: 'The [[klassenraad]] decides.' },
        ],
      },
    },
    language: { file: `${folder}/language.yaml`, data: { ui: { notice: 'What the school and the [[CLB]] say comes first. The [[CLB]] is free.' } } },
  };
  change(files);
  return files;
}

function input(change?: (files: LanguageFiles) => void, extra: Partial<TranslationsToCheck> = {}): TranslationsToCheck {
  return {
    dutchGlossary,
    pages: ['attesten'],
    linkable: ['attesten', 'begrippen'],
    languages: TRANSLATION_LANGUAGES.map((lang) => language(lang, lang === 'en' ? change : undefined)),
    ...extra,
  };
}

describe('checkTranslations', () => {
  it('accepts complete translations', () => {
    expect(checkTranslations(input())).toEqual([]);
  });
  it('reports a missing language, a missing page and a missing glossary term', () => {
    const problems = checkTranslations({
      ...input((f) => {
        f.pages = [];
        f.glossary!.data.terms.pop();
      }),
      languages: input((f) => {
        f.pages = [];
        f.glossary!.data.terms.pop();
      }).languages.filter((l) => l.lang !== 'pl'),
    });
    expect(problems.map((p) => `${p.file} ${p.message}`)).toEqual([
      'content/translations/pl de vertaling in "pl" ontbreekt',
      'content/translations/en/attesten.md de vertaling van de pagina "attesten" ontbreekt',
      'content/translations/en/glossary.yaml het begrip "delibererende klassenraad" (klassenraad) ontbreekt',
    ]);
  });
  it('reports a Dutch term that does not match the Dutch glossary, in the glossary and in a page', () => {
    const problems = checkTranslations(
      input((f) => {
        f.glossary!.data.terms[0]!.nl = 'B attest';
        f.pages[0]!.body = 'Line one\nThe [[klasseraad]] decides.';
      }),
    );
    expect(problems).toEqual([
      {
        file: 'content/translations/en/attesten.md',
        field: 'body (regel 2)',
        message: '"[[klasseraad]]" is geen begrip uit content/glossary (schrijf het zoals daar, of gebruik [[nl:…]] voor andere Nederlandse woorden)',
      },
      { file: 'content/translations/en/glossary.yaml', field: 'terms.0.nl', message: '"B attest" is niet het Nederlandse begrip "B-attest" uit content/glossary/b-attest.md' },
    ]);
  });
  it('reports a term the Dutch original uses but the translation leaves out', () => {
    const dutchTermsOfPage = new Map([['attesten', termIdsIn('De klassenraad beslist. Met een B-attest ben je geslaagd.', dutchGlossary)]]);
    const problems = checkTranslations(input((f) => (f.pages[0]!.body = 'The class council decides on a [[B-attest]]. Ask the [[CLB]].'), { dutchTermsOfPage }));
    expect(problems.map((p) => p.message)).toEqual([
      'het Nederlandse begrip "delibererende klassenraad" staat in het origineel, maar niet als [[…]] in de vertaling',
    ]);
  });
  it('reports an unmarked Dutch abbreviation, a notice without the CLB and a link to another language', () => {
    const problems = checkTranslations(
      input((f) => {
        f.pages[0]!.body = 'The [[klassenraad]] decides on a [[B-attest]]. Ask the CLB.\nSee [help](/fr/hulp/).';
        f.language!.data.ui.notice = 'The school has the last word and help is free.';
      }),
    );
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'ui.notice: de melding moet het [[CLB]] noemen: wat school en CLB zeggen gaat voor, en het CLB is gratis',
      'body (regel 1): "CLB" is Nederlands: schrijf [[CLB]]',
      'body (regel 2): link "/fr/hulp/" leidt niet naar een vertaalde pagina in dezelfde taal (/en/, /en/attesten/, /en/begrippen/)',
    ]);
  });
  it('finds a Dutch term by its term or any alias, ignoring case', () => {
    expect(termIdOf('Klassenraad', dutchGlossary)).toBe('klassenraad');
    expect(termIdOf('b-attesten', dutchGlossary)).toBe('b-attest');
    expect(termIdOf('attest B', dutchGlossary)).toBeUndefined();
  });
});
