/**
 * Everything about the saved choices: the lists (remove, compare 2–4 studies), the agreements, sharing, the
 * printable summary. Used on /keuzes/ and in the counsellor's session; the store decides where things are kept.
 */
import { useStore } from '@nanostores/react';
import { Suspense, lazy, useId, useMemo, useState } from 'react';
import type { Question } from '../../schemas/question.ts';
import type { SuggestWeights } from '../../schemas/weights.ts';
import { MAX_NOTES, type Choices } from '../../lib/choices/choices.ts';
import { buildSummary } from '../../lib/choices/summary.ts';
import type { Answers } from '../../lib/questionnaire/answers.ts';
import type { RouteCatalogue } from '../../lib/routes/catalogue.ts';
import type { FinderStudy } from '../../lib/schools/finder-data.ts';
import { NET_LABELS } from '../../lib/schools/labels.ts';
import { resolvePlace } from '../../lib/schools/place.ts';
import { $choices, setChoices, toggleChoice } from '../../stores/choices.ts';
import { useSchoolData } from '../schools/use-school-data.ts';
import SummaryView from './SummaryView.tsx';

// The share form (link, share sheet, QR code) loads after the lists, so the page is usable sooner.
const ShareLink = lazy(() => import('./ShareLink.tsx'));
// The comparison (with its phone cards) loads when a pupil compares, so /keuzes/ stays within its budget.
const StudyCompare = lazy(() => import('./StudyCompare.tsx'));

interface Props {
  /** Every study a pupil can save (from the page's props: no download needed to show them). */
  finderStudies: readonly FinderStudy[];
  catalogue: RouteCatalogue;
  questions: Question[];
  weights: SuggestWeights;
  domainNames: Record<string, string>;
  /** Questionnaire answers to include in the summary and the share link (the session's, or a shared link's). */
  answers: Answers | null;
  /** A place typed earlier (e.g. in the school finder). */
  initialPlace?: string;
  /** Read-only view of someone else's shared choices. */
  readOnly?: Choices;
  /** False when a shared link leaves out the suggestions (the pupil did not tick them). */
  showSuggestions?: boolean;
  summaryTitle: string;
}

const MAX_COMPARE = 4;
const today = () => new Date().toISOString().slice(0, 10);

export default function ChoicesWorkspace({ finderStudies, catalogue, questions, weights, domainNames, answers, initialPlace = '', readOnly, showSuggestions = true, summaryTitle }: Props) {
  const uid = useId();
  const own = useStore($choices);
  const choices = readOnly ?? own;
  const [compare, setCompare] = useState<string[]>([]);
  const [showCompare, setShowCompare] = useState(false);
  const [placeText, setPlaceText] = useState(initialPlace);
  // The schools of Flanders are read only when saved schools or a comparison near a place need them.
  const schoolData = useSchoolData(choices.schools.length > 0 || showCompare);
  const ready = schoolData.status === 'ready' ? schoolData : null;
  const studies = useMemo(() => new Map(finderStudies.map((s) => [s.id, s])), [finderStudies]);
  const schools = useMemo(() => new Map(ready ? ready.data.schools.map((s) => [s.id, s]) : []), [ready]);
  const placeResult = placeText.trim() && ready ? resolvePlace(ready.places, placeText) : null;
  const place = placeResult?.ok ? placeResult.value : null;
  // The suggestions and routes do not depend on the agreements: typing a note does not recompute them.
  const { studies: chosenStudies, schools: chosenSchools, notes } = choices;
  const withoutNotes = useMemo(
    () => buildSummary({ answers, choices: { studies: chosenStudies, schools: chosenSchools, notes: '' }, questions, catalogue, weights, domainNames, studies, schools, date: today() }),
    [answers, chosenStudies, chosenSchools, questions, catalogue, weights, domainNames, studies, schools],
  );
  const summary = { ...withoutNotes, notes: notes.trim(), ...(showSuggestions ? {} : { suggestions: [], interests: [] }) };
  const comparing = compare.filter((id) => choices.studies.includes(id));

  return (
    <div className="choices">
      <section aria-labelledby={`${uid}-studies`} className="no-print">
        <h2 id={`${uid}-studies`}>Studies ({choices.studies.length})</h2>
        {choices.studies.length === 0 ? (
          <p>Nog geen studies bewaard. Gebruik "Bewaar in mijn keuzes" op een studiepagina of bij je voorstellen.</p>
        ) : (
          <ul className="choice-list">
            {choices.studies.map((id) => {
              const s = studies.get(id);
              const title = s?.title ?? id;
              return (
                <li key={id}>
                  <a href={`/studies/${id}/`}>{title}</a>
                  {!readOnly && (
                    <span className="choice-actions">
                      <label className="choice">
                        <input
                          type="checkbox"
                          checked={comparing.includes(id)}
                          disabled={!comparing.includes(id) && comparing.length >= MAX_COMPARE}
                          onChange={(e) => setCompare(e.target.checked ? [...comparing, id] : comparing.filter((x) => x !== id))}
                        />{' '}
                        Vergelijk <span className="visually-hidden">{title}</span>
                      </label>
                      <button type="button" className="button secondary" onClick={() => toggleChoice('study', id, false)}>
                        Verwijder <span className="visually-hidden">{title}</span>
                      </button>
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {!readOnly && choices.studies.length >= 2 && (
          <p>
            <button type="button" disabled={comparing.length < 2} onClick={() => setShowCompare(true)}>Vergelijk studies</button>{' '}
            <span className="save-status">{comparing.length < 2 ? `Vink 2 tot ${MAX_COMPARE} studies aan.` : `${comparing.length} gekozen.`}</span>
          </p>
        )}
        {showCompare && comparing.length >= 2 && (
          <>
            <div className="field">
              <label htmlFor={`${uid}-place`}>Scholen dicht bij (postcode of gemeente, niet verplicht)</label>
              <input id={`${uid}-place`} type="text" value={placeText} maxLength={80} onChange={(e) => setPlaceText(e.target.value)} aria-describedby={`${uid}-place-note`} />
              <p className="hint" id={`${uid}-place-note`}>
                {placeResult && !placeResult.ok ? placeResult.error : 'Afstand in vogelvlucht vanaf het punt van de postcode (het midden van de schooladressen met die postcode, anders van de gemeente).'}
              </p>
            </div>
            {ready ? (
              <Suspense fallback={<p role="status">Vergelijking laden…</p>}>
                <StudyCompare ids={comparing} data={ready.data} studies={studies} domainNames={domainNames} place={place} />
              </Suspense>
            ) : (
              <SchoolDataStatus state={schoolData} />
            )}
          </>
        )}
      </section>

      <section aria-labelledby={`${uid}-schools`} className="no-print">
        <h2 id={`${uid}-schools`}>Scholen ({choices.schools.length})</h2>
        {choices.schools.length === 0 ? (
          <p>Nog geen scholen bewaard. <a href="/scholen/zoeken/">Zoek een school</a>.</p>
        ) : !ready ? (
          <SchoolDataStatus state={schoolData} />
        ) : (
          <ul className="choice-list">
            {choices.schools.map((id) => {
              const s = schools.get(id);
              return (
                <li key={id}>
                  <a href={`/scholen/${id}/`}>{s?.name ?? id}</a>
                  {s && <span className="meta-inline"> · {s.street}, {s.postcode} {s.municipality} · {NET_LABELS[s.net]}</span>}
                  {!readOnly && (
                    <span className="choice-actions">
                      <button type="button" className="button secondary" onClick={() => toggleChoice('school', id, false)}>
                        Verwijder <span className="visually-hidden">{s?.name ?? id}</span>
                      </button>
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {choices.schools.length >= 2 && choices.schools.length <= MAX_COMPARE && (
          <p><a href={`/scholen/zoeken/?${choices.schools.map((id) => `kies=${encodeURIComponent(id)}`).join('&')}&vergelijk=1`}>Vergelijk deze scholen</a></p>
        )}
      </section>

      <section aria-labelledby={`${uid}-notes`} className="no-print">
        <h2 id={`${uid}-notes`}>Afspraken</h2>
        {readOnly ? (
          <p className="summary-notes">{choices.notes || 'Geen afspraken genoteerd.'}</p>
        ) : (
          <div className="field">
            <label htmlFor={`${uid}-notes-field`}>Wat spreken jullie af? (bv. opendeurdag, gesprek met de klassenraad)</label>
            <textarea id={`${uid}-notes-field`} rows={4} maxLength={MAX_NOTES} value={choices.notes} onChange={(e) => setChoices({ notes: e.target.value })} />
            <p className="hint">{choices.notes.length} van {MAX_NOTES} tekens. Je afspraken blijven in je browser, net als je keuzes; ze gaan nergens naartoe.</p>
          </div>
        )}
      </section>

      {!readOnly && (
        <section aria-labelledby={`${uid}-share`} className="no-print">
          <h2 id={`${uid}-share`}>Delen</h2>
          <p>Neem je keuzes mee naar je gsm of stuur ze door. Wat je deelt, staat alleen in de link zelf.</p>
          <Suspense fallback={<p role="status">Delen laden…</p>}>
            <ShareLink choices={choices} answers={answers} place={place ? placeText : ''} />
          </Suspense>
        </section>
      )}

      <section aria-labelledby={`${uid}-print`} className="print-area">
        <h2 id={`${uid}-print`} className="no-print">Samenvatting</h2>
        <p className="no-print">
          <button type="button" onClick={() => window.print()}>Samenvatting afdrukken</button>{' '}
          <span className="save-status">Of kies "Opslaan als PDF" in het afdrukvenster.</span>
        </p>
        <SummaryView summary={summary} title={summaryTitle} />
      </section>
    </div>
  );
}

/** While the school list loads, or when it could not be read: the rest of the page keeps working. */
function SchoolDataStatus({ state }: { state: ReturnType<typeof useSchoolData> }) {
  if (state.status === 'error') return <p className="notice" role="alert">{state.error}</p>;
  return <p className="finder-status" role="status">Scholen laden…</p>;
}
