/**
 * The finder's results as a numbered list (the numbers match the dots on the map), each with a checkbox to compare
 * it, and a bar that opens the comparison once two to four schools are chosen.
 */
import { memo, useMemo } from 'react';
import type { FinderSchool, FinderStudy } from '../../lib/schools/finder-data.ts';
import { MAX_COMPARE, type FinderQuery } from '../../lib/schools/finder-query.ts';
import { beyondLimit, hasOfferFilter, LIST_PAGE, type FinderResult } from '../../lib/schools/finder.ts';
import { NET_LABELS } from '../../lib/schools/labels.ts';
import { toggleSelected, updateFinder } from '../../stores/school-finder.ts';
import { formatKm } from './format.ts';
import SaveToggle from '../choices/SaveToggle.tsx';
import { useChoices, type ChoicesHandle } from '../choices/use-choices.ts';

interface Props {
  results: FinderResult[];
  studies: ReadonlyMap<string, FinderStudy>;
  /** Every school by id: a location without an offer of its own links to the one that has it. */
  schools: ReadonlyMap<string, FinderSchool>;
  query: FinderQuery;
  /** How many schools the list shows (more with "Toon nog"); the map numbers the same ones. */
  listed: number;
  onMore: (listed: number) => void;
  onCompare: () => void;
}

const SHOWN_MATCHES = 4;

function ResultList({ results, studies, schools, query, listed, onMore, onCompare }: Props) {
  const saved = useChoices();
  // The same handle while the choices stay the same, so unchanged result items are not drawn again.
  const handle = useMemo<ChoicesHandle>(() => ({ store: saved.store, choices: saved.choices }), [saved.store, saved.choices]);
  const full = query.selected.length >= MAX_COMPARE;
  // A school chosen to compare stays visible even when it is further down the list.
  const lastChosen = Math.max(0, ...query.selected.map((id) => results.findIndex((r) => r.school.id === id) + 1));
  const visible = results.slice(0, Math.max(listed, lastChosen));
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
        <p className="notice">Geen scholen gevonden. Kies een grotere afstand of minder filters.</p>
      ) : (
        <ol className="finder-results">
          {visible.map(({ school, km, matches }, i) => {
            const chosen = query.selected.includes(school.id);
            // A distance is shown once there is a place (a postcode, or the position, which leaves the field empty).
            const located = query.place !== '' || km !== null;
            const names = matches.map((id) => studies.get(id)?.title).filter((t): t is string => t !== undefined);
            const offer = filtered
              ? `Biedt aan: ${names.slice(0, SHOWN_MATCHES).join('; ')}${names.length > SHOWN_MATCHES ? ` en nog ${names.length - SHOWN_MATCHES}` : ''}`
              : `${school.studies.length} richtingen en jaren`;
            return (
              // Keyed by place in the list: a new search fills the same rows with other schools (text and attributes
              // change) instead of removing ten rows and building ten new ones. Nothing in a row keeps state of its
              // own school except SaveToggle's message, which is kept per id.
              <ResultItem
                key={i}
                school={school}
                km={located ? formatKm(km) : null}
                ownPostcode={located && beyondLimit(km, query)}
                offer={offer}
                schools={schools}
                chosen={chosen}
                full={full}
                saved={handle}
              />
            );
          })}
        </ol>
      )}
      {results.length > visible.length && (
        <p>
          <button type="button" className="button secondary" onClick={() => onMore(visible.length + LIST_PAGE)}>
            Toon nog {Math.min(LIST_PAGE, results.length - visible.length)} van de {results.length - visible.length} andere scholen
          </button>
        </p>
      )}
    </>
  );
}

interface ItemProps {
  school: FinderSchool;
  /** The distance as shown, or null when no place was given. */
  km: string | null;
  /** Listed past the distance limit because it lies in the postcode searched for (findSchools). */
  ownPostcode: boolean;
  /** What the school offers of the search ("Biedt aan: …"), or how much it offers. */
  offer: string;
  schools: ReadonlyMap<string, FinderSchool>;
  chosen: boolean;
  full: boolean;
  saved: ChoicesHandle;
}

/**
 * One school in the list. Drawn again only when what it shows changes: a filter change keeps many of the same
 * schools, and redrawing all of them was most of the time a change took on a slow phone.
 */
const ResultItem = memo(function ResultItem({ school, km, ownPostcode, offer, schools, chosen, full, saved }: ItemProps) {
  const address = `${school.street}, ${school.postcode} ${school.municipality}`;
  const net = NET_LABELS[school.net];
  return (
    <li className={chosen ? 'chosen' : undefined}>
      <h3><a href={`/scholen/${school.id}/`}>{school.name}</a></h3>
      {/* Whole strings, not pieces: each piece would be a text node of its own to create and lay out, per row. */}
      <p className="meta">
        {km !== null ? <>{`${address} · `}<strong>{km}</strong>{`${ownPostcode ? `, in postcode ${school.postcode} zelf` : ''} · ${net}`}</> : `${address} · ${net}`}
      </p>
      {school.offerAt !== undefined ? (
        <OfferElsewhere elsewhere={school.offerAt.map((id) => schools.get(id)).filter((s) => s !== undefined)} />
      ) : (
        <p className="matches">{offer}</p>
      )}
      <SaveToggle kind="school" id={school.id} name={school.name} handle={saved} />
      <label className="choice">
        <input type="checkbox" aria-label={`Vergelijk ${school.name}`} checked={chosen} disabled={!chosen && full} onChange={(e) => toggleSelected(school.id, e.target.checked)} />
        {' Vergelijk'}
      </label>
    </li>
  );
});

/**
 * A location whose school lists no offer there: never shown as offering a study. The official data lists the offer
 * at another address of the school (usually the main address), so that is where the link goes.
 */
function OfferElsewhere({ elsewhere }: { elsewhere: FinderSchool[] }) {
  const first = elsewhere[0];
  if (!first) return <p className="matches">De officiële gegevens vermelden voor deze school geen aanbod. Vraag het aan de school.</p>;
  const where = elsewhere.length > 1 ? 'andere adressen' : first.mainAddress ? 'het hoofdadres' : 'een ander adres';
  return (
    <p className="matches">
      Een vestiging van deze school. De officiële gegevens vermelden het aanbod van de school op {where} ({first.street},{' '}
      {first.postcode} {first.municipality}{elsewhere.length > 1 ? ` en nog ${elsewhere.length - 1}` : ''}), niet op deze plek.{' '}
      <a href={`/scholen/${first.id}/`}>Bekijk het aanbod van de school<span className="visually-hidden"> {first.name}</span></a>
    </p>
  );
}

// Redrawn only when what it shows changes, not when the finder marks the answer as busy.
export default memo(ResultList);
