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

/**
 * Templates with hundreds of pages besides the schools (programmes of higher education, beroepen): the prefix of
 * their URLs. Their index pages (the prefix itself) are always crawled.
 */
export const SAMPLED_TEMPLATES: readonly string[] = ['/hoger-onderwijs/', '/beroepen/'];

/** The template a URL belongs to when it is one page of a sampled template, else null. */
export function sampledTemplateOf(url: string): string | null {
  return SAMPLED_TEMPLATES.find((prefix) => url.startsWith(prefix) && url !== prefix && /^[a-z0-9-]+\/$/.test(url.slice(prefix.length))) ?? null;
}

/**
 * What a built page of a template shows: the headings of its sections (h2/h3 text without numbers), whether it has a
 * warning, a list of institutions, a table, and which elements and classes its main content uses (a programme with a
 * "Toon alle" list, with routes that are closed or open, with a status the others lack). Two pages with the same
 * shape exercise the same markup.
 */
export function pageShape(html: string): string {
  const headings = [...html.matchAll(/<h[23][^>]*>([\s\S]*?)<\/h[23]>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/\d+/g, '#').replace(/\s+/g, ' ').trim());
  const parts = [...new Set(headings)].sort();
  for (const marker of ['class="notice"', '<table', 'role="note"', '<details']) if (html.includes(marker)) parts.push(marker);
  const start = html.indexOf('<main');
  const main = start < 0 ? '' : html.slice(start, html.indexOf('</main>', start) >>> 0);
  const tags = new Set([...main.matchAll(/<([a-z][a-z0-9]*)[\s>]/g)].map((m) => m[1]!));
  // Astro's scoping classes differ per component, not per page shape.
  const classes = new Set([...main.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/)).filter((c) => c !== '' && !c.startsWith('astro-')));
  parts.push(`<${[...tags].sort().join(' ')}>`, `.${[...classes].sort().join(' .')}`);
  return parts.join('|');
}

/**
 * A fixed, representative sample of one template's pages: the first page (by URL) of every distinct shape (at most
 * `max` shapes, in URL order), plus the page with the most links (the longest lists). The same build always gives
 * the same sample.
 */
export function templateSample(pages: readonly { url: string; html: string }[], max = 25): string[] {
  const sorted = [...pages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const byShape = new Map<string, string>();
  for (const page of sorted) {
    const shape = pageShape(page.html);
    if (!byShape.has(shape) && byShape.size < max) byShape.set(shape, page.url);
  }
  const links = (html: string) => html.split('<a ').length;
  const longest = sorted.reduce<{ url: string; html: string } | undefined>((best, p) => (best === undefined || links(p.html) > links(best.html) ? p : best), undefined);
  return [...new Set([...byShape.values(), ...(longest ? [longest.url] : [])])].sort();
}
