/**
 * What "easy Dutch (B1)" means for the guides marked `easy: true`. Readability formulas are rough (they see length,
 * not meaning), so these are floors, not proof: a writer still reads the text aloud.
 *
 * - Mean sentence length ≤ 10 words and no sentence over 15 words: B1 writing advice ("gemiddeld tien woorden per
 *   zin", https://hvds.nl/tipsentricks/schrijven-op-b1-niveau/; "bij voorkeur niet meer dan tien woorden, maar zeker
 *   niet meer dan vijftien", https://bureauvoortekst.nl/b1.html).
 * - Flesch-Douma reading ease ≥ 70: Douma's table for Dutch calls 70–80 "tamelijk gemakkelijk" (6th/7th year of
 *   primary school), 60–70 "normaal" (https://dbnl.org/tekst/_taa014197701_01/_taa014197701_01_0089.php).
 * - At most 5 % of the words with 4 or more syllables: our own bound (no source gives one); Dutch compounds such as
 *   "studierichting" count, so the few school words a family must learn fit, long officialese does not.
 */
export const EASY_DUTCH = {
  maxWordsPerSentence: 10,
  maxSentenceWords: 15,
  minFleschDouma: 70,
  maxLongWordShare: 0.05,
} as const;
