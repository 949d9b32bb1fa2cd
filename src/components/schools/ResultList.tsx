/**
 * The finder's results as a numbered list (the numbers match the dots on the map), each with a checkbox to compare
 * it, and a bar that opens the comparison once two to four schools are chosen.
 */
import type { FinderStudy } from '../../lib/schools/finder-data.ts';
import { MAX_COMPARE, type FinderQuery } from '../../lib/schools/finder-query.ts';
import { hasOfferFilter, type FinderResult } from '../../lib/schools/finder.ts';
import { NET_LABELS } from '../../lib/schools/labels.ts';
import { toggleSelected, updateFinder } from '../../stores/school-finder.ts';
import { formatKm } from './format.ts';
import SaveToggle from '../choices/SaveToggle.tsx';

interface Props {
  results: FinderResult[];
  studies: ReadonlyMap<string, FinderStudy>;
  query: FinderQuery;
  onCompare: () => void;
}

const SHOWN_MATCHES = 4;

export default function ResultList({ results, studies, query, onCompare }: Props) {
  const full = query.selected.length >= MAX_COMPARE;
  const filtered = hasOfferFilter(query);
  return (
    <>
      <div className="compare-bar" role="group" aria-label="Vergelijken">
        <p aria-live="polite">
          {query.selected.length === 0
            ? `Kies 2 tot ${MAX_COMPARE} scholen om ze naast elkaar te zien.`
            : `${query.selected.length} ${query.selected.length === 1 ? 'school' : 'scholen'} gekozen om te vergelijken${full ? ' (meer kan niet)' : ''}.`}
        </p>
        <button type="button" disabled={query.selected.length < 2} onClick={onCompare}>Vergelijk</button>{' '}
        {query.selected.length > 0 && (
          <button type="button" className="button secondary" onClick={() => updateFinder({ selected: [], compare: false })}>Wis keuze</button>
        )}
      </div>
      {results.length === 0 ? (
        <p className="notice">Geen scholen gevonden. Kies een grotere afstand of minder filters. Onze lijst is nog niet volledig.</p>
      ) : (
        <ol className="finder-results">
          {results.map(({ school, km, matches }) => {
            const chosen = query.selected.includes(school.id);
            const names = matches.map((id) => studies.get(id)?.title).filter((t): t is string => t !== undefined);
            return (
              <li key={school.id} className={chosen ? 'chosen' : undefined}>
                <h3><a href={`/scholen/${school.id}/`}>{school.name}</a></h3>
                <p className="meta">
                  {school.street}, {school.postcode} {school.municipality}
                  {query.place ? <> · <strong>{formatKm(km)}</strong></> : null} · {NET_LABELS[school.net]}
                </p>
                {filtered ? (
                  <p className="matches">
                    Biedt aan: {names.slice(0, SHOWN_MATCHES).join('; ')}
                    {names.length > SHOWN_MATCHES ? ` en nog ${names.length - SHOWN_MATCHES}` : ''}
                  </p>
                ) : (
                  <p className="matches">{school.studies.length} richtingen en jaren</p>
                )}
                <SaveToggle kind="school" id={school.id} name={school.name} />
                <label className="choice">
                  <input type="checkbox" checked={chosen} disabled={!chosen && full} onChange={(e) => toggleSelected(school.id, e.target.checked)} />
                  {' '}Vergelijk <span className="visually-hidden">{school.name}</span>
                </label>
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
