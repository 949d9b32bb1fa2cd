/**
 * Readability of Dutch text: sentence length, syllables and the Flesch-Douma reading ease. Pure functions, used by
 * the content test over the easy-Dutch guides (tests/unit/readability-content.test.ts).
 */

/** Markdown body to plain text lines: link targets, emphasis, heading and list markers removed. */
export function markdownToLines(markdown: string): string[] {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .split('\n')
    .map((line) => line.replace(/^\s*(#{1,6}|[-+]|\d+\.)\s+/, '').trim())
    .filter((line) => line.length > 0);
}

/**
 * Sentences: text ends a sentence at ".", "!" or "?" followed by a space or the end. A heading or list item without
 * such a mark counts as one sentence of its own, because a reader takes it in as one unit.
 */
export function sentences(lines: string[]): string[] {
  return lines.flatMap((line) =>
    line
      .split(/(?<=[.!?])\s+/)
      .map((s) => s.trim())
      .filter((s) => words(s).length > 0),
  );
}

export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}

/**
 * Syllables of a Dutch word, counted as vowel groups ("ij", "ie", "oe", "eeu" … are one group). A vowel with a
 * diaeresis starts a new syllable (België = Bel-gi-ë). Numbers and abbreviations count as one syllable per group.
 */
export function syllables(word: string): number {
  const groups = word.toLowerCase().match(/[aeiouyáéíóúàèâêîôû]+|[ëïöüä][aeiouy]*/g);
  return Math.max(1, groups?.length ?? 0);
}

export interface Readability {
  sentences: number;
  words: number;
  /** Mean words per sentence. */
  wordsPerSentence: number;
  /** Words in the longest sentence, and that sentence. */
  longestSentence: { words: number; text: string };
  syllablesPerWord: number;
  /** Share (0–1) of words with 4 or more syllables. */
  longWordShare: number;
  /** Flesch-Douma reading ease: 206.84 − 0.93 × words per sentence − 77 × syllables per word (higher is easier). */
  fleschDouma: number;
}

export function measure(markdown: string): Readability {
  const list = sentences(markdownToLines(markdown));
  const counts = list.map((s) => words(s));
  const all = counts.flat();
  const syllableCounts = all.map(syllables);
  const totalSyllables = syllableCounts.reduce((a, b) => a + b, 0);
  const longest = counts.reduce((best, w, i) => (w.length > best.words ? { words: w.length, text: list[i]! } : best), { words: 0, text: '' });
  const wordsPerSentence = all.length / Math.max(1, list.length);
  const syllablesPerWord = totalSyllables / Math.max(1, all.length);
  return {
    sentences: list.length,
    words: all.length,
    wordsPerSentence,
    longestSentence: longest,
    syllablesPerWord,
    longWordShare: syllableCounts.filter((n) => n >= 4).length / Math.max(1, all.length),
    fleschDouma: 206.84 - 0.93 * wordsPerSentence - 77 * syllablesPerWord,
  };
}
