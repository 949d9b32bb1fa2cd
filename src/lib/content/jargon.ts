/**
 * Words a pupil of 13 does not know (or reads wrongly: "trapbomen" as trees, "calculator" as a pocket calculator).
 * Each must be linked to the glossary (on study pages the first use of a glossary term becomes a link) or be explained
 * where it is first used: right after the word, in brackets, after a colon or a dash, or with ", dat is".
 */
import { compileTerms } from './link-terms.ts';
import type { TermForms } from './glossary-match.ts';

export interface JargonWord {
  /** What the report calls it. */
  word: string;
  /** The forms it takes in text (whole words, case-insensitive). */
  pattern: RegExp;
}

export const JARGON: JargonWord[] = [
  { word: 'bekisting', pattern: /\bbekisting(en)?\b/i },
  { word: 'wapening', pattern: /\bwapening(en)?\b/i },
  { word: 'verdichten', pattern: /\bverdicht(en)?\b/i },
  { word: 'trapbomen', pattern: /\btrapbo(om|men)\b|\bbomen en leuningen\b/i },
  { word: 'in ploegen werken', pattern: /\bin ploegen\b|\bploegendienst(en)?\b|\bploegenwerk\b/i },
  { word: 'dagbesteding', pattern: /\bdagbesteding\b/i },
  { word: 'zorgvraag', pattern: /\bzorgvra(a|ge)g(en)?\b/i },
  { word: 'voorziening', pattern: /(?<![\p{L}-])(zorg|woon|jeugd)?voorziening(en)?\b/iu },
  { word: 'maquette', pattern: /\bmaquettes?\b/i },
  { word: 'exacte wetenschappen', pattern: /\bexacte wetenschappen\b/i },
  { word: 'Se-n-Se', pattern: /\bSe-n-Se\b/i },
  { word: 'calculator (bouw)', pattern: /\bcalculator\b/i },
];

/** Words after a term (at most three words later) that explain it at once: "(…)", ": …", " – …", ", dat is …". */
const EXPLAINED_AFTER = /^[\p{L}-]*(\s+[\p{L}-]+){0,3}\s*(\(|:|–|—|, (dat is|dat zijn|dat wil zeggen|dat betekent|dus|een|de|het)\b)/u;

export interface JargonFinding {
  word: string;
  /** The text around the first use. */
  context: string;
}

/**
 * Jargon words in a text that are neither covered by a glossary term (when `linked` glossary forms are given: the
 * page links them) nor explained at their first use.
 */
export function unexplainedJargon(text: string, linked: TermForms[] = []): JargonFinding[] {
  const compiled = compileTerms(linked);
  const findings: JargonFinding[] = [];
  for (const jargon of JARGON) {
    const flags = jargon.pattern.flags.includes('u') ? 'iu' : 'i';
    const match = new RegExp(jargon.pattern.source, flags).exec(text);
    if (!match) continue;
    const start = match.index;
    const end = start + match[0].length;
    const coveredByGlossary =
      compiled !== null &&
      [...text.matchAll(compiled.pattern)].some((m) => m.index <= start && m.index + m[0].length >= end);
    if (coveredByGlossary) continue;
    if (EXPLAINED_AFTER.test(text.slice(end))) continue;
    findings.push({ word: jargon.word, context: text.slice(Math.max(0, start - 40), end + 40).replace(/\s+/g, ' ') });
  }
  return findings;
}
