/** Storage keys, apart from the schemas so the tiny save-button script can check for saved choices without zod. */
export const CHOICES_KEY = 'richtingwijzer:keuzes:v1';
/** Every key this site writes starts with this. */
export const SITE_PREFIX = 'richtingwijzer';
