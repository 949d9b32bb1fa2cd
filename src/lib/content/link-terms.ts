/**
 * Splits a text at the first occurrence of each glossary term not yet used, so the page can link a term to its
 * explanation the first time it appears. Longer forms win ("B-attest" before "attest"); whole words only.
 */
import type { TermForms } from './glossary-match.ts';

export type Segment = { text: string; termId?: string };

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function compileTerms(terms: TermForms[]): { pattern: RegExp; idOf: Map<string, string> } | null {
  const idOf = new Map<string, string>();
  for (const term of terms) for (const form of term.forms) idOf.set(form.toLocaleLowerCase('nl'), term.id);
  if (idOf.size === 0) return null;
  const forms = [...idOf.keys()].sort((a, b) => b.length - a.length).map(escape);
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(${forms.join('|')})(?![\\p{L}\\p{N}])`, 'giu'), idOf };
}

export function splitOnTerms(
  text: string,
  compiled: ReturnType<typeof compileTerms>,
  used: Set<string>,
): Segment[] {
  if (!compiled) return [{ text }];
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(compiled.pattern)) {
    const id = compiled.idOf.get(match[0].toLocaleLowerCase('nl'));
    if (id === undefined || used.has(id)) continue;
    used.add(id);
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    segments.push({ text: match[0], termId: id });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}
