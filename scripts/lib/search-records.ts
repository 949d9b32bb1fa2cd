/**
 * The site's search records from content loaded in Node, the same as /data/search-index.json builds them (studies and
 * terms, then programmes, studiegebieden and beroepen), for the tests and benchmarks that search the real index.
 */
import { beroepLinks } from '../../src/lib/content/beroepen.ts';
import { buildHoSearchRecords } from '../../src/lib/search/build-ho-records.ts';
import { buildSearchRecords } from '../../src/lib/search/build-records.ts';
import type { SearchRecord } from '../../src/lib/search/records.ts';
import type { LoadedContent } from './load-content.ts';

/** `domainNames` defaults to the content's own domein names, as on the site. */
export function siteSearchRecords(content: LoadedContent, domainNames: Record<string, string> = Object.fromEntries(content.domains.map((d) => [d.id, d.data.name]))): SearchRecord[] {
  const links = beroepLinks(
    content.beroepen.map((b) => ({ id: b.id, ...b.data })),
    content.studies.map((s) => ({ id: s.id, beroepen: s.data.beroepen })),
    content.programmes.map((p) => ({ id: p.id, beroepen: p.data.beroepen })),
  );
  return [
    ...buildSearchRecords(content.studies, content.glossary, domainNames),
    ...buildHoSearchRecords({ programmes: content.programmes, studiegebieden: content.studiegebieden, beroepen: content.beroepen, beroepLinks: links }),
  ];
}
