/**
 * The loaded translations as the pages need them: one record per language with its labels and glossary present
 * (the build has already failed with a precise message when one is missing; this only narrows the types).
 */
interface Loaded<P, G, L> {
  lang: string;
  pages: P[];
  glossary?: { data: G };
  language?: { data: L };
}

export function translationsByLanguage<P, G, L>(languages: Loaded<P, G, L>[]) {
  return languages.map((l) => {
    if (!l.glossary || !l.language) throw new Error(`content/translations/${l.lang}: glossary.yaml of language.yaml ontbreekt`);
    return { lang: l.lang, pages: l.pages, glossary: l.glossary.data, labels: l.language.data };
  });
}
