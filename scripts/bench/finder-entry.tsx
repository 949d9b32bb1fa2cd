/** Bundled by scripts/bench-finder.ts: the finder's decisions and the real finder island, exposed on window. */
import { createRoot } from 'react-dom/client';
import { findSchools, describeResults } from '../../src/lib/schools/finder.ts';
import { localMap } from '../../src/lib/schools/local-map.ts';
import { clusterPoints } from '../../src/lib/schools/map-clusters.ts';
import { unpackFinderData } from '../../src/lib/schools/finder-pack.ts';
import SchoolFinder from '../../src/components/schools/SchoolFinder.tsx';
import type { FinderData, Place } from '../../src/lib/schools/finder-data.ts';
import type { FinderQuery } from '../../src/lib/schools/finder-query.ts';
import type { MercatorParams } from '../../src/lib/schools/local-map.ts';

/** What one filter change computes outside React: the matching schools, the sentence and the map's clusters. */
function decide(data: FinderData, query: FinderQuery, place: Place | null) {
  const results = findSchools(data, query, place);
  describeResults(results, query, place, { studies: '', domain: null });
  if (place) {
    const located = results.filter((r) => r.school.lat !== null && r.school.lon !== null).map((r) => ({ lat: r.school.lat!, lon: r.school.lon! }));
    const map = localMap(place, located, query.maxKm);
    clusterPoints(located.filter((p) => map.inside(p)).map((p, i) => ({ ...map.project(p), item: i })), 13);
  }
  return results.length;
}

function mount(element: HTMLElement, domainNames: Record<string, string>, overview: MercatorParams) {
  createRoot(element).render(<SchoolFinder domainNames={domainNames} overview={overview} />);
}

(globalThis as unknown as Record<string, unknown>).benchFinder = { decide, unpackFinderData, mount };
