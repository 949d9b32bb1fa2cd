/** The outline of Flanders and Brussels as a static SVG file, so pages can show it without inlining it. */
import type { APIRoute } from 'astro';
import { mapSvg } from '../../lib/schools/flanders-map.ts';
import { loadFlandersMap } from '../../lib/schools/load-map.ts';

export const GET: APIRoute = () => new Response(mapSvg(loadFlandersMap()), { headers: { 'Content-Type': 'image/svg+xml' } });
