/** The cache of pages the pupil opened (kept for offline reading); "wis alles" deletes it. */
export const VISITED_CACHE = 'richtingwijzer-visited';
