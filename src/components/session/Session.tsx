/**
 * The counsellor's session: one page for the whole conversation (questionnaire → suggestions → routes → schools →
 * choices and agreements → close), kept in memory only. Starting clears everything; closing prints the summary
 * and then wipes every trace. Links open in a new tab so the session is never lost by clicking one. What step 1 and
 * the choices know is carried over: the routes start from the pupil's situation, the school search from a saved study.
 */
import { useStore } from '@nanostores/react';
import { Suspense, lazy, useEffect, useMemo, useRef, useState } from 'react';
import { buildSummary } from '../../lib/choices/summary.ts';
import { explorerStateOf, finderStudiesOf } from '../../lib/questionnaire/carry-over.ts';
import { DEFAULT_STATE, type ExplorerState } from '../../lib/routes/explorer-state.ts';
import { EMPTY_QUERY, type FinderQuery } from '../../lib/schools/finder-query.ts';
import { RouteCatalogue } from '../../lib/routes/catalogue.ts';
import { useRouteProgrammes } from '../explorer/use-route-programmes.ts';
import type { MercatorParams } from '../../lib/schools/local-map.ts';
import { $choices, initChoices } from '../../stores/choices.ts';
import { $answers } from '../../stores/questionnaire.ts';
import { $explorer } from '../../stores/route-explorer.ts';
import { $finder, updateFinder } from '../../stores/school-finder.ts';
import { hasStoredKeys } from '../../stores/tier-storage.ts';
import { wipeAllTraces } from '../../stores/wipe.ts';
import type { ChoicesIslandProps } from '../choices/island-props.ts';
import SummaryView from '../choices/SummaryView.tsx';
import Questionnaire from '../questionnaire/Questionnaire.tsx';
import { finderStudiesFromRoutes } from '../../lib/schools/finder-study.ts';
import { useSchoolData } from '../schools/use-school-data.ts';
import { SESSION_STEPS, type SessionStep } from './steps.ts';

const RouteExplorer = lazy(() => import('../explorer/RouteExplorer.tsx'));
const SchoolFinder = lazy(() => import('../schools/SchoolFinder.tsx'));
// Only the Keuzes step needs the workspace (and its QR code): not part of the session's first load.
const ChoicesWorkspace = lazy(() => import('../choices/ChoicesWorkspace.tsx'));

interface Props extends ChoicesIslandProps {
  overview: MercatorParams;
}

type Phase = 'welcome' | 'running' | 'closing' | 'closed';

export default function Session({ questions, studies, titles, weights, domainNames, overview }: Props) {
  const catalogue = useMemo(() => new RouteCatalogue(studies), [studies]);
  const finderStudies = useMemo(() => finderStudiesFromRoutes(studies, titles), [studies, titles]);
  const [phase, setPhase] = useState<Phase>('welcome');
  const [step, setStep] = useState<SessionStep>('vragenlijst');
  const answers = useStore($answers);
  const choices = useStore($choices);
  const heading = useRef<HTMLHeadingElement>(null);
  const confirmWipe = useRef<HTMLDialogElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  // The routes start from the answers; edits in the Routes step are kept until the answers change.
  const routesFrom = useRef<string | null>(null);
  // The school search of the last visit to the Scholen step (null before the first visit).
  const lastFinder = useRef<FinderQuery | null>(null);
  const finder = useStore($finder);
  const schoolData = useSchoolData(phase !== 'welcome' && step === 'afsluiten' && choices.schools.length > 0);
  // The routes step's programme goals: read when that step opens, not with the session's first load.
  const programmes = useRouteProgrammes(phase !== 'welcome' && step === 'routes');
  const hasData = answers.stage !== null || Object.keys(answers.items).length > 0 || choices.studies.length + choices.schools.length > 0 || choices.notes !== '';

  // Leaving the page would lose the session: the browser asks first.
  useEffect(() => {
    if (phase !== 'running' || !hasData) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [phase, hasData]);

  // Starting wipes what a pupil saved in this browser: say so first (read after mount; storage is not there on the server).
  const [storedBefore, setStoredBefore] = useState(false);
  useEffect(() => setStoredBefore(hasStoredKeys()), []);

  const wipeAll = () => {
    wipeAllTraces();
    initChoices('memory');
    $explorer.set(DEFAULT_STATE);
    $finder.set(EMPTY_QUERY);
    routesFrom.current = null;
    lastFinder.current = null;
  };
  const start = () => {
    wipeAll();
    setStep('vragenlijst');
    setPhase('running');
    requestAnimationFrame(() => heading.current?.focus());
  };
  const go = (next: SessionStep) => {
    if (step === 'scholen') lastFinder.current = $finder.get();
    if (next === 'routes') {
      const carried: ExplorerState = explorerStateOf($answers.get());
      const key = JSON.stringify(carried);
      if (routesFrom.current !== key) $explorer.set(carried);
      routesFrom.current = key;
    }
    setStep(next);
    requestAnimationFrame(() => heading.current?.focus());
  };
  const finish = () => {
    confirmWipe.current?.close();
    wipeAll();
    setPhase('closed');
    requestAnimationFrame(() => heading.current?.focus());
  };
  // Same-site links open in a new tab: the session lives in this page's memory only.
  const keepSession = (e: React.MouseEvent) => {
    const link = (e.target as HTMLElement).closest('a');
    if (!link || link.target || link.getAttribute('href')?.startsWith('#') || e.defaultPrevented) return;
    e.preventDefault();
    window.open(link.href, '_blank', 'noopener');
  };
  const fullScreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };

  if (phase === 'welcome' || phase === 'closed') {
    return (
      <div className="session-start">
        <h2 ref={heading} tabIndex={-1}>{phase === 'closed' ? 'De sessie is gewist' : 'Een gesprek met een leerling'}</h2>
        {phase === 'closed' ? (
          <p role="status">Alles is gewist: er staat niets meer over deze sessie op dit toestel. Sluit nu ook het browservenster.</p>
        ) : (
          <ul>
            <li>Alles van deze sessie blijft in het geheugen van deze pagina: niets gaat naar een server en niets blijft op dit toestel.</li>
            <li>Links openen in een nieuw tabblad, zodat de sessie blijft staan.</li>
            <li>Op het einde druk je de samenvatting af (of bewaar je ze als PDF) en wis je alles.</li>
            <li>Gebruik op een gedeelde computer bij voorkeur een privévenster: de browser onthoudt zelf welke pagina's je bezocht.</li>
          </ul>
        )}
        {phase === 'welcome' && storedBefore && (
          <p className="notice" role="note">
            Let op: in deze browser staan al bewaarde antwoorden of keuzes. Ze worden gewist als je de sessie start. Wil de
            leerling ze houden? Open dan eerst <a href="/keuzes/">Mijn keuzes</a> en maak een deellink.
          </p>
        )}
        <button type="button" className="session-primary" onClick={start}>Start een nieuwe sessie</button>
      </div>
    );
  }

  // The closing summary names the saved schools: only then is the school list read (the workspace reads its own).
  // Without the list (offline, error) the summary is still printed, without the school names.
  const schoolsReady = schoolData.status === 'ready' || schoolData.status === 'error' || choices.schools.length === 0;
  const summary =
    step === 'afsluiten' && schoolsReady
      ? buildSummary({
          answers, choices, questions, catalogue, weights, domainNames,
          studies: new Map(finderStudies.map((s) => [s.id, s])),
          schools: new Map(schoolData.status === 'ready' ? schoolData.data.schools.map((s) => [s.id, s]) : []),
          date: new Date().toISOString().slice(0, 10),
        })
      : null;
  const finderTitles = new Map(finderStudies.map((s) => [s.id, s.title]));
  const savedForFinder = finderStudiesOf(choices.studies, new Set(finderTitles.keys()));
  const finderStart: Partial<FinderQuery> = lastFinder.current ?? { studies: savedForFinder.slice(0, 1) };
  const current = SESSION_STEPS.find((s) => s.id === step)!;
  const index = SESSION_STEPS.indexOf(current);

  return (
    <div className="session" onClick={keepSession}>
      <div className="session-bar no-print">
        <nav aria-label="Stappen van de sessie">
          <ol>
            {SESSION_STEPS.map((s, i) => (
              <li key={s.id}>
                <button type="button" className="session-step" aria-current={s.id === step ? 'step' : undefined} onClick={() => go(s.id)}>
                  {i + 1}. {s.label}
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <button type="button" className="button secondary" onClick={fullScreen}>Volledig scherm</button>
      </div>
      <h2 ref={heading} tabIndex={-1} className="no-print">{index + 1}. {current.title}</h2>
      <p className="lead no-print">{current.intro}</p>

      {step === 'vragenlijst' && <Questionnaire questions={questions} studies={studies} weights={weights} domainNames={domainNames} inSession />}
      <Suspense fallback={<p role="status">Laden…</p>}>
        {step === 'routes' && (programmes.status === 'ready' || programmes.status === 'error') && (
          <>
            {programmes.status === 'error' && (
              <p role="status">De opleidingen van het hoger onderwijs konden niet geladen worden: je ziet alleen de routes in het secundair.</p>
            )}
            <RouteExplorer studies={studies} programmes={programmes.status === 'ready' ? programmes.programmes : undefined} domainNames={domainNames} syncUrl={false} />
          </>
        )}
        {step === 'routes' && (programmes.status === 'idle' || programmes.status === 'loading') && <p role="status">Laden…</p>}
        {step === 'scholen' && savedForFinder.length > 0 && (
          <div className="session-saved" role="group" aria-labelledby="session-saved-label">
            <p id="session-saved-label">Zoek scholen voor een bewaarde studie:</p>
            <ul className="inline">
              {savedForFinder.map((id) => (
                <li key={id}>
                  <button type="button" className="button secondary" aria-pressed={finder.studies.length === 1 && finder.studies[0] === id} onClick={() => updateFinder({ studies: [id] })}>
                    {finderTitles.get(id)}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        {step === 'scholen' && <SchoolFinder domainNames={domainNames} overview={overview} syncUrl={false} start={finderStart} />}
        {step === 'keuzes' && (
          <ChoicesWorkspace
            finderStudies={finderStudies} catalogue={catalogue} questions={questions} weights={weights}
            domainNames={domainNames} answers={answers.stage ? answers : null} summaryTitle="Samenvatting van ons gesprek"
          />
        )}
      </Suspense>
      {step === 'afsluiten' && (
        <div className="session-close">
          <div className="no-print">
            <p>Druk de samenvatting af of kies "Opslaan als PDF". Daarna wis je de sessie.</p>
            <p>
              <button type="button" className="session-primary" onClick={() => { window.print(); setPhase('closing'); }}>Samenvatting afdrukken</button>
            </p>
            {phase === 'closing' && (
              <div className="info" role="alert">
                <p>Is de samenvatting afgedrukt of bewaard? Dan kan je de sessie nu wissen.</p>
                <button type="button" onClick={finish}>Sessie afsluiten en alles wissen</button>{' '}
                <button type="button" className="button secondary" onClick={() => setPhase('running')}>Nog niet</button>
              </div>
            )}
            {phase !== 'closing' && (
              <p><button type="button" className="button secondary" onClick={() => { confirmWipe.current?.showModal(); keepButton.current?.focus(); }}>Sessie afsluiten zonder afdrukken</button></p>
            )}
            <dialog ref={confirmWipe} className="confirm" aria-labelledby="confirm-wipe-title" aria-describedby="confirm-wipe-text">
              <h3 id="confirm-wipe-title">Alles wissen zonder af te drukken?</h3>
              <p id="confirm-wipe-text">De antwoorden, keuzes en afspraken van deze sessie zijn dan weg. Ze komen niet meer terug.</p>
              <p className="confirm-actions">
                {/* The safe action comes first and has the focus: Enter or Escape keeps the session. */}
                <button type="button" ref={keepButton} onClick={() => confirmWipe.current?.close()}>Nee, terug naar de sessie</button>{' '}
                <button type="button" className="button secondary" onClick={finish}>Ja, wis alles</button>
              </p>
            </dialog>
          </div>
          {schoolData.status === 'error' && <p className="notice no-print" role="alert">{schoolData.error} De samenvatting toont daarom je bewaarde scholen niet.</p>}
          {summary && <div className="print-area"><SummaryView summary={summary} title="Samenvatting van ons gesprek" /></div>}
        </div>
      )}

      <div className="session-nav no-print">
        {index > 0 && <button type="button" className="button secondary" onClick={() => go(SESSION_STEPS[index - 1]!.id)}>Vorige stap</button>}{' '}
        {index < SESSION_STEPS.length - 1 && <button type="button" onClick={() => go(SESSION_STEPS[index + 1]!.id)}>Volgende stap: {SESSION_STEPS[index + 1]!.label}</button>}
      </div>
    </div>
  );
}
