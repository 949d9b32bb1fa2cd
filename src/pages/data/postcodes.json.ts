/** Postcodes of Flanders and Brussels with their municipality centre, loaded lazily by the school finder. */
import type { APIRoute } from 'astro';
import { loadPostcodes } from '../../lib/schools/load-postcodes.ts';
import { toPostcodeRows } from '../../lib/schools/finder-data.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(toPostcodeRows(loadPostcodes())), { headers: { 'Content-Type': 'application/json' } });
