/**
 * The situation questions: where you are now (and which year), the attest you get or expect (and what a B-attest
 * excludes), and your goal after secondary school. Question texts come from content/questionnaire/questions.yaml.
 */
import { useId } from 'react';
import type { Question } from '../../schemas/question.ts';
import type { Answers } from '../../lib/questionnaire/answers.ts';
import type { RouteCatalogue } from '../../lib/routes/catalogue.ts';
import type { Position } from '../../lib/routes/types.ts';
import { attestKindAt } from '../../lib/routes/attest-kind.ts';
import { exclusionGraad, parseStartKey, positionOf } from '../../lib/routes/explorer-state.ts';
import { yearLabel } from '../../lib/routes/labels.ts';
import { selectValue, startFromSelect, startGroups, withYear } from '../../lib/routes/start-options.ts';
import CheckList from '../forms/CheckList.tsx';
import GroupedOptions from '../forms/GroupedOptions.tsx';
import BAttestExclusions from '../explorer/BAttestExclusions.tsx';

type Situation = Extract<Question, { soort: 'situatie' }>;

const exclusionGraadAt = (catalogue: RouteCatalogue, position: Position | null, year: number) => {
  const located = position ? catalogue.stageOf(position) : null;
  return located && !('error' in located) ? exclusionGraad(located.stage, year) : 3;
};

interface Props {
  page: 'situatie' | 'attest' | 'doel';
  questions: Question[];
  catalogue: RouteCatalogue;
  answers: Answers;
  domainNames: Record<string, string>;
  onChange: (change: Partial<Answers>) => void;
}

export default function SituationPages({ page, questions, catalogue, answers, domainNames, onChange }: Props) {
  const uid = useId();
  const q = (veld: Situation['veld']) => questions.find((x): x is Situation => x.soort === 'situatie' && x.veld === veld)!;
  const stage = answers.stage ?? '';
  const parsed = parseStartKey(stage);
  const study = catalogue.get(parsed?.id ?? stage);
  const year = parsed?.year ?? 0;
  const firstYear = study?.kind === 'eerste-graad' && year === 1;

  if (page === 'situatie') {
    const nu = q('stage');
    const jaar = q('year');
    return (
      <>
        <div className="field">
          <label htmlFor={`${uid}-stage`}>{nu.vraag}</label>
          {nu.uitleg && <p className="hint" id={`${uid}-stage-hint`}>{nu.uitleg}</p>}
          <select
            id={`${uid}-stage`}
            aria-describedby={nu.uitleg ? `${uid}-stage-hint` : undefined}
            value={stage === 'basisonderwijs' ? 'basisonderwijs' : selectValue(stage)}
            onChange={(e) => onChange({ stage: e.target.value === '' ? null : startFromSelect(catalogue, e.target.value), excluded: [] })}
          >
            <option value="">Kies</option>
            <GroupedOptions groups={startGroups(catalogue, [{ value: 'basisonderwijs', label: 'Basisonderwijs (6de leerjaar)' }])} />
          </select>
        </div>
        {study && study.leerjaren.length > 1 && (
          <fieldset>
            <legend>{jaar.vraag}</legend>
            {study.leerjaren.map((y) => (
              <label key={y} className="choice">
                <input type="radio" name={`${uid}-year`} checked={year === y} onChange={() => onChange({ stage: withYear(stage, y) })} /> {yearLabel(y)}
              </label>
            ))}
          </fieldset>
        )}
      </>
    );
  }

  if (page === 'attest') {
    if (stage === 'basisonderwijs') {
      const g = q('getuigschrift');
      return (
        <fieldset>
          <legend>{g.vraag}</legend>
          {(['ja', 'nee', 'weet-niet'] as const).map((v) => (
            <label key={v} className="choice">
              <input type="radio" name={`${uid}-gbo`} checked={answers.getuigschrift === v} onChange={() => onChange({ getuigschrift: v })} />{' '}
              {v === 'ja' ? 'Ja' : v === 'nee' ? 'Nee' : 'Weet ik niet'}
            </label>
          ))}
        </fieldset>
      );
    }
    const position = positionOf(catalogue, stage);
    const kind = position ? attestKindAt(catalogue, position) : 'geen';
    if (kind === 'geen') {
      return <p>Hier krijg je geen A-, B- of C-attest. Ga verder naar de volgende vraag.</p>;
    }
    if (kind === 'studiebewijs') {
      // The last year: no oriënteringsattest (so no B-attest), but a diploma or getuigschrift, or a C-attest.
      const finals = [
        { v: 'A', label: <><strong>Ja</strong>: ik slaag en haal mijn diploma of studiebewijs</> },
        { v: 'C', label: <><strong>Nee</strong>: ik slaag niet (C-attest) en doe het jaar over</> },
        { v: 'weet-niet', label: <>Weet ik niet</> },
      ] as const;
      return (
        <fieldset>
          <legend>Slaag je dit jaar?</legend>
          <p className="hint">In het laatste jaar krijg je geen A- of B-attest. Slaag je, dan krijg je een diploma of een ander studiebewijs.</p>
          {finals.map((o) => (
            <label key={o.v} className="choice">
              <input type="radio" name={`${uid}-attest`} checked={answers.attest === o.v} onChange={() => onChange({ attest: o.v, excluded: [] })} /> {o.label}
            </label>
          ))}
        </fieldset>
      );
    }
    const a = q('attest');
    const u = q('excluded');
    const options = [
      { v: 'A', label: <><strong>A-attest</strong>: je bent geslaagd</> },
      { v: 'B', label: <><strong>{firstYear ? 'A-attest met uitsluiting' : 'B-attest'}</strong>: geslaagd, maar de klassenraad sluit {firstYear ? 'basisopties' : 'richtingen'} uit</> },
      { v: 'C', label: <><strong>C-attest</strong>: niet geslaagd, je doet het jaar over</> },
      { v: 'weet-niet', label: <>Weet ik niet</> },
    ] as const;
    const toggle = (key: string, on: boolean) => onChange({ excluded: on ? [...answers.excluded, key] : answers.excluded.filter((k) => k !== key) });
    return (
      <>
        <fieldset>
          <legend>{a.vraag}</legend>
          {a.uitleg && <p className="hint">{a.uitleg}</p>}
          {options.map((o) => (
            <label key={o.v} className="choice">
              <input type="radio" name={`${uid}-attest`} checked={answers.attest === o.v} onChange={() => onChange({ attest: o.v, ...(o.v === 'B' ? {} : { excluded: [] }) })} /> {o.label}
            </label>
          ))}
        </fieldset>
        {answers.attest === 'B' && (
          <fieldset>
            <legend>{u.vraag}</legend>
            {u.uitleg && <p className="hint">{u.uitleg}</p>}
            {firstYear ? (
              <CheckList items={catalogue.studies.filter((s) => s.kind === 'basisoptie').map((s) => ({ key: `s:${s.id}`, label: s.name }))} checked={answers.excluded} onToggle={toggle} />
            ) : (
              <BAttestExclusions catalogue={catalogue} graad={exclusionGraadAt(catalogue, position, year)} exclusions={answers.excluded} domainNames={domainNames} onToggle={toggle} />
            )}
          </fieldset>
        )}
      </>
    );
  }

  const d = q('goal');
  return (
    <fieldset>
      <legend>{d.vraag}</legend>
      {(d.opties ?? []).map((o) => (
        <label key={o.waarde} className="choice">
          <input type="radio" name={`${uid}-goal`} checked={answers.goal === o.waarde} onChange={() => onChange({ goal: o.waarde as Answers['goal'] })} /> {o.label}
        </label>
      ))}
    </fieldset>
  );
}
