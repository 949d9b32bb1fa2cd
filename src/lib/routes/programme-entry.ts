/**
 * "Hoe geraak ik hier?" for the page of a programme of higher education: from which 6de and 7de jaren you can start
 * it, grouped by finaliteit and kind of 7de jaar, each group with its status and the reasons from the rules. Built
 * from programmeSteps, so the page, the explorer and the CLI say the same.
 */
import { FINALITEIT_LABELS } from '../content/labels.ts';
import { isNaOk4Jaar, isVoorbereidendJaar, type RouteCatalogue } from './catalogue.ts';
import { shownReasons } from './labels.ts';
import { programmeSteps } from './programme-steps.ts';
import { STATUS_ORDER, type Reason, type RouteStudy, type Step, type StepStatus } from './types.ts';

export interface EntryGroup {
  /** "Na het 6de jaar van een richting met arbeidsmarktfinaliteit". */
  label: string;
  status: StepStatus;
  /** How many 6de or 7de jaren the group holds. */
  count: number;
  reasons: Reason[];
}

const A = { type: 'A' as const, exclusions: [] };

/** Groups of origins, in the order a pupil reads them: the 6de jaren by finaliteit, then the 7de jaren. */
function originLabel(study: RouteStudy): { order: number; label: string } | null {
  if (study.kind === 'studierichting' && study.graad === 3 && study.finaliteit) {
    const order = { doorstroom: 0, 'dubbele-finaliteit': 1, arbeidsmarkt: 2 }[study.finaliteit];
    return { order, label: `Na het 6de jaar van een richting met ${FINALITEIT_LABELS[study.finaliteit].toLowerCase()}` };
  }
  if (study.kind !== 'zevende-jaar') return null;
  if (isVoorbereidendJaar(study)) return { order: 3, label: 'Na het voorbereidend 7de jaar op het hoger onderwijs' };
  if (isNaOk4Jaar(study)) return { order: 4, label: 'Na een bijzondere vorming (7de jaar na doorstroom of dubbele finaliteit)' };
  return { order: 5, label: 'Na een ander 7de jaar (specialisatiejaar)' };
}

type Origin = { study: RouteStudy; steps: Map<string, Step> };

/** The programme steps after every 6de and 7de jaar: the same for every programme page, so computed once. */
const originCache = new WeakMap<RouteCatalogue, Origin[]>();

function origins(catalogue: RouteCatalogue): Origin[] {
  let cached = originCache.get(catalogue);
  if (!cached) {
    const years = [...catalogue.richtingen(3).map((s) => [s, 6] as const), ...catalogue.zevendeJaren().map((s) => [s, 7] as const)];
    cached = years.map(([study, year]) => ({
      study,
      steps: new Map(programmeSteps(catalogue, { kind: 'study', id: study.id, year }, A).map((s) => [s.id, s])),
    }));
    originCache.set(catalogue, cached);
  }
  return cached;
}

export function programmeEntry(catalogue: RouteCatalogue, programmeId: string): EntryGroup[] {
  const groups = new Map<string, EntryGroup & { order: number }>();
  for (const { study, steps } of origins(catalogue)) {
    const where = originLabel(study);
    const step = steps.get(programmeId);
    if (!where || !step) continue;
    const key = `${where.order}|${step.status}`;
    const group = groups.get(key) ?? { ...where, status: step.status, count: 0, reasons: [] };
    group.count += 1;
    for (const reason of shownReasons(step)) if (!group.reasons.some((r) => r.text === reason.text)) group.reasons.push(reason);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.order - b.order || STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status))
    .map(({ label, status, count, reasons }) => ({ label, status, count, reasons }));
}
