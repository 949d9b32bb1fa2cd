import type { APIRoute } from 'astro';
import { content } from '../../content.ts';
import { toOpenBeroep, toOpenProgramme, toOpenStudiegebied } from '../../lib/content/open-programmes.ts';

export const GET: APIRoute = async ({ site }) => {
  const { programmes, studiegebieden, beroepen, beroepLinks } = await content();
  const siteUrl = site?.href ?? 'https://richtingwijzer.example/';
  const data = {
    complete: false,
    note: 'Nog niet het volledige aanbod: opleidingen die we vonden op de eigen pagina of in de opleidingscatalogus 2024-2025 van de instelling; wat niet is nagekeken, staat per opleiding in verified en uncertain. Het volledige aanbod staat in het Hogeronderwijsregister (https://www.hogeronderwijsregister.be/).',
    studiegebieden: studiegebieden.map((s) => toOpenStudiegebied(s.id, s.data, siteUrl)),
    programmes: programmes.map((p) => toOpenProgramme(p.id, p.data, siteUrl)),
    beroepen: beroepen.map((b) => toOpenBeroep(b.id, b.data, beroepLinks.get(b.id)!, siteUrl)),
  };
  return new Response(JSON.stringify(data, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
