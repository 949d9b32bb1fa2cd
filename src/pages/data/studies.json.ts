import type { APIRoute } from 'astro';
import { content } from '../../content.ts';
import { toOpenStudy } from '../../lib/content/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const { studies } = await content();
  const data = studies.map((s) => toOpenStudy(s.id, s.data, site?.href ?? 'https://richtingwijzer.example/'));
  return new Response(JSON.stringify(data, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
