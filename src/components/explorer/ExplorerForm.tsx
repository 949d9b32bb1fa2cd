/**
 * The explorer's questions: where you are now, which attest you get or expect, and what a B-attest excludes.
 * Native form controls only, so keyboard and screen readers work without extra code.
 */
import { useId } from 'react';
import { GRAAD_LABELS } from '../../lib/content/labels.ts';
import type { AttestKind } from '../../lib/routes/attest-kind.ts';
import type { RouteCatalogue, Stage } from '../../lib/routes/catalogue.ts';
import { exclusionGraad, isFirstYear, parseStartKey, type ExplorerState } from '../../lib/routes/explorer-state.ts';
import { yearLabel } from '../../lib/routes/labels.ts';
import { distinctName, selectValue, startFromSelect, startGroups, withYear } from '../../lib/routes/start-options.ts';
import CheckList from '../forms/CheckList.tsx';
import GroupedOptions from '../forms/GroupedOptions.tsx';
import BAttestExclusions from './BAttestExclusions.tsx';
import type { RouteStudy } from '../../lib/routes/types.ts';

interface Props {
  catalogue: RouteCatalogue;
  state: ExplorerState;
  stage: Stage;
  /** What the pupil gets at the end of this year (src/lib/routes/attest-kind.ts). */
  attestKind: AttestKind | null;
  domainNames: Record<string, string>;
  onChange: (change: Partial<ExplorerState>) => void;
}

const BASISONDERWIJS = [
  { value: 'bao-ja', label: 'Laatste jaar basisonderwijs, met getuigschrift' },
  { value: 'bao-nee', label: 'Laatste jaar basisonderwijs, zonder getuigschrift' },
];

export default function ExplorerForm({ catalogue, state, stage, attestKind, domainNames, onChange }: Props) {
  const uid = useId();
  const selected = selectValue(state.start);
  const study = catalogue.get(selected.split(':')[0]!);
  const year = parseStartKey(state.start)?.year ?? 0;
  const firstYear = isFirstYear(state.start);
  const showAttest = attestKind === 'orientering';
  const showExclusions = showAttest && state.attest === 'B';

  const toggle = (key: string, on: boolean) =>
    onChange({ exclusions: on ? [...state.exclusions, key] : state.exclusions.filter((k) => k !== key) });


  return (
    <form className="explorer-form" onSubmit={(e) => e.preventDefault()} aria-label="Jouw situatie">
      <div className="field">
        <label htmlFor={`${uid}-start`}>Waar ben je nu (of wat werk je dit schooljaar af)?</label>
        <select id={`${uid}-start`} value={selected} onChange={(e) => onChange({ start: startFromSelect(catalogue, e.target.value), exclusions: [] })}>
          <GroupedOptions groups={startGroups(catalogue, BASISONDERWIJS)} />
        </select>
      </div>

      {study && study.leerjaren.length > 1 && (
        <fieldset>
          <legend>In welk jaar zit je?</legend>
          {study.leerjaren.map((y) => (
            <label key={y} className="choice">
              <input type="radio" name={`${uid}-year`} value={y} checked={year === y} onChange={() => onChange({ start: withYear(state.start, y), exclusions: [] })} />
              {' '}{yearLabel(y)}{y === study.leerjaren.at(-1) ? ' (laatste jaar van de graad)' : ''}
            </label>
          ))}
        </fieldset>
      )}

      {showAttest ? (
        <fieldset>
          <legend>Welk attest krijg je, of verwacht je?</legend>
          <label className="choice">
            <input type="radio" name={`${uid}-attest`} value="A" checked={state.attest === 'A'} onChange={() => onChange({ attest: 'A', exclusions: [] })} />
            {' '}<strong>A-attest</strong>: je bent geslaagd
          </label>
          <label className="choice">
            <input type="radio" name={`${uid}-attest`} value="B" checked={state.attest === 'B'} onChange={() => onChange({ attest: 'B' })} />
            {' '}<strong>{firstYear ? 'A-attest met uitsluiting' : 'B-attest'}</strong>: geslaagd, maar de klassenraad sluit {firstYear ? 'basisopties' : 'richtingen'} uit
          </label>
          <label className="choice">
            <input type="radio" name={`${uid}-attest`} value="C" checked={state.attest === 'C'} onChange={() => onChange({ attest: 'C', exclusions: [] })} />
            {' '}<strong>C-attest</strong>: niet geslaagd, je doet het jaar over
          </label>
        </fieldset>
      ) : attestKind === 'studiebewijs' ? (
        <fieldset>
          <legend>Slaag je dit jaar?</legend>
          <p className="hint">In het laatste jaar krijg je geen A- of B-attest. Slaag je, dan krijg je een diploma of een ander studiebewijs.</p>
          <label className="choice">
            <input type="radio" name={`${uid}-attest`} value="A" checked={state.attest === 'A'} onChange={() => onChange({ attest: 'A', exclusions: [] })} />
            {' '}<strong>Ja</strong>: ik slaag en haal mijn diploma of studiebewijs
          </label>
          <label className="choice">
            <input type="radio" name={`${uid}-attest`} value="C" checked={state.attest === 'C'} onChange={() => onChange({ attest: 'C', exclusions: [] })} />
            {' '}<strong>Nee</strong>: ik slaag niet (C-attest) en doe het jaar over
          </label>
        </fieldset>
      ) : attestKind !== null ? (
        <p className="explorer-hint">Hier krijg je geen A-, B- of C-attest.</p>
      ) : null}

      {showExclusions && (
        <fieldset className="exclusions">
          <legend>Wat sluit de klassenraad uit?</legend>
          {firstYear ? (
            <CheckList items={catalogue.studies.filter((s) => s.kind === 'basisoptie').map((s) => ({ key: `s:${s.id}`, label: s.name }))} checked={state.exclusions} onToggle={toggle} />
          ) : (
            <BAttestExclusions catalogue={catalogue} graad={exclusionGraad(stage, year)} exclusions={state.exclusions} domainNames={domainNames} onToggle={toggle} />
          )}
        </fieldset>
      )}

      <div className="field">
        <label htmlFor={`${uid}-goal`}>Waar wil je naartoe? (mag je leeg laten)</label>
        <select id={`${uid}-goal`} value={state.goal} onChange={(e) => onChange({ goal: e.target.value })}>
          <option value="">Geen doel gekozen</option>
          {goalGroups(catalogue).map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.options.map((s) => <option key={s.id} value={s.id}>{'kind' in s && s.kind === 'studierichting' ? distinctName(s as RouteStudy, g.options as RouteStudy[]) : s.name}</option>)}
            </optgroup>
          ))}
        </select>
      </div>
    </form>
  );
}

const PROGRAMME_GROUPS = [
  ['graduaat', 'Graduaatsopleidingen'],
  ['professionele-bachelor', 'Professionele bachelors'],
  ['academische-bachelor', 'Academische bachelors'],
] as const;

function goalGroups(catalogue: RouteCatalogue) {
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nl');
  const programmes = PROGRAMME_GROUPS.map(([kind, label]) => ({ label, options: catalogue.programmes.filter((p) => p.kind === kind).sort(byName) }));
  return [
    { label: 'Na het secundair', options: catalogue.ofKind('bestemming') },
    ...programmes.filter((g) => g.options.length > 0),
    { label: GRAAD_LABELS[3], options: catalogue.richtingen(3) },
    { label: '7de jaar', options: catalogue.zevendeJaren() },
    { label: GRAAD_LABELS[2], options: catalogue.richtingen(2) },
  ];
}
