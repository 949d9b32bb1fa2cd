/**
 * The finder's questions: where you live, which study (or domein and finaliteit), and the filters. The two text
 * fields suggest as you type and are applied with "Zoek" (or at once when a suggestion is picked); lists and
 * checkboxes apply at once. Native controls only, so keyboard and screen readers work without extra code.
 */
import { memo, useEffect, useId, useMemo, useState } from 'react';
import { DOMAIN_IDS, FINALITEITEN, type DomainId, type Finaliteit } from '../../schemas/enums.ts';
import { FINALITEIT_LABELS } from '../../lib/content/labels.ts';
import { NETS, type FinderSchool, type FinderStudy, type Place } from '../../lib/schools/finder-data.ts';
import { DISTANCES, GRAAD_FILTER_LABELS, GRAAD_FILTERS, type FinderQuery, type GraadFilter } from '../../lib/schools/finder-query.ts';
import { resolveStudyText, studyFieldText } from '../../lib/schools/finder.ts';
import { NET_LABELS } from '../../lib/schools/labels.ts';
import { placeLabel } from '../../lib/schools/place.ts';
import CheckList from '../forms/CheckList.tsx';
import SuggestField, { type FieldProblem } from '../forms/SuggestField.tsx';

interface Props {
  query: FinderQuery;
  places: Place[];
  studies: FinderStudy[];
  offered: FinderSchool[];
  domainNames: Record<string, string>;
  placeError: FieldProblem | null;
  /** A study text that matches nothing: kept by the finder, which then shows no results (not all schools). */
  studyError: FieldProblem | null;
  onStudyError: (problem: FieldProblem | null) => void;
  onChange: (change: Partial<FinderQuery>) => void;
}

function FinderForm({ query, places, studies, offered, domainNames, placeError, studyError, onStudyError, onChange }: Props) {
  const uid = useId();
  const byId = useMemo(() => new Map(studies.map((s) => [s.id, s])), [studies]);
  const [placeText, setPlaceText] = useState(query.place);
  const [studyText, setStudyText] = useState(studyFieldText(query.studies, byId));
  useEffect(() => setPlaceText(query.place), [query.place]);
  useEffect(() => setStudyText(studyFieldText(query.studies, byId)), [query.studies, byId]);

  const placeOptions = useMemo(() => places.map(placeLabel), [places]);
  // Only studies some school offers: a suggestion that finds nothing helps no one.
  const studyOptions = useMemo(() => {
    const offeredIds = new Set(offered.flatMap((s) => s.studies));
    return studies.filter((s) => offeredIds.has(s.id)).map((s) => s.title).sort((a, b) => a.localeCompare(b, 'nl'));
  }, [studies, offered]);

  const applyStudy = (text: string) => {
    if (text.trim() === '') {
      onStudyError(null);
      onChange({ studies: [] });
      return;
    }
    const resolved = resolveStudyText(studies, text);
    onStudyError(resolved.ok ? null : resolved);
    if (resolved.ok) onChange({ studies: resolved.value });
  };
  const submit = () => {
    onChange({ place: placeText.trim() });
    applyStudy(studyText);
  };
  const toggleIn = <T,>(list: T[], value: T, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));

  return (
    <form className="finder-form" role="search" aria-label="Scholen zoeken" onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <SuggestField
        label="Postcode of gemeente"
        value={placeText}
        options={placeOptions}
        maxLength={80}
        problem={placeError}
        onText={setPlaceText}
        onPick={(place) => onChange({ place })}
      />
      <SuggestField
        label="Richting (niet verplicht)"
        value={studyText}
        options={studyOptions}
        maxLength={120}
        problem={studyError}
        hint="Typ een naam of kies uit de lijst, bv. Latijn of Elektromechanische technieken. Leeg laten toont alle scholen."
        onText={setStudyText}
        onPick={applyStudy}
      />

      <div className="finder-row">
        <div className="field">
          <label htmlFor={`${uid}-domain`}>Studiedomein</label>
          <select id={`${uid}-domain`} value={query.domain ?? ''} onChange={(e) => onChange({ domain: (e.target.value || null) as DomainId | null })}>
            <option value="">Alle domeinen</option>
            {DOMAIN_IDS.map((d) => <option key={d} value={d}>{domainNames[d] ?? d}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${uid}-finaliteit`}>Finaliteit</label>
          <select id={`${uid}-finaliteit`} value={query.finaliteit ?? ''} onChange={(e) => onChange({ finaliteit: (e.target.value || null) as Finaliteit | null })}>
            <option value="">Alle finaliteiten</option>
            {FINALITEITEN.map((f) => <option key={f} value={f}>{FINALITEIT_LABELS[f]}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${uid}-km`}>Afstand</label>
          <select id={`${uid}-km`} value={query.maxKm ?? ''} onChange={(e) => onChange({ maxKm: e.target.value ? Number(e.target.value) : null })}>
            <option value="">Alle afstanden</option>
            {DISTANCES.map((km) => <option key={km} value={km}>tot {km} km</option>)}
          </select>
        </div>
      </div>

      <fieldset>
        <legend>Onderwijsnet</legend>
        <CheckList
          items={NETS.map((n) => ({ key: n, label: NET_LABELS[n] }))}
          checked={query.nets}
          onToggle={(net, on) => onChange({ nets: NETS.filter((n) => (n === net ? on : query.nets.includes(n))) })}
        />
      </fieldset>
      <fieldset>
        <legend>Graad</legend>
        <CheckList
          items={GRAAD_FILTERS.map((g) => ({ key: String(g), label: GRAAD_FILTER_LABELS[g] }))}
          checked={query.graden.map(String)}
          onToggle={(g, on) => onChange({ graden: toggleIn(query.graden, Number(g) as GraadFilter, on).sort() })}
        />
      </fieldset>
      <div className="finder-actions">
        <button type="submit">Zoek</button>
      </div>
    </form>
  );
}

// Drawn again only when the form's own props change: not when the finder's answer catches up with the search.
export default memo(FinderForm);
