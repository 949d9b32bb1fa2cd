/** Finds which glossary terms a text uses, so a page can explain them beside the text. */
import { compileTerms } from './link-terms.ts';

export interface TermForms {
  id: string;
  forms: string[];
}

/**
 * Ids of the terms whose term or alias occurs as a whole word in the text (case-insensitive), in glossary order.
 * Uses the same matching as the inline links (longest form first), so every inline link has its explanation.
 */
export function termsUsed(text: string, terms: TermForms[]): string[] {
  const compiled = compileTerms(terms);
  if (!compiled) return [];
  const found = new Set<string>();
  for (const match of text.matchAll(compiled.pattern)) {
    const id = compiled.idOf.get(match[0].toLocaleLowerCase('nl'));
    if (id !== undefined) found.add(id);
  }
  return terms.filter((t) => found.has(t.id)).map((t) => t.id);
}
