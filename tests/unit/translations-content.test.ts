/**
 * The real translations (content/translations/<lang>/): complete against the Dutch glossary and pages, with every
 * Dutch term spelled as in the Dutch glossary, and the frame that says the school and the CLB have the last word.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { LANGUAGES, TRANSLATION_LANGUAGES } from '../../src/lib/translations/languages.ts';
import { MARKDOWN_PAGES } from '../../src/lib/translations/pages.ts';

const content = loadContent(resolve('content'), process.cwd());

describe('translations of the key pages', () => {
  it('have no problems (schema, completeness, Dutch terms, links)', () => {
    expect(content.problems.filter((p) => p.file.startsWith('content/translations'))).toEqual([]);
  });
  it('exist for all seven home languages, with every page and every term of the Dutch glossary (at least 40)', () => {
    expect(content.translations.map((t) => t.lang).sort()).toEqual([...TRANSLATION_LANGUAGES].sort());
    expect(content.glossary.length).toBeGreaterThanOrEqual(40);
    for (const t of content.translations) {
      expect(t.pages.map((p) => p.id).sort(), t.lang).toEqual([...MARKDOWN_PAGES].sort());
      expect(t.glossary?.data.terms.map((e) => e.id).sort(), t.lang).toEqual(content.glossary.map((g) => g.id).sort());
      for (const entry of t.glossary!.data.terms) {
        expect(entry.nl, `${t.lang}/${entry.id}`).toBe(content.glossary.find((g) => g.id === entry.id)!.data.term);
        expect(entry.term, `${t.lang}/${entry.id}: a translation, not the Dutch word again`).not.toBe(entry.nl);
      }
    }
  });
  it('say honestly that a language model translated them and nobody has reviewed them yet', () => {
    for (const t of content.translations) {
      expect(t.language?.data.translation.reviewed, t.lang).toBe(false);
      expect(t.language?.data.translation.by, t.lang).toMatch(/taalmodel/);
    }
  });
  it('are written in their own script: Arabic in Arabic letters, Ukrainian in Cyrillic', () => {
    const scripts: Partial<Record<string, RegExp>> = { ar: /\p{Script=Arabic}/u, uk: /\p{Script=Cyrillic}/u };
    for (const t of content.translations) {
      const script = scripts[t.lang];
      if (!script) continue;
      for (const page of t.pages) expect(page.data.title, `${t.lang}/${page.id}`).toMatch(script);
      for (const entry of t.glossary!.data.terms) expect(entry.short, `${t.lang}/${entry.id}`).toMatch(script);
    }
    expect(LANGUAGES.ar.dir).toBe('rtl');
  });
});
