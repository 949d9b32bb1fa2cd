/** The pointer from the school pages, the finder and the compare table to the page on registering (/aanmelden/). */
export const REGISTRATION_LINK = {
  href: '/aanmelden/',
  before: 'Wil je je inschrijven? Lees eerst ',
  text: 'hoe aanmelden en inschrijven werkt',
  after: '. Voor het 1ste jaar moet je soms eerst aanmelden.',
} as const;
