/**
 * The link a family takes home on the printed summary: the one-page overview of secondary school in their own
 * language. Short on paper (no protocol, no "www"), full for the QR code.
 */
import { LANGUAGES, TRANSLATION_LANGUAGES, isTranslationLanguage, type TranslationLanguage } from '../translations/languages.ts';

export const FAMILY_PAGE = 'in-een-blad';

export interface FamilyLink {
  lang: TranslationLanguage;
  /** The language's own name, so the family recognises it on paper. */
  name: string;
  dir: 'ltr' | 'rtl';
  /** Full URL, for the QR code. */
  url: string;
  /** The same URL as printed: without https:// */
  short: string;
}

export function familyLink(origin: string, lang: string): FamilyLink | null {
  if (!isTranslationLanguage(lang)) return null;
  // The path of a translated page (translatedPath in translations/pages.ts, kept out of the island's bundle).
  const url = `${origin.replace(/\/$/, '')}/${lang}/${FAMILY_PAGE}/`;
  return { lang, name: LANGUAGES[lang].name, dir: LANGUAGES[lang].dir, url, short: url.replace(/^https?:\/\/(www\.)?/, '') };
}

/** The choices for the family's language, each named in its own script. */
export const FAMILY_LANGUAGES = TRANSLATION_LANGUAGES.map((lang) => ({ lang, name: LANGUAGES[lang].name }));
