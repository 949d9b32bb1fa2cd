/**
 * The programmes and studiegebieden as the questionnaire's suggestions need them (src/lib/ho/ho-data.ts). The
 * questionnaire loads this file only for a pupil in the 3de graad or a 7de jaar, so its first page stays light.
 */
import type { APIRoute } from 'astro';
import { content } from '../../content.ts';

export const GET: APIRoute = async () => {
  const { hoData } = await content();
  return new Response(JSON.stringify(hoData), { headers: { 'Content-Type': 'application/json' } });
};
