/**
 * The school finder island: loads the school and postcode data when it starts (not with the page), reads and writes
 * the search in the URL query, and shows the form, the sorted list, the map and the comparison. Decisions come from
 * src/lib/schools; this component only wires them up.
 */
import { useStore } from '@nanostores/react';
import { startTransition, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { finderQueryString, parseFinderQuery, searchKey, type FinderQuery } from '../../lib/schools/finder-query.ts';
import { describeResults, findSchools, resolveStudyText, studyFieldText } from '../../lib/schools/finder.ts';
import type { MercatorParams } from '../../lib/schools/local-map.ts';
import { resolvePlace } from '../../lib/schools/place.ts';
import { positionPlace } from '../../lib/schools/position.ts';
import { $finder, updateFinder } from '../../stores/school-finder.ts';
import type { FieldProblem } from '../forms/SuggestField.tsx';
import FinderForm from './FinderForm.tsx';
import FinderResults from './FinderResults.tsx';
import LocateButton from './LocateButton.tsx';
import { loadFinderData, type Loaded } from './load-finder-data.ts';
import type { Place } from '../../lib/schools/finder-data.ts';
import DidYouMean from '../forms/DidYouMean.tsx';

interface Props {
  domainNames: Record<string, string>;
  overview: MercatorParams;
  /** Keep the search in the URL query (off in the counsellor's session: nothing in the browser history). */
  syncUrl?: boolean;
  /** Without the URL: the search to start from (the session passes the saved study, or the search of its last visit). */
  start?: Partial<FinderQuery>;
}

export default function SchoolFinder({ domainNames, overview, syncUrl = true, start }: Props) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [problems, setProblems] = useState<string[]>([]);
  // A study text that matches nothing: no results are shown until it is fixed, so none look filtered when they are not.
  const [studyError, setStudyError] = useState<FieldProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const query = useStore($finder);
  const ready = loaded.status === 'ready';
  const compareHeading = useRef<HTMLHeadingElement>(null);
  const studyAlert = useRef<HTMLDivElement>(null);
  // The message replaces the results: bring it into view where the parent is looking (the form can be long on a phone).
  useEffect(() => {
    if (studyError) studyAlert.current?.scrollIntoView({ block: 'nearest' });
  }, [studyError]);
  const startRef = useRef(start);
  // "Gebruik mijn locatie": in memory only, never in the query (so never in the URL or a shared link).
  const [position, setPosition] = useState<Place | null>(null);
  const placeBefore = useRef('');

  useEffect(() => {
    let current = true;
    setLoaded({ status: 'loading' });
    void loadFinderData().then((result) => {
      if (!current) return;
      if (result.status === 'ready') {
        const known = { studies: new Set(result.data.studies.map((s) => s.id)), schools: new Set(result.data.schools.map((s) => s.id)) };
        const parsed = parseFinderQuery(syncUrl ? window.location.search : '', known);
        const first: Partial<FinderQuery> = syncUrl ? {} : startRef.current ?? {};
        $finder.set({ ...parsed.query, ...first, studies: (first.studies ?? parsed.query.studies).filter((id) => known.studies.has(id)) });
        setProblems(parsed.problems);
      }
      // The first answer (2,000 schools, the list, the map) is drawn in slices that let the page react meanwhile,
      // not in one long task while a cheap phone is still loading the page.
      startTransition(() => setLoaded(result));
    });
    return () => {
      current = false;
    };
  }, [attempt, syncUrl]);

  // The query follows the choices, without adding a history entry per click; a moment after the last change and when
  // the browser is idle, so clicking through filters does not wait for the browser's history (slow on a cheap phone).
  useEffect(() => {
    if (!ready || !syncUrl) return;
    const write = () => {
      const text = finderQueryString(query);
      if (window.location.search.slice(1) !== text) window.history.replaceState(null, '', `${window.location.pathname}${text ? `?${text}` : ''}`);
    };
    let idle: number | undefined;
    const timer = window.setTimeout(() => {
      if ('requestIdleCallback' in window) idle = window.requestIdleCallback(write, { timeout: 1000 });
      else write();
    }, 150);
    return () => {
      window.clearTimeout(timer);
      if (idle !== undefined) window.cancelIdleCallback(idle);
    };
  }, [query, ready, syncUrl]);

  const studies = useMemo(() => new Map(ready ? loaded.data.studies.map((s) => [s.id, s]) : []), [loaded, ready]);
  const schoolsById = useMemo(() => new Map(ready ? loaded.data.schools.map((s) => [s.id, s]) : []), [loaded, ready]);
  // The form follows every click at once; the answer (list, map, sentence) is drawn from `shown`, which may trail by
  // a moment while React draws it without blocking the next click.
  const deferred = useShownQuery(query, ready);
  // Choosing schools to compare is not deferred: a ticked box must stay ticked, and the comparison opens at once.
  const shown = useMemo(() => ({ ...deferred, selected: query.selected, compare: query.compare }), [deferred, query.selected, query.compare]);
  const placeResult = useMemo(() => (ready && query.place && !position ? resolvePlace(loaded.places, query.place) : null), [loaded, ready, query.place, position]);
  const shownPlace = useMemo(() => (ready && deferred.place && !position ? resolvePlace(loaded.places, deferred.place) : null), [loaded, ready, deferred.place, position]);
  const place = position ?? (shownPlace?.ok ? shownPlace.value : null);
  const search = searchKey(deferred);
  // Found again only for a new search: ticking a school to compare changes the query, not the results.
  const results = useMemo(() => (ready ? findSchools(loaded.data, deferred, place) : []), [loaded, ready, search, place]); // eslint-disable-line react-hooks/exhaustive-deps
  // Once per answer, not again when only the form changes.
  const summary = useMemo(
    () =>
      describeResults(results, shown, place, {
        studies: studyFieldText(shown.studies, studies),
        domain: shown.domain ? domainNames[shown.domain] ?? shown.domain : null,
      }),
    [results, shown, place, studies, domainNames],
  );
  // Stable, so the form (memo) is not drawn again when only the answer catches up with it.
  const changeForm = useCallback((change: Partial<FinderQuery>) => {
    // A typed place takes over from the position.
    if (change.place !== undefined && change.place !== '') setPosition(null);
    updateFinder(change);
  }, []);
  const openCompare = useCallback(() => {
    updateFinder({ compare: true });
    requestAnimationFrame(() => compareHeading.current?.focus());
  }, []);

  if (loaded.status === 'loading') return <p className="finder-status" role="status">Scholen laden…</p>;
  if (loaded.status === 'error') {
    return (
      <div className="finder-failed">
        <p className="notice" role="alert">
          {loaded.error}{' '}
          <button type="button" onClick={() => setAttempt((n) => n + 1)}>Opnieuw proberen</button>
        </p>
      </div>
    );
  }

  const pickStudy = (title: string) => {
    const resolved = resolveStudyText(loaded.data.studies, title);
    setStudyError(resolved.ok ? null : resolved);
    if (resolved.ok) updateFinder({ studies: resolved.value });
  };

  return (
    <div className={`finder${query.compare ? ' comparing' : ''}`}>
      {problems.length > 0 && (
        <div className="notice" role="alert">
          <p>Niet alles uit de link kon gebruikt worden:</p>
          <ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul>
          <button type="button" className="button secondary" onClick={() => setProblems([])}>Sluiten</button>
        </div>
      )}
      <FinderForm
        query={query}
        places={loaded.places}
        studies={loaded.data.studies}
        offered={loaded.data.schools}
        domainNames={domainNames}
        placeError={placeResult && !placeResult.ok ? placeResult : null}
        studyError={studyError}
        onStudyError={setStudyError}
        onChange={changeForm}
      />
      <LocateButton
        active={position !== null}
        onPosition={(lat, lon) => {
          // The typed place comes back when the position is no longer used.
          if (query.place) placeBefore.current = query.place;
          setPosition(positionPlace(lat, lon));
          updateFinder({ place: '' });
        }}
        onStop={() => {
          setPosition(null);
          updateFinder({ place: placeBefore.current });
        }}
      />
      <h2 id="resultaten">Resultaten</h2>
      {placeResult && !placeResult.ok ? (
        // Like an unknown study: no list until the place is fixed, so no school looks near or far when it is not.
        <p className="notice finder-place-error">We tonen nog geen scholen: kies hierboven een postcode of gemeente die bestaat, of maak het veld leeg om alle scholen te zien.</p>
      ) : studyError ? (
        <div className="notice finder-study-error" role="alert" ref={studyAlert}>
          <p>{studyError.error} We tonen nog geen scholen: kies een richting die bestaat, of maak het veld Richting leeg om alle scholen te zien.</p>
          <DidYouMean suggestions={studyError.suggestions} onPick={pickStudy} />
        </div>
      ) : (
        <FinderResults
          ref={compareHeading}
          results={results}
          summary={summary}
          query={shown}
          place={place}
          studies={studies}
          schools={schoolsById}
          overview={overview}
          search={`${search} ${place?.lat ?? ""},${place?.lon ?? ""}`}
          stale={deferred !== query}
          onCompare={openCompare}
        />
      )}
    </div>
  );
}

/**
 * The search the answer is drawn from: the form's search, deferred. Right after the data arrives (the search from
 * the link), it is the form's search itself, so the first answer is never that of the empty search before it.
 */
function useShownQuery(query: FinderQuery, ready: boolean): FinderQuery {
  const deferred = useDeferredValue(query);
  const [caughtUp, setCaughtUp] = useState(false);
  useEffect(() => {
    if (ready && deferred === query) setCaughtUp(true);
  }, [ready, deferred, query]);
  return ready && !caughtUp ? query : deferred;
}
