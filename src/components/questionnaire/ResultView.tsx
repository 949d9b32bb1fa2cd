/**
 * The result: suggestions with their reasons, a way to adjust the profile and see the list change, the options not
 * suggested (on request), and the invitation to talk it through. Decisions come from src/lib/suggest.
 */
import { useId, useMemo, useState } from 'react';
import type { DomainId } from '../../schemas/enums.ts';
import type { Question } from '../../schemas/question.ts';
import type { SuggestWeights } from '../../schemas/weights.ts';
import { HELP_LINKS } from '../../lib/help-links.ts';
import { interestsFromItems, profileFromAnswers, resolvedFromAnswers, styleFromItems, type Answers } from '../../lib/questionnaire/answers.ts';
import type { RouteCatalogue } from '../../lib/routes/catalogue.ts';
import { encodeState } from '../../lib/routes/explorer-state.ts';
import { stepYearNote } from '../../lib/routes/labels.ts';
import { suggest } from '../../lib/suggest/engine.ts';
import { groupByScore } from '../../lib/suggest/groups.ts';
import NearbySchools, { type Nearby } from './NearbySchools.tsx';
import ProgrammeSuggestions from './ProgrammeSuggestions.tsx';
import { higherEducationStart } from '../../lib/suggest/programmes.ts';
import StatusChip from '../explorer/StatusChip.tsx';
import SaveToggle from '../choices/SaveToggle.tsx';
import { useChoices } from '../choices/use-choices.ts';

interface Props {
  catalogue: RouteCatalogue;
  questions: Question[];
  weights: SuggestWeights;
  domainNames: Record<string, string>;
  answers: Answers;
  onAdjust: (adjust: Answers['adjust'], goal: Answers['goal']) => void;
  onEdit: () => void;
}

const SCORE_WORDS = ['', 'helemaal niet', 'niet', 'gaat wel', 'graag', 'heel graag'];

export default function ResultView({ catalogue, questions, weights, domainNames, answers, onAdjust, onEdit }: Props) {
  const uid = useId();
  const [showAll, setShowAll] = useState(false);
  const saved = useChoices();
  // The place the pupil gave for "scholen in de buurt": in memory only.
  const [nearby, setNearby] = useState<Nearby | null>(null);
  const profile = useMemo(() => profileFromAnswers(answers, questions, domainNames), [answers, questions, domainNames]);
  const resolved = useMemo(() => resolvedFromAnswers(answers, questions, catalogue), [answers, questions, catalogue]);
  const result = useMemo(
    () => (resolved ? suggest(catalogue, resolved, weights, { domainNames: domainNames as Record<DomainId, string>, places: nearby?.offers }) : null),
    [catalogue, resolved, weights, domainNames, nearby],
  );

  if (!profile || !resolved || !result) {
    return (
      <div className="notice" role="alert">
        <p>We weten nog niet waar je nu zit, of je antwoord klopt niet. Vul eerst de eerste vraag in.</p>
        <button type="button" onClick={onEdit}>Naar de eerste vraag</button>
      </div>
    );
  }

  const itemInterests = interestsFromItems(answers, questions);
  const itemTheory = styleFromItems(answers, questions).theory;
  const domains = Object.keys(domainNames).filter((d) => d !== 'domeinoverschrijdend') as DomainId[];
  const start = answers.stage === 'basisonderwijs' ? (answers.getuigschrift === 'nee' ? 'bao-nee' : 'bao-ja') : answers.stage!;
  const routeLink = (id: string) =>
    `/routes/#${encodeState({ start, attest: answers.attest === 'B' || answers.attest === 'C' ? answers.attest : 'A', exclusions: answers.attest === 'B' ? answers.excluded : [], goal: id })}`;
  const setInterest = (d: DomainId, value: string) => {
    const interests = { ...answers.adjust.interests };
    if (value === '') delete interests[d];
    else interests[d] = Number(value);
    onAdjust({ ...answers.adjust, interests }, answers.goal);
  };

  return (
    <div className="result">
      <p className="lead">
        Dit zijn voorstellen, geen advies: jij kiest. Bij elk voorstel staat waarom het past. Praat erover met je ouders,
        je klassenraad of je CLB.
      </p>
      <p role="status" className="result-count">
        {result.suggestions.length} voorstellen uit {result.reachable.length} mogelijke stappen voor volgend schooljaar.
      </p>
      <NearbySchools withinKm={weights.scholen.dichtbijKm} studyIds={result.reachable} current={nearby} onChange={setNearby} />
      <ol className="suggestion-ranks">
        {groupByScore(result.suggestions).map((group) => (
          <li key={`${group.score}-${group.items[0]!.id}`}>
            {group.items.length > 1 && (
              <p className="even">
                Deze {group.items.length} passen even goed bij je antwoorden (<strong>{group.score}</strong> op 100). Ze staan op
                alfabet, niet in volgorde.
              </p>
            )}
            <ul className="suggestions">
              {group.items.map((s) => (
                <li key={`${s.id}@${s.year}:${s.stroom ?? ''}`} data-id={s.id}>
                  <h3>
                    <a href={`/studies/${s.id}/`}>{s.name}</a>
                    {stepYearNote(s, s.name) ? <span className="meta-inline"> · {stepYearNote(s, s.name)}</span> : null}
                  </h3>
                  <p className="score">Past bij je antwoorden: <strong>{s.score}</strong> op 100 {s.status !== 'open' && <StatusChip status={s.status} />}</p>
                  <ul className="reasons">{s.reasons.map((r) => <li key={r}>{r}</li>)}</ul>
                  <p className="links">
                    <a href={`/studies/${s.id}/`}>Meer over {s.name}<span className="visually-hidden"> (studiepagina)</span></a>
                    {' · '}
                    <a href={routeLink(s.id)}>Bekijk de route<span className="visually-hidden"> naar {s.name}</span></a>
                    {nearby && (
                      <>
                        {' · '}
                        <a href={nearby.finderUrl(s.id)}>
                          Scholen in de buurt<span className="visually-hidden"> voor {s.name}</span>
                        </a>
                      </>
                    )}
                  </p>
                  <SaveToggle kind="study" id={s.id} name={s.name} handle={saved} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>

      {higherEducationStart(catalogue, resolved) && (
        <ProgrammeSuggestions catalogue={catalogue} resolved={resolved} weights={weights} domainNames={domainNames} showAll={showAll} />
      )}

      {result.notes.length > 0 && (
        <section aria-labelledby={`${uid}-notes`}>
          <h3 id={`${uid}-notes`}>Goed om te weten</h3>
          <ul className="explorer-notes">{result.notes.map((n) => <li key={n}>{n}</li>)}</ul>
        </section>
      )}

      <details className="adjust">
        <summary>Pas je profiel aan en zie de lijst meteen veranderen</summary>
        <div className="adjust-grid">
          {domains.map((d) => {
            const current = answers.adjust.interests[d] ?? itemInterests[d];
            return (
              <div className="field" key={d}>
                <label htmlFor={`${uid}-${d}`}>{domainNames[d]}</label>
                <select id={`${uid}-${d}`} value={current === undefined ? '' : String(Math.round(current))} onChange={(e) => setInterest(d, e.target.value)}>
                  <option value="">Geen antwoord</option>
                  {[1, 2, 3, 4, 5].map((v) => <option key={v} value={v}>{v}: {SCORE_WORDS[v]}</option>)}
                </select>
              </div>
            );
          })}
          <div className="field">
            <label htmlFor={`${uid}-theory`}>Theorie of praktijk</label>
            <select
              id={`${uid}-theory`}
              value={String(Math.round(answers.adjust.theory ?? itemTheory ?? 0) || '')}
              onChange={(e) => onAdjust({ ...answers.adjust, theory: e.target.value === '' ? null : Number(e.target.value) }, answers.goal)}
            >
              <option value="">Geen antwoord</option>
              <option value="1">1: vooral praktisch</option>
              <option value="2">2</option>
              <option value="3">3: een mix</option>
              <option value="4">4</option>
              <option value="5">5: vooral theoretisch</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${uid}-goal`}>Na het secundair</label>
            <select id={`${uid}-goal`} value={answers.goal ?? ''} onChange={(e) => onAdjust(answers.adjust, (e.target.value || null) as Answers['goal'])}>
              <option value="">Geen antwoord</option>
              <option value="hoger-onderwijs">Verder studeren</option>
              <option value="werken">Gaan werken</option>
              <option value="open">Weet ik nog niet</option>
            </select>
          </div>
        </div>
      </details>

      <label className="choice">
        <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} /> Toon ook wat we niet voorstelden, en waarom
      </label>
      {showAll && (
        <section aria-labelledby={`${uid}-rest`}>
          <h3 id={`${uid}-rest`}>Niet voorgesteld ({result.notSuggested.length})</h3>
          <ul className="route-list">
            {result.notSuggested.map((n) => (
              <li key={`${n.id}@${n.year}:${n.stroom ?? ''}`} data-id={n.id}>
                <a href={`/studies/${n.id}/`}>{n.name}</a>
                {n.stroom && stepYearNote(n, n.name) ? <span className="meta-inline"> · {stepYearNote(n, n.name)}</span> : null}
                <p>{n.reasons.slice(0, 2).join(' ')}</p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <details className="adjust">
        <summary>Bekijk je profiel (om te delen met je CLB)</summary>
        <p>Zo ziet je profiel eruit in het formaat dat ook een CLB-medewerker kan gebruiken. Er gaat niets naar een server.</p>
        <pre className="profile-json">{JSON.stringify(profile, null, 2)}</pre>
      </details>

      <section className="talk" aria-labelledby={`${uid}-talk`}>
        <h3 id={`${uid}-talk`}>Praat erover</h3>
        <p>Twijfel je, of wil je iemand laten meekijken? Dat kan gratis en in vertrouwen.</p>
        <ul className="help-links">
          {HELP_LINKS.map((l) => (
            <li key={l.name}>
              <strong><a href={l.url} rel="noreferrer">{l.name}</a></strong> {l.description} {l.contact ?? ''}
            </li>
          ))}
        </ul>
      </section>
      <p><button type="button" className="button secondary" onClick={onEdit}>Pas je antwoorden aan</button></p>
    </div>
  );
}
