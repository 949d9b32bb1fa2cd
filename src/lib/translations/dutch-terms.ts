/**
 * Dutch words inside a translated text are written [[term]] (a term of the Dutch glossary, checked) or [[nl:words]]
 * (other Dutch words, such as a name the school uses). Both are shown in Dutch with lang="nl".
 */
export type DutchSegment = { text: string; dutch?: 'term' | 'other' };

const MARK = /\[\[(nl:)?([^\]]+)\]\]/g;

export function splitDutch(text: string): DutchSegment[] {
  const segments: DutchSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(MARK)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    segments.push({ text: match[2]!, dutch: match[1] ? 'other' : 'term' });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}

/** The text without its marks, for places that cannot hold markup (<title>, meta description). */
export function plainText(text: string): string {
  return splitDutch(text)
    .map((s) => s.text)
    .join('');
}

/** The glossary terms a text marks, with the line they are on (1-based). */
export function markedTerms(text: string): { term: string; line: number }[] {
  return text.split('\n').flatMap((line, index) =>
    splitDutch(line)
      .filter((s) => s.dutch === 'term')
      .map((s) => ({ term: s.text, line: index + 1 })),
  );
}

/** Dutch abbreviations a translated text must always mark, because a reader's screen reader would mangle them. */
const ABBREVIATIONS = /(?<![\p{L}\p{N}])(CLB|OKAN|BuSO|LOP)(?![\p{L}\p{N}])/gu;

/** Dutch abbreviations written outside [[…]], with their line (1-based). */
export function unmarkedAbbreviations(text: string): { word: string; line: number }[] {
  return text.split('\n').flatMap((line, index) =>
    splitDutch(line)
      .filter((s) => !s.dutch)
      .flatMap((s) => [...s.text.matchAll(ABBREVIATIONS)].map((m) => ({ word: m[1]!, line: index + 1 }))),
  );
}
