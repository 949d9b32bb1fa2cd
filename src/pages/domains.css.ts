/**
 * The studiedomein colours as CSS classes, generated from content/domains at build time. Classes instead of style
 * attributes keep the pages inside a Content Security Policy without 'unsafe-inline'.
 */
import type { APIRoute } from 'astro';
import { content } from '../content.ts';

export const GET: APIRoute = async () => {
  const { domains } = await content();
  const rules = domains.map((d) => `.domain-${d.id}{--domain-colour:${d.data.colour}}`).join('\n');
  return new Response(`${rules}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
