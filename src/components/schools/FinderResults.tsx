/**
 * The finder's answer to a search: the sentence, the map, the list and the comparison. Drawn from the search the
 * finder passes as "shown", which React may let trail the form by a moment (useDeferredValue): a click on a filter
 * answers at once, and redrawing hundreds of schools never blocks the next click on a cheap phone. While it trails,
 * the region is aria-busy and, after a short delay, dimmed.
 */
import { forwardRef, memo } from 'react';
import type { FinderSchool, FinderStudy, Place } from '../../lib/schools/finder-data.ts';
import type { FinderResult } from '../../lib/schools/finder.ts';
import type { FinderQuery } from '../../lib/schools/finder-query.ts';
import type { MercatorParams } from '../../lib/schools/local-map.ts';
import { isPosition } from '../../lib/schools/position.ts';
import { updateFinder } from '../../stores/school-finder.ts';
import CompareTable from './CompareTable.tsx';
import FinderMap from './FinderMap.tsx';
import ResultList from './ResultList.tsx';

interface Props {
  results: FinderResult[];
  summary: string;
  query: FinderQuery;
  place: Place | null;
  studies: ReadonlyMap<string, FinderStudy>;
  schools: ReadonlyMap<string, FinderSchool>;
  overview: MercatorParams;
  /** True while this trails the form (a newer search is being drawn). */
  stale: boolean;
  onCompare: () => void;
}

const FinderResults = memo(
  forwardRef<HTMLHeadingElement, Props>(function FinderResults({ results, summary, query, place, studies, schools, overview, stale, onCompare }, compareHeading) {
    return (
      <div className="finder-answer" aria-busy={stale}>
        <p className="finder-summary" role="status">{summary}</p>
        {place && isPosition(place) && <p className="source">Afstanden in vogelvlucht, gemeten vanaf jouw locatie.</p>}
        {place && !isPosition(place) && <p className="source">Afstanden in vogelvlucht, gemeten vanaf één punt voor postcode {place.postcode}: het midden van de schooladressen met die postcode, of het midden van de gemeente {place.municipality} waar die postcode geen school heeft. Niet vanaf je adres: een school kan dus wat dichterbij of verder liggen dan hier staat.</p>}
        {results.length > 0 && <FinderMap results={results} place={place} maxKm={query.maxKm} overview={overview} />}
        <ResultList results={results} studies={studies} schools={schools} query={query} onCompare={onCompare} />
        {query.compare && (
          <CompareTable
            ref={compareHeading}
            schools={query.selected.map((id) => schools.get(id)).filter((s) => s !== undefined)}
            studies={studies}
            query={query}
            place={place}
            onClose={() => updateFinder({ compare: false })}
          />
        )}
      </div>
    );
  }),
);

export default FinderResults;
