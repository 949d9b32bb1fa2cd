/**
 * The pages that exist in every home language, each with the Dutch page it translates. A translated page lives at
 * /<lang>/<id>/; the glossary page is built from content/translations/<lang>/glossary.yaml, the others from
 * content/translations/<lang>/<id>.md.
 */
import { GUIDE_PAGES, type GuideId } from '../content/guide-pages.ts';
import { SITE_LANGUAGES, type SiteLanguage } from './languages.ts';

export interface TranslatedPage {
  id: string;
  /** Path of the Dutch original on this site. */
  dutchPath: string;
  /** The Dutch original in content/guides, whose glossary terms the translation must name too. */
  dutchGuide?: GuideId;
}

export const GLOSSARY_PAGE = 'begrippen';

export const TRANSLATED_PAGES: TranslatedPage[] = [
  { id: 'in-een-blad', dutchPath: GUIDE_PAGES['secundair-in-een-blad'], dutchGuide: 'secundair-in-een-blad' },
  { id: 'aanmelden', dutchPath: GUIDE_PAGES['aanmelden-en-inschrijven'], dutchGuide: 'aanmelden-en-inschrijven' },
  { id: 'attesten', dutchPath: GUIDE_PAGES['attesten-uitgelegd'], dutchGuide: 'attesten-uitgelegd' },
  { id: GLOSSARY_PAGE, dutchPath: '/begrippen/' },
  { id: 'hulp', dutchPath: GUIDE_PAGES['waar-vind-je-hulp'], dutchGuide: 'waar-vind-je-hulp' },
];

/** Markdown pages a translation must have (every translated page except the glossary, which is data). */
export const MARKDOWN_PAGES = TRANSLATED_PAGES.filter((p) => p.id !== GLOSSARY_PAGE).map((p) => p.id);

export function translatedPath(lang: SiteLanguage, pageId: string): string {
  const page = TRANSLATED_PAGES.find((p) => p.id === pageId);
  if (!page) throw new Error(`unknown translated page "${pageId}"`);
  return lang === 'nl' ? page.dutchPath : `/${lang}/${pageId}/`;
}

/** The same page in every language (Dutch included), for hreflang links and the language switch. */
export function alternatesOf(pageId: string): { lang: SiteLanguage; href: string }[] {
  return SITE_LANGUAGES.map((lang) => ({ lang, href: translatedPath(lang, pageId) }));
}

/** Where a language's home is: the Dutch home page, or the index of translated pages. */
export function languageHome(lang: SiteLanguage): string {
  return lang === 'nl' ? '/' : `/${lang}/`;
}

/** Per translated page: the Dutch glossary terms its Dutch original (a guide) uses; pages without a guide are left out. */
export function dutchTermsOfPages(
  guides: { id: string; body: string }[],
  termIdsIn: (text: string) => Set<string>,
): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const page of TRANSLATED_PAGES) {
    const guide = guides.find((g) => g.id === page.dutchGuide);
    if (guide) map.set(page.id, termIdsIn(guide.body));
  }
  return map;
}
