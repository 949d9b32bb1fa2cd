/**
 * "Hoe kom je hier?" and "Waar kan je naartoe?" for a study page, computed from the route rules. Steps that fit the
 * content (the same richting, the curated logical next steps) are listed one by one; the many other legal options
 * are summed up per graad and finaliteit, so a page stays readable and still tells the whole truth.
 */
import { FINALITEIT_LABELS, GRAAD_LABELS } from '../content/labels.ts';
import type { RouteCatalogue } from './catalogue.ts';
import { nextSteps } from './next-steps.ts';
import { RULES } from './rules.ts';
import { STATUS_ORDER, type Position, type Reason, type RouteStudy, type Step, type StepStatus } from './types.ts';

export interface RouteItem {
  id: string;
  year: number | null;
  /** 2A or 2B for a basisoptie. */
  stroom?: Step['stroom'];
  status: StepStatus;
  reasons: Reason[];
}

export interface RouteGroup {
  label: string;
  status: StepStatus;
  ids: string[];
  /** The reason most steps in the group share. */
  reason: Reason;
}

export interface RouteOverview {
  items: RouteItem[];
  groups: RouteGroup[];
}

const A = { type: 'A' as const, exclusions: [] };

/** Groups richtingen and 7de jaren; every other kind (a year of the first graad, a destination) stays an item. */
function groupLabel(study: RouteStudy, item: RouteItem): string | null {
  if (study.kind === 'studierichting' && study.graad !== null && study.finaliteit !== null) {
    return `richtingen van de ${GRAAD_LABELS[study.graad]} met ${FINALITEIT_LABELS[study.finaliteit].toLowerCase()}`;
  }
  if (study.kind === 'zevende-jaar') return '7de jaren';
  if (study.kind === 'basisoptie') return item.stroom ? `basisopties van 2${item.stroom}` : 'basisopties';
  return null;
}

/** More logical steps than this are summed up too: a page must stay readable (e.g. "Werken" after 200 richtingen). */
const MAX_LISTED = 12;

function overview(catalogue: RouteCatalogue, all: { study: RouteStudy; item: RouteItem; listed: boolean }[]): RouteOverview {
  const tooMany = all.filter((e) => e.listed).length > MAX_LISTED;
  const entries = tooMany ? all.map((e) => ({ ...e, listed: false })) : all;
  const items: RouteItem[] = [];
  const groups = new Map<string, { label: string; status: StepStatus; ids: string[]; reasons: Reason[]; items: RouteItem[] }>();
  for (const { study, item, listed } of entries) {
    const label = groupLabel(study, item);
    if (listed || label === null) {
      items.push(item);
      continue;
    }
    const key = `${label}|${item.status}`;
    const group = groups.get(key) ?? { label, status: item.status, ids: [], reasons: [], items: [] };
    group.ids.push(study.id);
    group.items.push(item);
    group.reasons.push(item.reasons[item.reasons.length - 1]!);
    groups.set(key, group);
  }
  const byStatus = (a: { status: StepStatus }, b: { status: StepStatus }) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status);
  const name = (id: string) => catalogue.get(id)?.name ?? id;
  // A group of one reads better as the study itself.
  for (const [key, group] of groups) {
    if (group.ids.length === 1) {
      items.push(group.items[0]!);
      groups.delete(key);
    }
  }
  return {
    items: items.sort((a, b) => byStatus(a, b) || name(a.id).localeCompare(name(b.id), 'nl')),
    groups: [...groups.values()]
      .map((g) => ({ label: g.label, status: g.status, ids: g.ids, reason: mostCommon(g.reasons) }))
      .sort((a, b) => byStatus(a, b) || a.label.localeCompare(b.label, 'nl')),
  };
}

function mostCommon(reasons: Reason[]): Reason {
  const counts = new Map<string, { reason: Reason; count: number }>();
  for (const reason of reasons) {
    const entry = counts.get(reason.text) ?? { reason, count: 0 };
    entry.count += 1;
    counts.set(reason.text, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count)[0]!.reason;
}

/** Where you can go after the last year of a study, with an A-attest (the excluded options are kept: they inform). */
export function onwardRoutes(catalogue: RouteCatalogue, study: RouteStudy): RouteOverview {
  const year = study.leerjaren.at(-1) ?? 0;
  const position: Position = { kind: 'study', id: study.id, year };
  const steps = nextSteps(catalogue, position, A).steps.filter((s) => s.move === 'verder');
  return overview(
    catalogue,
    steps.map((step) => ({ study: catalogue.get(step.id)!, item: toItem(step), listed: step.logical })),
  );
}

function toItem(step: Step): RouteItem {
  return { id: step.id, year: step.year, ...(step.stroom ? { stroom: step.stroom } : {}), status: step.status, reasons: step.reasons };
}


type Incoming = Map<string, { from: Position; step: Step }[]>;
const incomingCache = new WeakMap<RouteCatalogue, Incoming>();

/** For every study, the positions whose A-attest steps lead into its first year (computed once per catalogue). */
function incomingIndex(catalogue: RouteCatalogue): Incoming {
  const cached = incomingCache.get(catalogue);
  if (cached) return cached;
  const index: Incoming = new Map();
  for (const from of catalogue.positions()) {
    for (const step of nextSteps(catalogue, from, A).steps) {
      if (step.move !== 'verder' || step.status === 'uitgesloten') continue;
      const target = catalogue.get(step.id);
      if (!target || (step.year !== null && step.year !== (target.leerjaren[0] ?? 0))) continue;
      const list = index.get(step.id) ?? [];
      list.push({ from, step });
      index.set(step.id, list);
    }
  }
  incomingCache.set(catalogue, index);
  return index;
}

/** How you get into a study: from which positions, with which status. Basisonderwijs appears as its own item. */
export function incomingRoutes(catalogue: RouteCatalogue, study: RouteStudy): RouteOverview & { fromBasisonderwijs: RouteItem[] } {
  const incoming = incomingIndex(catalogue).get(study.id) ?? [];
  const fromBasisonderwijs: RouteItem[] = [];
  const entries: { study: RouteStudy; item: RouteItem; listed: boolean }[] = [];
  const seen = new Set<string>();
  for (const { from, step } of incoming) {
    if (from.kind === 'basisonderwijs') {
      fromBasisonderwijs.push({ id: from.getuigschrift ? 'met-getuigschrift' : 'zonder-getuigschrift', year: null, status: step.status, reasons: step.reasons });
      continue;
    }
    const origin = catalogue.get(from.id)!;
    // A basisoptie counts once per stroom: what follows it differs between 2A and 2B.
    const key = `${origin.id}:${from.stroom ?? ''}`;
    if (origin.id === study.id || seen.has(key)) continue;
    seen.add(key);
    const listed = origin.next.includes(study.id);
    const item: RouteItem = { id: origin.id, year: from.year, ...(from.stroom ? { stroom: from.stroom } : {}), status: step.status, reasons: step.reasons };
    entries.push({ study: origin, item, listed });
  }
  return { ...overview(catalogue, entries), fromBasisonderwijs };
}

/** What the attest changes, in plain Dutch, for the page of a study in the given stage. */
export function attestNotes(study: RouteStudy): Reason[] {
  if (study.kind === 'eerste-graad' && study.leerjaren[0] === 1) {
    return [{ rule: 'attesten-eerste-leerjaar', text: RULES['attesten-eerste-leerjaar'].text }, { rule: 'c-attest', text: RULES['c-attest'].text }];
  }
  if (study.kind === 'zevende-jaar') return [{ rule: 'c-attest', text: RULES['c-attest'].text }];
  if (study.kind === 'studierichting' && study.graad === 3) {
    return [
      { rule: 'diploma-secundair', text: RULES['diploma-secundair'].text },
      { rule: 'c-attest', text: 'Slaag je niet in het 6de jaar, dan krijg je een C-attest en doe je het jaar over.' },
    ];
  }
  if (['eerste-graad', 'basisoptie', 'studierichting'].includes(study.kind)) {
    return [
      { rule: 'b-attest', text: RULES['b-attest'].text },
      { rule: 'c-attest', text: RULES['c-attest'].text },
    ];
  }
  return [];
}
