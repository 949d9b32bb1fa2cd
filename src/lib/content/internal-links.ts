/**
 * Internal links in Markdown bodies must lead somewhere: a known page of the site, a study page, or a glossary
 * term on /begrippen/. Checked at build time so that a typo in a link fails the build with its file.
 */
import { FACETS, FACET_VALUES } from '../catalogue/facets.ts';
import { GUIDE_PAGES } from './guide-pages.ts';
import type { ContentProblem } from './problems.ts';

const STATIC_PAGES = ['/', '/catalogus/', '/matrix/', '/matrix/graad-2/', '/matrix/graad-3/', '/begrippen/', '/zoeken/', '/data/studies.json', ...Object.values(GUIDE_PAGES)];

export function knownPaths(studyIds: Iterable<string>): Set<string> {
  const paths = new Set(STATIC_PAGES);
  for (const id of studyIds) paths.add(`/studies/${id}/`);
  for (const facet of FACETS) for (const value of FACET_VALUES[facet]) paths.add(`/catalogus/${facet}/${value}/`);
  return paths;
}

/** Markdown links and HTML hrefs that start with "/", with the line they are on. */
export function internalLinks(body: string): { href: string; line: number }[] {
  const links: { href: string; line: number }[] = [];
  body.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)) links.push({ href: (match[1] ?? match[2])!, line: index + 1 });
  });
  return links;
}

export function brokenLinks(
  file: string,
  body: string,
  paths: Set<string>,
  glossaryIds: Set<string>,
): ContentProblem[] {
  return internalLinks(body).flatMap(({ href, line }) => {
    const [path = '', anchor] = href.split('#');
    const pathOk = paths.has(path) || paths.has(`${path}/`);
    const anchorOk = anchor === undefined || path !== '/begrippen/' || glossaryIds.has(anchor);
    return pathOk && anchorOk
      ? []
      : [{ file, field: `body (regel ${line})`, message: `link "${href}" leidt naar een pagina die niet bestaat` }];
  });
}
