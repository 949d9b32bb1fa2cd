/**
 * The questionnaire island: one page at a time, progress shown, back and forward without losing answers, and the
 * result with reasons. Answers and the current page are kept for this tab (gone when it closes), or on this device
 * when the pupil chooses so; "wis alles" removes everything. The page says which. Everything runs in the browser: no request leaves the page after it has loaded.
 * The browser's Back and Forward move between the pages seen (src/lib/questionnaire/step-history.ts: only page numbers
 * go into the history, the URL stays as it is). Not in the counsellor's session: its closing wipe cannot take entries
 * out of the browser history, so there Back leaves the page as before (after the session's "leave?" question).
 */
import { useStore } from '@nanostores/react';
import { Suspense, lazy, useEffect, useMemo, useRef } from 'react';
import type { Question } from '../../schemas/question.ts';
import type { SuggestWeights } from '../../schemas/weights.ts';
import { readSavedAnswers, stageComplete, type ItemAnswer } from '../../lib/questionnaire/answers.ts';
import { pageForEntry, readStepEntry, stepMove, withStepEntry } from '../../lib/questionnaire/step-history.ts';
import { buildPages } from '../../lib/questionnaire/steps.ts';
import { RouteCatalogue } from '../../lib/routes/catalogue.ts';
import type { RouteStudy } from '../../lib/routes/types.ts';
import {
  $answers,
  $answersTier,
  $step,
  $storageMessage,
  $unreadableAnswers,
  initAnswers,
  persist,
  replaceUnreadableAnswers,
  setAnswers,
  setSaveOnDevice,
} from '../../stores/questionnaire.ts';
import { wipeAllTraces } from '../../stores/wipe.ts';
import ScaleItem from './ScaleItem.tsx';
import SituationPages from './SituationPages.tsx';
import WipeButton from '../choices/WipeButton.tsx';

// The result (the suggestion engine and its reasons) loads when the pupil reaches it, so the first page stays light.
const ResultView = lazy(() => import('./ResultView.tsx'));

interface Props {
  questions: Question[];
  studies: readonly RouteStudy[];
  weights: SuggestWeights;
  domainNames: Record<string, string>;
  /** In the counsellor's session: nothing is read from or offered to be kept on the device (the session wipes all). */
  inSession?: boolean;
}

const TITLES = { start: 'Welkom', situatie: 'Waar sta je nu?', attest: 'Je attest', doel: 'Je doel', resultaat: 'Jouw voorstellen' } as const;

/** "Wis alles" here removes the same as everywhere on the site, and says so: the saved choices go too. */
const WIPED = "Alles is gewist: je antwoorden, je bewaarde keuzes en de pagina's die je offline bekeek staan nergens meer op dit toestel.";

export default function Questionnaire({ questions, studies, weights, domainNames, inSession = false }: Props) {
  const catalogue = useMemo(() => new RouteCatalogue(studies), [studies]);
  const pages = useMemo(() => buildPages(questions), [questions]);
  const answers = useStore($answers);
  const step = Math.min(useStore($step), pages.length - 1);
  const tier = useStore($answersTier);
  const message = useStore($storageMessage);
  const unreadable = useStore($unreadableAnswers);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const restored = useRef(false);
  const historyOn = !inSession;
  const situation = pages.findIndex((p) => p.kind === 'situatie');

  // What was kept in this tab or on this device is read once (nothing in the counsellor's session).
  useEffect(() => {
    const before = $step.get();
    initAnswers((text, place) => readSavedAnswers(text, catalogue, questions, place), inSession ? 'memory' : 'stored');
    // Saved answers without a school year go back to the page that asks it.
    if ($answers.get().stage !== null && !stageComplete(catalogue, $answers.get().stage) && $step.get() > situation) $step.set(situation);
    // A reload, or Back/Forward to an entry of an earlier visit of this page: the entry says which page it was.
    const entry = historyOn ? readStepEntry(window.history.state) : null;
    if (entry) $step.set(pageForEntry(entry, { pages: pages.length, situation, stageComplete: stageComplete(catalogue, $answers.get().stage) }));
    restored.current = $step.get() !== before;
  }, [catalogue, questions, inSession, pages, situation, historyOn]);

  // Back and Forward: the page of the entry (its heading gets the focus, as with Vorige and Volgende).
  useEffect(() => {
    if (!historyOn) return;
    const onPop = () => {
      const entry = readStepEntry(window.history.state);
      if (entry) $step.set(pageForEntry(entry, { pages: pages.length, situation, stageComplete: stageComplete(catalogue, $answers.get().stage) }));
      // A new entry of an in-page link (such as "Naar de inhoud") gets the page it was made on, so Back to it shows that.
      else window.history.replaceState(withStepEntry(window.history.state, { step: Math.min($step.get(), pages.length - 1), from: null }), '');
    };
    window.addEventListener('popstate', onPop);
    window.addEventListener('hashchange', onPop);
    return () => {
      window.removeEventListener('popstate', onPop);
      window.removeEventListener('hashchange', onPop);
    };
  }, [historyOn, pages, situation, catalogue]);
  useEffect(() => {
    const stopAnswers = $answers.listen(() => persist());
    const stopStep = $step.listen(() => persist());
    return () => {
      stopAnswers();
      stopStep();
    };
  }, []);

  // The current entry always names the page shown, also after a change that was no move (restored on arrival,
  // "wis alles", a page it could not show): then it no longer says where it came from. Read from the store, not from
  // this render, so the first render's page 0 is not written over a restored page.
  useEffect(() => {
    if (!historyOn) return;
    const now = Math.min($step.get(), pages.length - 1);
    if (readStepEntry(window.history.state)?.step !== now) window.history.replaceState(withStepEntry(window.history.state, { step: now, from: null }), '');
  }, [step, historyOn, pages]);

  // A new page: move focus to its heading, so keyboard and screen-reader users start at the top of it. Not when the
  // page was restored on arrival: then the visitor starts at the top of the site as on any page.
  useEffect(() => {
    // The restored page arrives one render after the first, so each flag is used up on its own render.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (restored.current) {
      restored.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);

  const page = pages[step]!;
  const scale = (id: string) => questions.find((q): q is Extract<Question, { soort: 'schaal' }> => q.soort === 'schaal' && q.id === id);
  const title =
    page.kind === 'items'
      ? page.section === 'interesse'
        ? `Wat doe je graag? (${page.part} van ${page.parts})`
        : 'Hoe leer en werk je?'
      : TITLES[page.kind];
  const go = (to: number) => {
    const next = Math.max(0, Math.min(pages.length - 1, to));
    if (historyOn) {
      const move = stepMove(readStepEntry(window.history.state), step, next);
      if (move === 'none') return;
      // Vorige to the page this entry came from is the browser's Back: popstate then shows it.
      if (move === 'back') return window.history.back();
      window.history.pushState(withStepEntry(window.history.state, { step: next, from: step }), '');
    }
    $step.set(next);
  };
  const setItem = (id: string, value: ItemAnswer) => setAnswers({ items: { ...answers.items, [id]: value } });
  const canGoOn = page.kind !== 'situatie' || stageComplete(catalogue, answers.stage);

  return (
    <div className="questionnaire">
      <div className="progress">
        <p id="q-progress-label">Stap {step + 1} van {pages.length}</p>
        <progress max={pages.length} value={step + 1} aria-labelledby="q-progress-label" />
      </div>
      {message && (
        <p className="notice" role="status">
          {message}{' '}
          {unreadable.length > 0 ? (
            <button type="button" className="button secondary" onClick={() => replaceUnreadableAnswers()}>Vervang ze door mijn nieuwe antwoorden</button>
          ) : (
            <button type="button" className="button secondary" onClick={() => $storageMessage.set(null)}>Sluiten</button>
          )}
        </p>
      )}

      <section aria-labelledby="q-title" className="q-page">
        <h2 id="q-title" ref={heading} tabIndex={-1}>{title}</h2>

        {page.kind === 'start' && (
          <div className="prose">
            <p>
              Je beantwoordt een paar vragen over waar je nu staat, wat je graag doet en hoe je leert. Dat duurt ongeveer
              5 minuten. Daarna krijg je voorstellen voor volgend schooljaar, telkens met de reden waarom.
            </p>
            {inSession ? (
              <p>
                Je antwoorden blijven in deze browser en gaan nergens naartoe. In dit gesprek wordt niets bewaard: aan het
                einde wis je alles. Bij een vraag mag je altijd "weet ik niet" kiezen.
              </p>
            ) : (
              <p>
                Je antwoorden blijven in deze browser en gaan nergens naartoe. Ga je naar een andere pagina en kom je terug,
                dan staan ze er nog. Sluit je het tabblad, dan zijn ze weg, tenzij je hieronder kiest om ze op dit toestel
                te bewaren. Bij een vraag mag je altijd "weet ik niet" kiezen.
              </p>
            )}
          </div>
        )}
        {(page.kind === 'situatie' || page.kind === 'attest' || page.kind === 'doel') && (
          <SituationPages page={page.kind} questions={questions} catalogue={catalogue} answers={answers} domainNames={domainNames} onChange={setAnswers} />
        )}
        {page.kind === 'items' && (
          <>
            <p className="hint">{scale(page.section === 'interesse' ? 'schaal-interesse' : 'schaal-stijl')?.vraag}</p>
            {page.ids.map((id) => {
              const q = questions.find((x) => x.id === id);
              const s = scale(page.section === 'interesse' ? 'schaal-interesse' : 'schaal-stijl');
              if (!q || !s || (q.soort !== 'interesse' && q.soort !== 'stijl')) return null;
              return <ScaleItem key={id} id={id} text={q.tekst} options={s.opties} value={answers.items[id]} onChange={(v) => setItem(id, v)} />;
            })}
          </>
        )}
        {page.kind === 'resultaat' && (
          <Suspense fallback={<p role="status">Je voorstellen worden berekend…</p>}>
            <ResultView
              catalogue={catalogue}
              questions={questions}
              weights={weights}
              domainNames={domainNames}
              answers={answers}
              onAdjust={(adjust, goal) => setAnswers({ adjust, goal })}
              onEdit={() => go(1)}
            />
          </Suspense>
        )}
      </section>

      <div className="q-nav">
        {step > 0 && <button type="button" className="button secondary" onClick={() => go(step - 1)}>Vorige</button>}
        {page.kind !== 'resultaat' && (
          <button type="button" onClick={() => go(step + 1)} disabled={!canGoOn} aria-describedby={canGoOn ? undefined : 'q-need-stage'}>
            {page.kind === 'start' ? 'Start' : pages[step + 1]?.kind === 'resultaat' ? 'Toon mijn voorstellen' : 'Volgende'}
          </button>
        )}
        {!canGoOn && <p id="q-need-stage" className="hint">{answers.stage === null ? 'Kies eerst waar je nu zit.' : 'Kies eerst in welk jaar je zit.'}</p>}
      </div>

      {!inSession && <div className="q-privacy">
        <p className="q-kept">
          {tier === 'device'
            ? 'Je antwoorden staan op dit toestel, ook als je de browser sluit, tot je op "Wis alles" klikt.'
            : 'Je antwoorden blijven staan als je naar een andere pagina gaat. Sluit je dit tabblad, dan zijn ze weg.'}
        </p>
        <label className="choice">
          <input type="checkbox" checked={tier === 'device'} onChange={(e) => setSaveOnDevice(e.target.checked)} /> Bewaar mijn antwoorden op dit toestel
        </label>
        <WipeButton what="Je antwoorden, je bewaarde keuzes en de pagina's die je offline bekeek gaan weg van dit toestel." onWipe={() => wipeAllTraces(WIPED)} />
      </div>}
    </div>
  );
}
