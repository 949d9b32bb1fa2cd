/** The school finder's data, loaded lazily by the finder island: schools with their offer, and the studies' filters. */
import type { APIRoute } from 'astro';
import { content } from '../../content.ts';
import { toFinderSchool, toFinderStudy, type FinderData } from '../../lib/schools/finder-data.ts';

export const GET: APIRoute = async () => {
  const { schools, studies } = await content();
  const data: FinderData = {
    schools: schools.map((s) => toFinderSchool(s.id, s.data)),
    studies: studies.filter((s) => s.data.kind !== 'bestemming').map((s) => toFinderStudy(s.id, s.data)),
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
