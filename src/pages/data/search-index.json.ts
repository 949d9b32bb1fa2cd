import type { APIRoute } from 'astro';
import { content } from '../../content.ts';
import { buildSearchRecords } from '../../lib/search/build-records.ts';
import { buildHoSearchRecords } from '../../lib/search/build-ho-records.ts';

/** The records the search page loads when the search is first used. */
export const GET: APIRoute = async () => {
  const { studies, glossary, domains, programmes, studiegebieden, beroepen, beroepLinks } = await content();
  const names = Object.fromEntries(domains.map((d) => [d.id, d.data.name]));
  const records = [...buildSearchRecords(studies, glossary, names), ...buildHoSearchRecords({ programmes, studiegebieden, beroepen, beroepLinks })];
  return new Response(JSON.stringify(records), {
    headers: { 'Content-Type': 'application/json' },
  });
};
