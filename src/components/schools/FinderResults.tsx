/**
 * The finder's answer to a search: the sentence, the map, the list and the comparison. Drawn from the search the
 * finder passes as "shown", which React may let trail the form by a moment (useDeferredValue): a click on a filter
 * answers at once, and redrawing hundreds of schools never blocks the next click on a cheap phone. While it trails,
 * the region is aria-busy and, after a short delay, dimmed.
 */
import { forwardRef, memo, useEffect, useState } from 'react';
import type { FinderSchool, FinderStudy, Place } from '../../lib/schools/finder-data.ts';
import { LIST_PAGE, type FinderResult } from '../../lib/schools/finder.ts';
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
  /** The search the results answer (searchKey): a new one starts the list at its first page again. */
  search: string;
  /** True while this trails the form (a newer search is being drawn). */
  stale: boolean;
  onCompare: () => void;
}

const FinderResults = memo(
  forwardRef<HTMLHeadingElement, Props>(function FinderResults({ results, summary, query, place, studies, schools, overview, search, stale, onCompare }, compareHeading) {
    // "Toon nog" lengthens the list of this search only; ticking a school to compare is not a new search.
    const [more, setMore] = useState({ search, listed: LIST_PAGE });
    const listed = more.search === search ? more.listed : LIST_PAGE;
    const dimmed = useDimmed(stale);
    return (
      <div className={dimmed ? 'finder-answer dimmed' : 'finder-answer'} aria-busy={stale}>
        <p className="finder-summary" role="status">{summary}</p>
        {place && isPosition(place) && <p className="source">Afstanden in vogelvlucht, gemeten vanaf jouw locatie.</p>}
        {place && !isPosition(place) && <p className="source">Afstanden in vogelvlucht, gemeten vanaf één punt voor postcode {place.postcode}: het midden van de schooladressen met die postcode, of het midden van de gemeente {place.municipality} waar die postcode geen school heeft. Niet vanaf je adres: een school kan dus wat dichterbij of verder liggen dan hier staat.</p>}
        {results.length > 0 && <FinderMap results={results} place={place} maxKm={query.maxKm} numbered={listed} overview={overview} />}
        <ResultList results={results} studies={studies} schools={schools} query={query} listed={listed} onMore={(n) => setMore({ search, listed: n })} onCompare={onCompare} />
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

/**
 * True once the answer has trailed the form for a moment (a slow phone): then it is dimmed. A timer, not a delayed
 * CSS transition: a transition waiting out its delay makes the browser draw frames and send transition events
 * during every change, even the quick ones that are never dimmed.
 */
function useDimmed(stale: boolean): boolean {
  const [dimmed, setDimmed] = useState(false);
  useEffect(() => {
    if (!stale) return;
    const timer = window.setTimeout(() => setDimmed(true), 250);
    return () => {
      window.clearTimeout(timer);
      setDimmed(false);
    };
  }, [stale]);
  return dimmed;
}

export default FinderResults;
