/**
 * Text normalisation for search, applied the same way to the index and to the query, so that accents, capitals
 * and common Dutch spelling variants do not matter: "Électromechanica" and "elektromechanische" meet halfway.
 */

/** Lower case without diacritics: "Ëlektriciteit" → "elektriciteit". */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Spelling folds that pupils often mix up: c/k (elektro, electro), ph/f, th/t, y/ij. */
export function foldSpelling(word: string): string {
  return word
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/c(?![hei])/g, 'k')
    .replace(/y/g, 'ij');
}

const SUFFIXES = ['ische', 'isch', 'ieken', 'ingen', 'iek', 'ika', 'ing', 'en', 'e', 's'];

/** A light stem: removes one common Dutch ending from longer words ("technieken" and "techniek" → "techn"). */
export function stem(word: string): string {
  if (word.length <= 6) return word;
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 5) return word.slice(0, -suffix.length);
  }
  return word;
}

/** Splits text into words (letters and digits), keeping hyphenated parts apart. */
export function tokenize(text: string): string[] {
  return stripAccents(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The full normalisation of one word, as used by the search engine for index and query alike. */
export function normalizeTerm(word: string): string | null {
  const folded = stem(foldSpelling(stripAccents(word)));
  return folded.length > 0 ? folded : null;
}

/** Cleans a raw query: drops control characters, collapses whitespace and limits the length. */
export function cleanQuery(raw: string, maxLength = 100): string {
  return raw
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxLength);
}
