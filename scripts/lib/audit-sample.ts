/**
 * Which school pages the audit opens in the browser. Every page is checked statically; of the school pages (two
 * thousand of the same template) the browser crawl takes a fixed, representative sample: the first school (by id)
 * of every combination of province, net, with or without an offer of its own and with or without coordinates,
 * plus the schools with the longest and the shortest offer. The same content always gives the same sample.
 */
import { provinceOf } from '../../src/lib/schools/province.ts';

export interface SampleSchool {
  id: string;
  net: string;
  postcode: string;
  studies: number;
  located: boolean;
}

export function schoolSample(schools: readonly SampleSchool[]): string[] {
  const sorted = [...schools].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const picked = new Map<string, string>();
  for (const s of sorted) {
    const group = [provinceOf(s.postcode) ?? 'elders', s.net, s.studies > 0 ? 'aanbod' : 'geen aanbod', s.located ? 'op de kaart' : 'zonder punt'].join('|');
    if (!picked.has(group)) picked.set(group, s.id);
  }
  const offering = sorted.filter((s) => s.studies > 0);
  const byOffer = [...offering].sort((a, b) => b.studies - a.studies);
  const extremes = [byOffer[0], byOffer.at(-1)].filter((s): s is SampleSchool => s !== undefined).map((s) => s.id);
  return [...new Set([...picked.values(), ...extremes])].sort();
}

/** The URL of a school page, or null for any other page. */
export function schoolIdOfUrl(url: string): string | null {
  const match = /^\/scholen\/([a-z0-9-]+)\/$/.exec(url);
  return match && match[1] !== 'zoeken' ? match[1]! : null;
}
