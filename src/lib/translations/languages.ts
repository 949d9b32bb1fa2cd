/**
 * The home languages the key pages are translated into, with the name a reader of that language recognises (in its
 * own script) and the writing direction. Dutch is the site's own language; translations live under /<code>/.
 */
export const TRANSLATION_LANGUAGES = ['en', 'fr', 'ar', 'tr', 'uk', 'ro', 'pl'] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];
export type SiteLanguage = 'nl' | TranslationLanguage;

export interface LanguageInfo {
  code: SiteLanguage;
  /** The language's name in its own language and script. */
  name: string;
  dir: 'ltr' | 'rtl';
}

export const LANGUAGES: Record<SiteLanguage, LanguageInfo> = {
  nl: { code: 'nl', name: 'Nederlands', dir: 'ltr' },
  en: { code: 'en', name: 'English', dir: 'ltr' },
  fr: { code: 'fr', name: 'Français', dir: 'ltr' },
  ar: { code: 'ar', name: 'العربية', dir: 'rtl' },
  tr: { code: 'tr', name: 'Türkçe', dir: 'ltr' },
  uk: { code: 'uk', name: 'Українська', dir: 'ltr' },
  ro: { code: 'ro', name: 'Română', dir: 'ltr' },
  pl: { code: 'pl', name: 'Polski', dir: 'ltr' },
};

/** Dutch first, then the translations in a fixed order: the order of the language switch. */
export const SITE_LANGUAGES: SiteLanguage[] = ['nl', ...TRANSLATION_LANGUAGES];

export function isTranslationLanguage(code: string): code is TranslationLanguage {
  return (TRANSLATION_LANGUAGES as readonly string[]).includes(code);
}

/** The language a built page must declare: the first path segment when it is a translation language, else Dutch. */
export function languageOfPath(path: string): LanguageInfo {
  const first = path.split('/')[1] ?? '';
  return isTranslationLanguage(first) ? LANGUAGES[first] : LANGUAGES.nl;
}
