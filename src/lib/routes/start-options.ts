/**
 * The choices for "waar ben je nu?", grouped as a pupil thinks of them. The value is the study (plus the stroom for
 * a basisoptie of 2A and 2B); the school year is asked apart for studies of two years.
 */
import { FINALITEIT_LABELS, GRAAD_LABELS } from '../content/labels.ts';
import type { RouteCatalogue } from './catalogue.ts';
import type { RouteStudy } from './types.ts';
import { parseStartKey } from './explorer-state.ts';

export interface StartGroup {
  label: string;
  options: { value: string; label: string }[];
}

export function startGroups(catalogue: RouteCatalogue, basisonderwijs: { value: string; label: string }[]): StartGroup[] {
  const studies = catalogue.studies;
  const basisopties = studies
    .filter((s) => s.kind === 'basisoptie')
    .flatMap((s) => s.stroom.map((stroom) => ({ value: `${s.id}:${stroom}`, label: `2${stroom} · basisoptie ${s.name}` })));
  const richting = (graad: 2 | 3) => {
    const studies = catalogue.richtingen(graad);
    return studies.map((s) => ({ value: s.id, label: `${distinctName(s, studies)}${s.duaal === 'enkel' ? ' (duaal)' : ''}` }));
  };
  return [
    { label: 'Basisonderwijs', options: basisonderwijs },
    { label: GRAAD_LABELS[1], options: [...studies.filter((s) => s.kind === 'eerste-graad').map((s) => ({ value: s.id, label: s.name })), ...basisopties] },
    { label: GRAAD_LABELS[2], options: richting(2) },
    { label: GRAAD_LABELS[3], options: richting(3) },
    { label: '7de jaar', options: catalogue.zevendeJaren().map((s) => ({ value: s.id, label: s.name })) },
    {
      label: 'Andere',
      options: studies.filter((s) => ['okan', 'buso', 'hbo5'].includes(s.kind) || s.id === 'graduaat').map((s) => ({ value: s.id, label: s.name })),
    },
  ];
}

/** The select value of a start key (`id@year[:stroom]` → `id[:stroom]`). */
export function selectValue(start: string): string {
  const parsed = parseStartKey(start);
  if (!parsed) return start;
  return parsed.stroom ? `${parsed.id}:${parsed.stroom}` : parsed.id;
}

/**
 * The start key for a select value. A study of one school year (or none, like OKAN) gets that year; a study of
 * more years stays a plain id until the pupil chooses the year (withYear): a pre-selected last year made 5de-jaar
 * pupils see the steps after the 6de jaar.
 */
export function startFromSelect(catalogue: RouteCatalogue, value: string): string {
  const [id, stroom] = value.split(':');
  const study = catalogue.get(id!);
  if (!study) return value;
  if (study.leerjaren.length > 1) return study.id;
  return `${id}@${study.leerjaren[0] ?? 0}${stroom ? `:${stroom}` : ''}`;
}

/** The start key with the school year the pupil chose (from a plain id or a key with another year). */
export function withYear(start: string, year: number): string {
  const parsed = parseStartKey(start);
  if (!parsed) return `${start}@${year}`;
  return `${parsed.id}@${year}${parsed.stroom ? `:${parsed.stroom}` : ''}`;
}

/**
 * The name of a study, with its finaliteit where another study in the same list has the same name (two richtingen
 * "Topsport" in the 2de graad, one per finaliteit): options a pupil cannot tell apart are no choice.
 */
export function distinctName(study: RouteStudy, list: readonly RouteStudy[]): string {
  const twin = list.some((other) => other.id !== study.id && other.name === study.name);
  return twin && study.finaliteit ? `${study.name} (${FINALITEIT_LABELS[study.finaliteit].toLowerCase()})` : study.name;
}
