/**
 * Schemas of the translations of the key pages into home languages (content/translations/<lang>/): one Markdown file
 * per page, a glossary file and a file with the language's own labels for the page frame.
 */
import { z } from 'astro/zod';
import { checkedSchema, sourceSchema } from './source.ts';

/** How a translation was made, shown on the page so a reader knows how far to trust it. */
export const translationMethodSchema = z.object({
  /** Who or what translated it, e.g. "taalmodel (Claude)". */
  by: z.string().min(3, 'zeg wie of wat vertaalde'),
  /** True only when a person who reads the language well has checked it. */
  reviewed: z.boolean(),
  /** How it was checked so far (e.g. a back-translation of a sample). */
  checks: z.string().min(3).optional(),
});

/** content/translations/<lang>/<page>.md */
export const translationPageSchema = z.object({
  title: z.string().min(3),
  description: z.string().min(20).max(240),
  /** The date the Dutch original was read for this translation. */
  translated: checkedSchema,
  sources: z.array(sourceSchema).min(1, 'geef minstens één bron'),
  checked: checkedSchema,
  /** What the Dutch original says it could not confirm, translated. */
  uncertain: z.array(z.string().min(10)).default([]),
});
export type TranslationPageData = z.infer<typeof translationPageSchema>;

/** content/translations/<lang>/glossary.yaml */
export const translationGlossarySchema = z.object({
  terms: z
    .array(
      z.object({
        /** Id of the Dutch term (content/glossary/<id>.md). */
        id: z.string().min(2),
        /** The Dutch term exactly as in the Dutch glossary: the word the school uses. */
        nl: z.string().min(2),
        /** The term in this language. */
        term: z.string().min(2),
        /** The Dutch one-line explanation, translated; Dutch words in it as [[term]] or [[nl:words]]. */
        short: z.string().min(10).max(400),
      }),
    )
    .min(1),
});
export type TranslationGlossaryData = z.infer<typeof translationGlossarySchema>;

/** content/translations/<lang>/language.yaml: the words of the page frame in this language. */
export const translationLanguageSchema = z.object({
  translation: translationMethodSchema,
  ui: z.object({
    /** Title and lead of /<lang>/. */
    homeTitle: z.string().min(3),
    homeLead: z.string().min(20).max(240),
    /** Title and lead of /<lang>/begrippen/. */
    glossaryTitle: z.string().min(3),
    glossaryLead: z.string().min(20).max(240),
    /** Shown on every page: this helps you on the way; the school and the CLB have the last word; the CLB is free. */
    notice: z.string().min(40),
    /** How the translation was made (a language model, not yet checked by a person). */
    machineNote: z.string().min(20),
    /** Label of the link to the Dutch original. */
    dutchVersion: z.string().min(3),
    sources: z.string().min(3),
    /** Heading of the list of what the Dutch original could not confirm. */
    uncertain: z.string().min(3),
    /** "Checked on {date}". */
    checkedOn: z.string().includes('{date}'),
    skip: z.string().min(3),
  }),
});
export type TranslationLanguageData = z.infer<typeof translationLanguageSchema>;
