/**
 * "Gebruik mijn locatie": the browser's position as a place to measure distances from. It lives only in the
 * finder's memory: never stored, never in the URL or a share link. Refused or unavailable gives a plain message.
 */
import type { Place } from './finder-data.ts';

export const POSITION_NAME = 'jouw locatie';

/** A place for a position: no postcode, so it can never end up in the finder's query or link. */
export function positionPlace(lat: number, lon: number): Place {
  return { postcode: '', name: POSITION_NAME, municipality: '', lat, lon };
}

export const isPosition = (place: Place) => place.postcode === '';

/** Why there is no position: the codes of GeolocationPositionError (1, 2, 3), or the browser has no geolocation. */
export type PositionProblem = 1 | 2 | 3 | 'unsupported';

export function positionMessage(problem: PositionProblem): string {
  const fallback = 'Vul je postcode of gemeente in: dat werkt even goed.';
  switch (problem) {
    case 1:
      return `Je locatie is niet gedeeld. ${fallback}`;
    case 3:
      return `Het duurde te lang om je locatie te vinden. Probeer opnieuw, of vul je postcode of gemeente in.`;
    case 'unsupported':
      return `Je browser kan je locatie niet doorgeven. ${fallback}`;
    default:
      return `Je locatie kon niet bepaald worden. ${fallback}`;
  }
}

/** The code of a geolocation error, whatever the browser passes. */
export function positionProblemOf(error: unknown): PositionProblem {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 1 || code === 2 || code === 3 ? code : 2;
}
