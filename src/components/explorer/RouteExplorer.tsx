/**
 * Route explorer island: choose where you are and your (expected) attest, see every step for next school year with
 * the reasons, and the routes to a goal. All decisions come from src/lib/routes; this component only shows them.
 */
import { useStore } from '@nanostores/react';
import { useEffect, useMemo, useState } from 'react';
import { HELP_LINKS } from '../../lib/help-links.ts';
import { RouteCatalogue } from '../../lib/routes/catalogue.ts';
import { explainResult } from '../../lib/routes/explain.ts';
import { attestKindAt } from '../../lib/routes/attest-kind.ts';
import { attestOf, decodeState, encodeState, positionOf, yearToAsk } from '../../lib/routes/explorer-state.ts';
import { nextSteps } from '../../lib/routes/next-steps.ts';
import { routesWarmer } from '../../lib/routes/routes-to.ts';
import type { Position, RouteProgramme, RouteStudy } from '../../lib/routes/types.ts';
import { $explorer, updateExplorer } from '../../stores/route-explorer.ts';
import ExplorerForm from './ExplorerForm.tsx';
import ExplorerResult from './ExplorerResult.tsx';
import GoalRoutes from './GoalRoutes.tsx';

interface Props {
  studies: readonly RouteStudy[];
  /** Programmes of higher education, as goals only. */
  programmes?: readonly RouteProgramme[];
  domainNames: Record<string, string>;
  /** Mirror the choices in the URL fragment (off in the counsellor's session: nothing in the browser history). */
  syncUrl?: boolean;
}

const help = (name: string) => HELP_LINKS.find((l) => l.name === name)?.url ?? '/';

const FALLBACK: Position = { kind: 'basisonderwijs', getuigschrift: true };

const NO_PROGRAMMES: readonly RouteProgramme[] = [];

export default function RouteExplorer({ studies, programmes = NO_PROGRAMMES, domainNames, syncUrl = true }: Props) {
  const catalogue = useMemo(() => new RouteCatalogue(studies, programmes), [studies, programmes]);
  const state = useStore($explorer);
  const [problem, setProblem] = useState<string | null>(null);

  // Read the fragment once, and again when the user edits it or goes back; write it when the choices change.
  useEffect(() => {
    if (!syncUrl) return;
    const read = () => {
      const decoded = decodeState(catalogue, window.location.hash);
      $explorer.set(decoded.state);
      setProblem(decoded.problem);
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, [catalogue, syncUrl]);
  useEffect(() => {
    if (!syncUrl) return;
    const encoded = encodeState(state);
    if (window.location.hash.slice(1) !== encoded) window.history.replaceState(null, '', `#${encoded}`);
  }, [state, syncUrl]);

  // Prepare the route search in small slices after the page is ready, so choosing a goal answers quickly.
  useEffect(() => {
    const slice = routesWarmer(catalogue);
    let timer = setTimeout(function tick() {
      if (!slice()) timer = setTimeout(tick, 0);
    }, 0);
    return () => clearTimeout(timer);
  }, [catalogue]);

  const position = useMemo(() => positionOf(catalogue, state.start) ?? FALLBACK, [catalogue, state.start]);
  const attest = useMemo(() => attestOf(catalogue, state), [catalogue, state]);
  const result = useMemo(() => nextSteps(catalogue, position, attest), [catalogue, position, attest]);
  // A study chosen without its school year: the form asks the year, and no result is shown until then.
  const askYear = yearToAsk(catalogue, state.start);
  const located = catalogue.stageOf(askYear ? { kind: 'study', id: askYear.id, year: askYear.leerjaren[0]! } : position);
  const stage = 'error' in located ? 'basisonderwijs' : located.stage;
  const attestKind = attestKindAt(catalogue, position);
  const startLabel =
    position.kind === 'basisonderwijs'
      ? `Basisonderwijs ${position.getuigschrift ? 'met' : 'zonder'} getuigschrift`
      : `${catalogue.get(position.id)?.name ?? position.id}${position.year > 2 ? `, ${position.year}de jaar` : ''}`;

  return (
    <div className="explorer">
      {problem && (
        <p className="notice" role="alert">
          {problem}{' '}
          <button type="button" className="button secondary" onClick={() => setProblem(null)}>Sluiten</button>
        </p>
      )}
      <ExplorerForm catalogue={catalogue} state={state} stage={stage} attestKind={askYear ? null : attestKind} domainNames={domainNames} onChange={updateExplorer} />
      {askYear ? (
        <p className="notice" role="status">Kies in welk jaar van {askYear.name} je zit. Dan tonen we wat je volgend schooljaar kan doen.</p>
      ) : (
        <ExplorerResult catalogue={catalogue} result={result} startLabel={startLabel} attestKind={attestKind} summary={explainResult(result, domainNames)}>
          {state.goal && <GoalRoutes catalogue={catalogue} from={position} attest={attest} goal={state.goal} />}
        </ExplorerResult>
      )}
      <p className="explorer-help">
        Dit zijn de regels zoals wij ze in officiële en andere bronnen vonden. De klassenraad beslist mee. Twijfel je?
        Praat erover met je klassenraad, je <a href={help('Je CLB')}>CLB</a> of anoniem via <a href={help('Clbchat')}>Clbchat</a>.
      </p>
    </div>
  );
}
