/** The school finder's data, packed in columns (src/lib/schools/finder-pack.ts); loaded lazily by the islands that need it. */
import type { APIRoute } from 'astro';
import { content } from '../../content.ts';
import { finderDataOf } from '../../lib/schools/finder-data.ts';
import { packFinderData } from '../../lib/schools/finder-pack.ts';

export const GET: APIRoute = async () => {
  const { schools, studies } = await content();
  return new Response(JSON.stringify(packFinderData(finderDataOf(schools, studies))), { headers: { 'Content-Type': 'application/json' } });
};
