/**
 * The finder's questions: where you live, which study (or domein and finaliteit), and the filters. The two text
 * fields suggest as you type and are applied with "Zoek" (or at once when a suggestion is picked); lists and
 * checkboxes apply at once. Native controls only, so keyboard and screen readers work without extra code.
 */
import { memo, useCallback, useEffect, useId, useMemo, useState } from 'react';
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

const FINALITEIT_OPTIONS = [{ value: '', label: 'Alle finaliteiten' }, ...FINALITEITEN.map((f) => ({ value: f, label: FINALITEIT_LABELS[f] }))];
const DISTANCE_OPTIONS = [{ value: '', label: 'Alle afstanden' }, ...DISTANCES.map((km) => ({ value: String(km), label: `tot ${km} km` }))];
const NET_ITEMS = NETS.map((n) => ({ key: n, label: NET_LABELS[n] }));
const GRAAD_ITEMS = GRAAD_FILTERS.map((g) => ({ key: String(g), label: GRAAD_FILTER_LABELS[g] }));

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

  // The handlers stay the same between clicks, so a field or box whose own value did not change is not drawn again.
  const applyStudy = useCallback((text: string) => {
    if (text.trim() === '') {
      onStudyError(null);
      onChange({ studies: [] });
      return;
    }
    const resolved = resolveStudyText(studies, text);
    onStudyError(resolved.ok ? null : resolved);
    if (resolved.ok) onChange({ studies: resolved.value });
  }, [studies, onStudyError, onChange]);
  const pickPlace = useCallback((place: string) => onChange({ place }), [onChange]);
  const toggleNet = useCallback((net: string, on: boolean) => onChange({ nets: NETS.filter((n) => (n === net ? on : query.nets.includes(n))) }), [query.nets, onChange]);
  const toggleGraad = useCallback((g: string, on: boolean) => onChange({ graden: toggleIn(query.graden, Number(g) as GraadFilter, on).sort() }), [query.graden, onChange]);
  const gradenChecked = useMemo(() => query.graden.map(String), [query.graden]);
  const pickDomain = useCallback((value: string) => onChange({ domain: (value || null) as DomainId | null }), [onChange]);
  const pickFinaliteit = useCallback((value: string) => onChange({ finaliteit: (value || null) as Finaliteit | null }), [onChange]);
  const pickKm = useCallback((value: string) => onChange({ maxKm: value ? Number(value) : null }), [onChange]);
  const domainOptions = useMemo(() => [{ value: '', label: 'Alle domeinen' }, ...DOMAIN_IDS.map((d) => ({ value: d, label: domainNames[d] ?? d }))], [domainNames]);
  const submit = () => {
    onChange({ place: placeText.trim() });
    applyStudy(studyText);
  };

  return (
    <form className="finder-form" role="search" aria-label="Scholen zoeken" onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <SuggestField
        label="Postcode of gemeente"
        value={placeText}
        options={placeOptions}
        maxLength={80}
        problem={placeError}
        onText={setPlaceText}
        onPick={pickPlace}
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
        <FilterSelect id={`${uid}-domain`} label="Studiedomein" value={query.domain ?? ''} options={domainOptions} onPick={pickDomain} />
        <FilterSelect id={`${uid}-finaliteit`} label="Finaliteit" value={query.finaliteit ?? ''} options={FINALITEIT_OPTIONS} onPick={pickFinaliteit} />
        <FilterSelect id={`${uid}-km`} label="Afstand" value={query.maxKm === null ? '' : String(query.maxKm)} options={DISTANCE_OPTIONS} onPick={pickKm} />
      </div>

      <fieldset>
        <legend>Onderwijsnet</legend>
        <CheckList items={NET_ITEMS} checked={query.nets} onToggle={toggleNet} />
      </fieldset>
      <fieldset>
        <legend>Graad</legend>
        <CheckList items={GRAAD_ITEMS} checked={gradenChecked} onToggle={toggleGraad} />
      </fieldset>
      <div className="finder-actions">
        <button type="submit">Zoek</button>
      </div>
    </form>
  );
}

const toggleIn = <T,>(list: readonly T[], value: T, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));

interface SelectProps {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onPick: (value: string) => void;
}

/** One filter list; drawn again only when its own value changes (React walks every option when it draws a list). */
const FilterSelect = memo(function FilterSelect({ id, label, value, options, onPick }: SelectProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onPick(e.target.value)}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
});

// Drawn again only when the form's own props change: not when the finder's answer catches up with the search.
export default memo(FinderForm);
