/** Open data: every school location with its offer (study ids), and the studies' filters. The finder loads the packed copy. */
import type { APIRoute } from 'astro';
import { content } from '../../content.ts';
import { finderDataOf } from '../../lib/schools/finder-data.ts';

export const GET: APIRoute = async () => {
  const { schools, studies } = await content();
  return new Response(JSON.stringify(finderDataOf(schools, studies)), { headers: { 'Content-Type': 'application/json' } });
};
