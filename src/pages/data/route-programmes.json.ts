/**
 * The programmes of higher education as goals of the route explorer (src/lib/routes/types.ts RouteProgramme). The
 * CLB session reads this file only when its routes step opens, so the session's first load stays light; /routes/
 * gets the same list in its page.
 */
import type { APIRoute } from 'astro';
import { content } from '../../content.ts';

export const GET: APIRoute = async () => {
  const { routeCatalogue } = await content();
  return new Response(JSON.stringify(routeCatalogue.programmes), { headers: { 'Content-Type': 'application/json' } });
};
