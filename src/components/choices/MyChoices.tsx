/**
 * The /keuzes/ island: the pupil's own choices with where they are kept (this tab, or this device on request) and
 * "wis alles"; or, when the page was opened with a share link, the shared choices, which can be added to one's own.
 * A broken link is reported and the own choices stay as they were.
 */
import { useStore } from '@nanostores/react';
import { useEffect, useMemo, useState } from 'react';
import type { Question } from '../../schemas/question.ts';
import { MAX_ITEMS } from '../../lib/choices/choices.ts';
import type { Shared } from '../../lib/choices/shared.ts';
import { decodeShare, shareValueFromHash } from '../../lib/choices/share-link.ts';
import { keepKnown } from '../../lib/choices/stored.ts';
import { STORAGE_KEY, readSavedAnswers, type Answers } from '../../lib/questionnaire/answers.ts';
import { showsSuggestions } from '../../lib/choices/share-parts.ts';
import { RouteCatalogue } from '../../lib/routes/catalogue.ts';
import { $choices, $choicesMessage, $tier, $unreadableOnDevice, initChoices, replaceUnreadable, setChoices, setTier } from '../../stores/choices.ts';
import { wipeAllTraces } from '../../stores/wipe.ts';
import { finderStudiesFromRoutes } from '../../lib/schools/finder-study.ts';
import ChoicesWorkspace from './ChoicesWorkspace.tsx';
import WipeButton from './WipeButton.tsx';
import type { ChoicesIslandProps } from './island-props.ts';

type Props = ChoicesIslandProps;

/** Answers the questionnaire kept in this tab (sessionStorage) or on this device (localStorage), if readable. */
function keptAnswers(catalogue: RouteCatalogue, questions: Question[]): Answers | null {
  for (const name of ['sessionStorage', 'localStorage'] as const) {
    try {
      const text = window[name].getItem(STORAGE_KEY);
      const read = text === null ? null : readSavedAnswers(text, catalogue, questions).answers;
      if (read?.stage) return read;
    } catch {
      // Blocked storage: nothing kept there.
    }
  }
  return null;
}

type SharedView = { status: 'none' } | { status: 'reading' } | { status: 'ok'; shared: Shared; dropped: number } | { status: 'broken'; message: string };

const WIPE_WHAT = "Je bewaarde keuzes, je antwoorden en de pagina's die je offline bekeek gaan weg van dit toestel.";

export default function MyChoices({ questions, studies, titles, weights, domainNames }: Props) {
  const catalogue = useMemo(() => new RouteCatalogue(studies), [studies]);
  const finderStudies = useMemo(() => finderStudiesFromRoutes(studies, titles), [studies, titles]);
  const [view, setView] = useState<SharedView>({ status: 'none' });
  const tier = useStore($tier);
  const message = useStore($choicesMessage);
  const unreadable = useStore($unreadableOnDevice);
  const own = useStore($choices);

  // The questionnaire's answers, when it kept them for this tab or device: the pupil may put them in a share link.
  const [ownAnswers, setOwnAnswers] = useState<Answers | null>(null);

  // The choices live in this browser only: the server's HTML cannot know them, so the lists appear after hydration.
  const [mounted, setMounted] = useState(false);

  useEffect(() => {
    initChoices();
    setMounted(true);
    setOwnAnswers(keptAnswers(catalogue, questions));
  }, [catalogue, questions]);

  // A share link is read at once and again when the fragment changes. Its ids are checked against the studies the
  // page has; the school list is downloaded only when the link holds schools.
  useEffect(() => {
    const read = async () => {
      const value = shareValueFromHash(window.location.hash);
      if (value === null) return setView({ status: 'none' });
      setView({ status: 'reading' });
      const result = await decodeShare(value);
      if (!result.ok) return setView({ status: 'broken', message: result.message });
      let schools = new Set<string>();
      if (result.shared.choices.schools.length > 0) {
        const loaded = await import('../schools/load-finder-data.ts').then(({ loadFinderData }) => loadFinderData());
        // Without the list the schools cannot be checked: they are kept, and their section says the list is missing.
        schools = new Set(loaded.status === 'ready' ? loaded.data.schools.map((s) => s.id) : result.shared.choices.schools);
      }
      const kept = keepKnown(result.shared.choices, { studies: new Set(finderStudies.map((s) => s.id)), schools });
      setView({ status: 'ok', shared: { ...result.shared, choices: kept.choices }, dropped: kept.dropped });
    };
    void read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, [finderStudies]);

  if (!mounted) return <p className="finder-status" role="status">Je keuzes laden…</p>;

  const closeShared = () => {
    window.history.replaceState(null, '', window.location.pathname);
    setView({ status: 'none' });
  };
  const adopt = (shared: Shared) => {
    const merge = (a: string[], b: string[]) => [...new Set([...a, ...b])].slice(0, MAX_ITEMS);
    const notes = [own.notes.trim(), shared.choices.notes.trim()].filter(Boolean).join('\n\n');
    setChoices({ studies: merge(own.studies, shared.choices.studies), schools: merge(own.schools, shared.choices.schools), notes: notes.slice(0, 2000) });
    closeShared();
    $choicesMessage.set('De gedeelde keuzes staan nu bij je eigen keuzes.');
  };
  const wipe = () => {
    wipeAllTraces();
    closeShared();
    $choicesMessage.set('Alles is gewist: er staat niets meer over jou op dit toestel (alleen de offline kopie van de site zelf, die voor iedereen dezelfde is).');
  };

  const workspace = (answers: Answers | null, readOnly: Shared['choices'] | undefined, place: string | undefined, title: string, showSuggestions = true) => (
    <ChoicesWorkspace
      finderStudies={finderStudies}
      catalogue={catalogue}
      questions={questions}
      weights={weights}
      domainNames={domainNames}
      answers={answers}
      readOnly={readOnly}
      initialPlace={place}
      showSuggestions={showSuggestions}
      summaryTitle={title}
    />
  );

  return (
    <div className="my-choices">
      {message && (
        <p className="notice no-print" role="status">
          {message}{' '}
          <button type="button" className="button secondary" onClick={() => $choicesMessage.set(null)}>Sluiten</button>
        </p>
      )}
      {unreadable && (
        <div className="notice no-print" role="alert">
          <p>Er staan bewaarde keuzes op dit toestel die we niet konden lezen. We laten ze staan tot jij kiest.</p>
          <button type="button" onClick={replaceUnreadable}>Vervang ze door mijn huidige keuzes</button>{' '}
          <WipeButton what={WIPE_WHAT} onWipe={wipe} />
        </div>
      )}
      {view.status === 'broken' && (
        <div className="notice no-print" role="alert">
          <p>{view.message}</p>
          <p>Hieronder staan je eigen keuzes; die zijn niet veranderd.</p>
          <button type="button" className="button secondary" onClick={closeShared}>Sluiten</button>
        </div>
      )}
      {view.status === 'reading' && <p role="status">Gedeelde link lezen…</p>}
      {view.status === 'ok' ? (
        <>
          <div className="info no-print" role="status">
            <p>
              <strong>Je bekijkt gedeelde keuzes.</strong> Ze stonden in de link; niemand anders heeft ze gezien.
              {view.dropped > 0 && ` ${view.dropped} ${view.dropped === 1 ? 'keuze bestaat' : 'keuzes bestaan'} niet meer op de site en ${view.dropped === 1 ? 'is' : 'zijn'} weggelaten.`}
            </p>
            <button type="button" onClick={() => adopt(view.shared)}>Bewaar bij mijn keuzes</button>{' '}
            <button type="button" className="button secondary" onClick={closeShared}>Naar mijn eigen keuzes</button>
          </div>
          {workspace((view.shared.answers as Answers | undefined) ?? null, view.shared.choices, view.shared.place, 'Gedeelde keuzes', showsSuggestions(view.shared))}
        </>
      ) : (
        <>
          {workspace(ownAnswers, undefined, undefined, 'Mijn keuzes')}
          <section aria-labelledby="bewaren" className="no-print">
            <h2 id="bewaren">Bewaren en wissen</h2>
            <label className="choice">
              <input type="checkbox" checked={tier === 'device'} onChange={(e) => setTier(e.target.checked ? 'device' : 'session')} /> Bewaar op dit toestel
            </label>
            <p className="hint">
              {tier === 'device'
                ? 'Je keuzes blijven op dit toestel staan, ook als je de browser sluit. Gebruik je een gedeelde computer? Wis dan alles als je klaar bent.'
                : 'Je keuzes staan alleen in dit tabblad en verdwijnen als je het sluit. Niets gaat naar een server.'}
            </p>
            <WipeButton what={WIPE_WHAT} onWipe={wipe} />
          </section>
        </>
      )}
    </div>
  );
}
