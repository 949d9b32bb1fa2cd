/**
 * What a B-attest excludes, as the klassenraad writes it: finaliteiten, onderwijsvormen, studiedomeinen or named
 * richtingen of the graad the pupil goes to next (rules-verified.md §8). One picker for the route explorer and the
 * questionnaire, so both ask the same. Native controls only.
 */
import { useId, useState } from 'react';
import { DOMAIN_IDS, FINALITEITEN, ONDERWIJSVORMEN } from '../../schemas/enums.ts';
import { FINALITEIT_LABELS } from '../../lib/content/labels.ts';
import type { RouteCatalogue } from '../../lib/routes/catalogue.ts';
import type { RouteStudy } from '../../lib/routes/types.ts';
import CheckList from '../forms/CheckList.tsx';

interface Props {
  catalogue: RouteCatalogue;
  /** The graad of the richtingen that can be excluded (exclusionGraad). */
  graad: 2 | 3;
  /** Exclusion keys as the explorer and the questionnaire keep them: "f:…", "o:…", "d:…", "s:<study id>". */
  exclusions: readonly string[];
  domainNames: Record<string, string>;
  onToggle: (key: string, on: boolean) => void;
}

export default function BAttestExclusions({ catalogue, graad, exclusions, domainNames, onToggle }: Props) {
  const uid = useId();
  const [richting, setRichting] = useState('');
  const checked = [...exclusions];
  const richtingOptions = catalogue.richtingen(graad).filter((s) => !exclusions.includes(`s:${s.id}`));
  const chosen = exclusions.filter((k) => k.startsWith('s:')).map((k) => catalogue.get(k.slice(2))).filter((s): s is RouteStudy => s !== undefined);
  return (
    <>
      <fieldset>
        <legend>Finaliteit</legend>
        <CheckList items={FINALITEITEN.map((f) => ({ key: `f:${f}`, label: FINALITEIT_LABELS[f] }))} checked={checked} onToggle={onToggle} />
      </fieldset>
      <fieldset>
        <legend>Onderwijsvorm</legend>
        <CheckList items={ONDERWIJSVORMEN.map((v) => ({ key: `o:${v}`, label: v }))} checked={checked} onToggle={onToggle} />
      </fieldset>
      <fieldset>
        <legend>Studiedomein</legend>
        <CheckList
          items={DOMAIN_IDS.filter((d) => d !== 'domeinoverschrijdend').map((d) => ({ key: `d:${d}`, label: domainNames[d] ?? d }))}
          checked={checked}
          onToggle={onToggle}
        />
      </fieldset>
      <div className="field">
        <label htmlFor={`${uid}-richting`}>Een bepaalde richting</label>
        <div className="inline">
          <select id={`${uid}-richting`} value={richting} onChange={(e) => setRichting(e.target.value)}>
            <option value="">Kies een richting</option>
            {richtingOptions.map((s) => <option key={s.id} value={s.id}>{s.name} ({s.finaliteit ? FINALITEIT_LABELS[s.finaliteit].toLowerCase() : ''})</option>)}
          </select>
          <button type="button" disabled={richting === ''} onClick={() => { onToggle(`s:${richting}`, true); setRichting(''); }}>Voeg toe</button>
        </div>
        {chosen.length > 0 && (
          <ul className="chips" aria-label="Uitgesloten richtingen">
            {chosen.map((s) => (
              <li key={s.id}>
                {s.name}{' '}
                <button type="button" className="chip-remove" onClick={() => onToggle(`s:${s.id}`, false)} aria-label={`${s.name} niet meer uitsluiten`}>✕</button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
