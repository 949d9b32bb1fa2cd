/** Where a pupil can get help, shown on every page. Checked 2026-11-23. */
export interface HelpLink {
  name: string;
  description: string;
  url: string;
  contact?: string;
}

export const HELP_LINKS: HelpLink[] = [
  {
    name: 'Je CLB',
    description: 'Gratis en vertrouwelijk advies over studiekeuze, leren en je welzijn. Elke school werkt samen met een CLB.',
    url: 'https://www.vlaanderen.be/centrum-voor-leerlingenbegeleiding-clb',
  },
  {
    name: 'Clbchat',
    description: 'Chat anoniem met een CLB-medewerker.',
    url: 'https://www.clbchat.be/',
  },
  {
    name: 'Awel',
    description: 'Voor kinderen en jongeren die met iemand willen praten, over wat dan ook.',
    url: 'https://www.awel.be/',
    contact: 'Bel gratis 102',
  },
  {
    name: 'Zelfmoordlijn 1813',
    description: 'Als je aan zelfmoord denkt of je zorgen maakt om iemand. Dag en nacht.',
    url: 'https://www.1813.be/',
    contact: 'Bel gratis 1813',
  },
];
