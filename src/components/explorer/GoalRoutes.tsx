/**
 * Routes over several school years to a goal the pupil picks. Each route is an ordered list of steps drawn as a
 * chain, so the diagram and the accessible list are the same element.
 */
import { useEffect, useState } from 'react';
import { programmeUrl } from '../../lib/content/programme-view.ts';
import type { RouteCatalogue } from '../../lib/routes/catalogue.ts';
import { stepYearNote } from '../../lib/routes/labels.ts';
import { legKey, routesTo, type Route } from '../../lib/routes/routes-to.ts';
import type { Attest, Position } from '../../lib/routes/types.ts';
import StatusChip from './StatusChip.tsx';

interface Props {
  catalogue: RouteCatalogue;
  from: Position;
  attest: Attest;
  goal: string;
}

const SEARCH_DELAY_MS = 300;

export default function GoalRoutes({ catalogue, from, attest, goal }: Props) {
  // Searched a moment after the last change: typing a name in the goal list (the browser's type-ahead) stays fluent,
  // and only the goal the pupil stops at is searched (the first search on a slow phone can take a second or two).
  const [found, setFound] = useState<{ key: unknown[]; routes: Route[] } | null>(null);
  const key = [catalogue, from, attest, goal];
  useEffect(() => {
    const timer = setTimeout(() => setFound({ key, routes: goal ? routesTo(catalogue, from, attest, goal) : [] }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [catalogue, from, attest, goal]);
  const current = found !== null && found.key.every((part, i) => part === key[i]);
  const routes = current ? found.routes : [];
  const name = (id: string) => catalogue.nameOf(id);
  // A programme of higher education has its page under /hoger-onderwijs/, a study under /studies/.
  const href = (id: string) => (catalogue.programme(id) ? programmeUrl(id) : `/studies/${id}/`);
  return (
    <section className="explorer-goal" aria-labelledby="rw-goal-title">
      <h2 id="rw-goal-title">Hoe geraak je bij {name(goal)}?</h2>
      {goal && (
        <div role="status">
          {!current ? (
            <p>Routes zoeken…</p>
          ) : routes.length === 0 ? (
            <p>Met deze keuzes vinden we geen route naar {name(goal)}. Vraag raad aan je klassenraad of CLB: soms kan meer dan de regels hier tonen.</p>
          ) : (
            <p>
              {routes.length === 1 ? 'Eén route' : `${routes.length} routes`} naar {name(goal)}, de zekerste en kortste eerst.
              Elke stap gaat uit van een A-attest in de jaren daarna.
            </p>
          )}
        </div>
      )}
      {routes.length > 0 && (
        <ol className="routes">
          {routes.map((route, index) => (
            <li key={route.legs.map(legKey).join('>')}>
              <h3>
                Route {index + 1}: {route.legs.length} jaar <StatusChip status={route.status} />
              </h3>
              <ol className="route-chain">
                {route.legs.map((leg, i) => (
                  <li key={legKey(leg)}>
                    <span className="chain-when">{i === 0 ? 'Volgend schooljaar' : `Over ${i + 1} schooljaren`}</span>
                    <a href={href(leg.id)}>{name(leg.id)}</a>
                    {stepYearNote(leg, name(leg.id)) ? <span className="meta-inline"> · {stepYearNote(leg, name(leg.id))}</span> : null}
                    {leg.status !== 'open' && (
                      <>
                        {' '}<StatusChip status={leg.status} />
                        <p>{leg.reasons.filter((r) => r.rule !== 'a-attest').map((r) => r.text).join(' ') || leg.reasons[0]?.text}</p>
                      </>
                    )}
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
