import type { APIRoute } from 'astro';
import { content } from '../../content.ts';
import { buildSearchRecords } from '../../lib/search/build-records.ts';

/** The records the search page loads when the search is first used. */
export const GET: APIRoute = async () => {
  const { studies, glossary, domains } = await content();
  const names = Object.fromEntries(domains.map((d) => [d.id, d.data.name]));
  return new Response(JSON.stringify(buildSearchRecords(studies, glossary, names)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
