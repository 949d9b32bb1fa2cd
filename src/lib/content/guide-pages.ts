/**
 * Every guide (content/guides/<id>.md) has its own page at a short Dutch URL. One list for the pages, the internal
 * link check and the content check (a guide without a page, or a page without its guide, is a content problem).
 */
export const GUIDE_PAGES = {
  'structuur-secundair-onderwijs': '/structuur/',
  'secundair-in-een-blad': '/in-een-blad/',
  'aanmelden-en-inschrijven': '/aanmelden/',
  'attesten-uitgelegd': '/attesten/',
  'waar-vind-je-hulp': '/hulp/',
} as const;
export type GuideId = keyof typeof GUIDE_PAGES;

export function isGuideId(id: string): id is GuideId {
  return Object.hasOwn(GUIDE_PAGES, id);
}
