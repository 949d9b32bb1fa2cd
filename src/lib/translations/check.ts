/**
 * Completeness and term checks on the translations: every language has every page and every glossary term the
 * Dutch version has, each glossary entry names its Dutch term exactly as the Dutch glossary does, and every Dutch
 * term marked [[…]] in a translated text is a term (or a form of a term) of the Dutch glossary.
 */
import type { ContentProblem } from '../content/problems.ts';
import { internalLinks } from '../content/internal-links.ts';
import { compileTerms, splitOnTerms } from '../content/link-terms.ts';
import { markedTerms, unmarkedAbbreviations } from './dutch-terms.ts';
import { TRANSLATION_LANGUAGES } from './languages.ts';

export interface DutchTerm {
  id: string;
  term: string;
  aliases: string[];
}

interface File {
  file: string;
}

export interface LanguageFiles {
  lang: string;
  /** The language folder, for problems about a missing file. */
  folder: string;
  pages: (File & { id: string; body: string; data?: { title: string; description: string } })[];
  glossary?: File & { data: { terms: { id: string; nl: string; short: string }[] } };
  language?: File & { data: { ui: { notice: string } } };
}

export interface TranslationsToCheck {
  dutchGlossary: DutchTerm[];
  /** Markdown pages every language must have. */
  pages: string[];
  /** Every translated page (Markdown pages and the glossary): what a translated text may link to in its language. */
  linkable: string[];
  /** Per page: ids of the glossary terms the Dutch original uses, which the translation must name too. */
  dutchTermsOfPage?: Map<string, Set<string>>;
  languages: LanguageFiles[];
}

/** Id of the Dutch glossary term a marked word stands for (term or alias, ignoring case), or undefined. */
export function termIdOf(word: string, glossary: DutchTerm[]): string | undefined {
  const lower = word.toLocaleLowerCase('nl');
  return glossary.find((t) => t.term.toLocaleLowerCase('nl') === lower || t.aliases.some((a) => a.toLocaleLowerCase('nl') === lower))?.id;
}

/** Ids of the Dutch glossary terms that occur in a Dutch text (any form, whole words, ignoring case). */
export function termIdsIn(text: string, glossary: DutchTerm[]): Set<string> {
  const compiled = compileTerms(glossary.map((t) => ({ id: t.id, forms: [t.term, ...t.aliases] })));
  const used = new Set<string>();
  splitOnTerms(text, compiled, used);
  return used;
}

export function checkTranslations(input: TranslationsToCheck): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byId = new Map(input.dutchGlossary.map((t) => [t.id, t]));
  const present = new Set(input.languages.map((l) => l.lang));
  for (const lang of TRANSLATION_LANGUAGES) {
    if (!present.has(lang)) problems.push({ file: `content/translations/${lang}`, field: '', message: `de vertaling in "${lang}" ontbreekt` });
  }
  for (const language of input.languages) {
    const { folder } = language;
    if (!(TRANSLATION_LANGUAGES as readonly string[]).includes(language.lang)) {
      problems.push({ file: folder, field: '', message: `onbekende taal "${language.lang}" (kies uit ${TRANSLATION_LANGUAGES.join(', ')})` });
      continue;
    }
    if (!language.language) problems.push({ file: `${folder}/language.yaml`, field: '', message: 'het bestand ontbreekt of klopt niet (zie de melding erboven)' });
    else if (!markedTerms(language.language.data.ui.notice).some((m) => termIdOf(m.term, input.dutchGlossary) === 'clb')) {
      problems.push({ file: language.language.file, field: 'ui.notice', message: 'de melding moet het [[CLB]] noemen: wat school en CLB zeggen gaat voor, en het CLB is gratis' });
    }
    const pageIds = new Set(language.pages.map((p) => p.id));
    for (const id of input.pages) {
      if (!pageIds.has(id)) problems.push({ file: `${folder}/${id}.md`, field: '', message: `de vertaling van de pagina "${id}" ontbreekt` });
    }
    const marked = (file: string, field: (line: number) => string, text: string) => {
      const ids = new Set<string>();
      for (const { word, line } of unmarkedAbbreviations(text)) {
        problems.push({ file, field: field(line), message: `"${word}" is Nederlands: schrijf [[${word === 'LOP' ? 'nl:LOP' : word}]]` });
      }
      for (const { term, line } of markedTerms(text)) {
        const id = termIdOf(term, input.dutchGlossary);
        if (id) ids.add(id);
        else problems.push({ file, field: field(line), message: `"[[${term}]]" is geen begrip uit content/glossary (schrijf het zoals daar, of gebruik [[nl:…]] voor andere Nederlandse woorden)` });
      }
      return ids;
    };
    for (const page of language.pages) {
      if (!input.pages.includes(page.id)) {
        problems.push({ file: page.file, field: '', message: `onbekende pagina "${page.id}" (kies uit ${input.pages.join(', ')})` });
        continue;
      }
      const used = marked(page.file, (line) => `body (regel ${line})`, page.body);
      if (page.data) {
        marked(page.file, () => 'title', page.data.title);
        marked(page.file, () => 'description', page.data.description);
      }
      const targets = new Set([`/${language.lang}/`, ...input.linkable.map((id) => `/${language.lang}/${id}/`)]);
      for (const { href, line } of internalLinks(page.body)) {
        if (!targets.has(href.split('#')[0]!)) problems.push({ file: page.file, field: `body (regel ${line})`, message: `link "${href}" leidt niet naar een vertaalde pagina in dezelfde taal (${[...targets].join(', ')})` });
      }
      for (const id of input.dutchTermsOfPage?.get(page.id) ?? []) {
        if (!used.has(id)) problems.push({ file: page.file, field: 'body', message: `het Nederlandse begrip "${byId.get(id)?.term ?? id}" staat in het origineel, maar niet als [[…]] in de vertaling` });
      }
    }
    if (!language.glossary) {
      problems.push({ file: `${folder}/glossary.yaml`, field: '', message: 'het bestand ontbreekt of klopt niet (zie de melding erboven)' });
      continue;
    }
    const { file, data } = language.glossary;
    const seen = new Set<string>();
    data.terms.forEach((entry, index) => {
      const dutch = byId.get(entry.id);
      if (!dutch) problems.push({ file, field: `terms.${index}.id`, message: `onbekend begrip "${entry.id}" (geen content/glossary/${entry.id}.md)` });
      else if (entry.nl !== dutch.term) problems.push({ file, field: `terms.${index}.nl`, message: `"${entry.nl}" is niet het Nederlandse begrip "${dutch.term}" uit content/glossary/${entry.id}.md` });
      if (seen.has(entry.id)) problems.push({ file, field: `terms.${index}.id`, message: `het begrip "${entry.id}" staat er twee keer in` });
      seen.add(entry.id);
      marked(file, () => `terms.${index}.short`, entry.short);
    });
    for (const term of input.dutchGlossary) {
      if (!seen.has(term.id)) problems.push({ file, field: 'terms', message: `het begrip "${term.term}" (${term.id}) ontbreekt` });
    }
  }
  return problems;
}
