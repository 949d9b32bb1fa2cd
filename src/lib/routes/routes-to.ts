/**
 * Multi-year routes from where a pupil is now to a goal (a richting, a 7de jaar, a bachelor, graduaat, work).
 * The first year uses the pupil's attest; later years assume an A-attest. Routes are found with a best-first search
 * over school years: fewest years first, then fewest conditions, then the steps that fit the content best.
 */
import { DESTINATION, KIND_DESTINATION, RouteCatalogue, isNaOk4Jaar, isVoorbereidendJaar } from './catalogue.ts';
import { nextSteps } from './next-steps.ts';
import { programmeStep } from './programme-steps.ts';
import type { Attest, Position, Step, StepStatus } from './types.ts';

export interface RouteLeg {
  id: string;
  year: number | null;
  /** The stroom of a basisoptie leg (2A or 2B). */
  stroom?: Step['stroom'];
  status: StepStatus;
  logical: boolean;
  reasons: Step['reasons'];
}

export interface Route {
  legs: RouteLeg[];
  /** Worst status along the route. */
  status: StepStatus;
}

export interface RoutesOptions {
  /** Most routes to return. */
  limit?: number;
  /** Longest route in school years. */
  maxYears?: number;
  /** Also use steps whose rule could not be confirmed ("vraag raad"). */
  includeUncertain?: boolean;
}

/** Cost of a step by status; an unconfirmed step weighs more than a school year, so a sure route wins. */
const PENALTY: Record<StepStatus, number> = { open: 0, voorwaarde: 4, 'vraag-raad': 15, uitgesloten: Infinity };
const YEAR_COST = 10;
/** A step that does not fit the content of where you are (not the same richting, not a curated next step). */
const UNRELATED_COST = 1;
const stepCost = (step: Step) => PENALTY[step.status] + (step.logical ? 0 : UNRELATED_COST);

type Node = { key: string; position: Position; attest: Attest };

const A: Attest = { type: 'A', exclusions: [] };

/** Steps with an A-attest per position, per catalogue: the same for every search, so computed once. */
const stepCache = new WeakMap<RouteCatalogue, Map<string, Step[]>>();

function sharedSteps(catalogue: RouteCatalogue): Map<string, Step[]> {
  let cache = stepCache.get(catalogue);
  if (!cache) stepCache.set(catalogue, (cache = new Map()));
  return cache;
}

/** The steps with an A-attest from a position that a route may use (excluded steps never are). */
function forwardSteps(catalogue: RouteCatalogue, position: Position): Step[] {
  return nextSteps(catalogue, position, A).steps.filter((s) => s.move === 'verder' && s.status !== 'uitgesloten');
}

/**
 * Fills the shared caches a few positions at a time, so the first search is quick without one long task. Returns
 * one slice of work; call it again (e.g. with setTimeout) until it returns true.
 */
export function routesWarmer(catalogue: RouteCatalogue, positionsPerSlice = 40): () => boolean {
  const positions = catalogue.positions().filter((p) => p.kind === 'study');
  let next = 0;
  return () => {
    const shared = sharedSteps(catalogue);
    for (const end = Math.min(next + positionsPerSlice, positions.length); next < end; next++) {
      const key = keyOf(positions[next]!);
      if (!shared.has(key)) shared.set(key, forwardSteps(catalogue, positions[next]!));
    }
    if (next < positions.length) return false;
    incomingGraph(catalogue, true, (position) => shared.get(keyOf(position)) ?? forwardSteps(catalogue, position));
    return true;
  };
}

function keyOf(position: Position): string {
  if (position.kind === 'basisonderwijs') return `bao:${position.getuigschrift}`;
  return `${position.id}@${position.year}${position.stroom ? `:${position.stroom}` : ''}`;
}

/** Where a step lands; a basisoptie keeps its stroom, so a route from 1B stays in the B-stroom after it. */
function positionOf(step: Step): Position {
  return { kind: 'study', id: step.id, year: step.year ?? 0, ...(step.stroom ? { stroom: step.stroom } : {}) };
}

/**
 * The goal is reached when a step lands on the goal page (any year of it). A programme of higher education is
 * reached through the page of its kind: the same routes, with the last step turned into the programme (its own
 * admission conditions added), so the rules for graduaat and bachelors are never duplicated.
 */
export function routesTo(
  catalogue: RouteCatalogue,
  from: Position,
  attest: Attest,
  goalId: string,
  options: RoutesOptions = {},
): Route[] {
  const programme = catalogue.programme(goalId);
  if (programme) {
    return routesTo(catalogue, from, attest, KIND_DESTINATION[programme.kind], options).map((route) => {
      const last = route.legs.at(-1)!;
      const step = programmeStep({ ...last, move: 'verder' }, programme);
      const legs = [...route.legs.slice(0, -1), legOf(step)];
      return { legs, status: worst(legs) };
    });
  }
  const { limit = 8, maxYears = 8, includeUncertain = true } = options;
  const shared = sharedSteps(catalogue);
  const usable = (s: Step) => s.move === 'verder' && s.status !== 'uitgesloten' && (includeUncertain || s.status !== 'vraag-raad');
  const expand = (node: Node): Step[] => {
    if (node.attest !== A) return nextSteps(catalogue, node.position, node.attest).steps.filter(usable);
    let steps = shared.get(node.key);
    if (!steps) {
      steps = forwardSteps(catalogue, node.position);
      shared.set(node.key, steps);
    }
    return steps.filter(usable);
  };

  // Years still needed from each position to the goal, to prune steps that can no longer arrive in time.
  const remaining = yearsToGoal(catalogue, goalId, maxYears, incomingGraph(catalogue, includeUncertain, (position) => expand({ key: keyOf(position), position, attest: A })));
  const need = (step: Step): number | undefined => (step.id === goalId ? 0 : remaining.get(keyOf(positionOf(step))));
  const viable = (node: Node, yearsLeft: number): Step[] =>
    expand(node).filter((step) => {
      const n = need(step);
      return n !== undefined && n <= yearsLeft - 1 && (step.id !== goalId || yearsLeft === 1);
    });

  // Cheapest cost from a position to the goal in exactly `yearsLeft` years (memoised; years only go forward).
  const best = new Map<string, number>();
  const bestCost = (node: Node, yearsLeft: number): number => {
    const memoKey = `${node.key}|${yearsLeft}`;
    const known = best.get(memoKey);
    if (known !== undefined) return known;
    let cost = Infinity;
    for (const step of viable(node, yearsLeft)) {
      const rest = step.id === goalId ? 0 : bestCost(nodeOf(step), yearsLeft - 1);
      cost = Math.min(cost, stepCost(step) + rest);
    }
    best.set(memoKey, cost);
    return cost;
  };

  const start: Node = { key: keyOf(from), position: from, attest };
  const reachable = expand(start)
    .map((step) => need(step))
    .filter((n): n is number => n !== undefined);
  if (reachable.length === 0) return [];
  const shortest = Math.min(...reachable) + 1;

  // For the shortest length, and one year more when no shortest route is sure (an unconfirmed step weighs more
  // than a year): up to two cheapest routes per first step, so the list shows different ways in.
  type Found = { cost: number; legs: RouteLeg[] };
  const routes: Found[] = [];
  for (let years = shortest; years <= Math.min(shortest + 1, maxYears); years++) {
    if (years > shortest && routes.some((r) => r.legs.every((leg) => leg.status === 'open'))) break;
    for (const first of viable(start, years)) {
      const found: Found[] = [];
      const walk = (step: Step, legs: RouteLeg[], cost: number, yearsLeft: number) => {
        const here = [...legs, legOf(step)];
        const total = cost + stepCost(step);
        if (step.id === goalId) {
          found.push({ cost: total + YEAR_COST * years, legs: here });
          found.sort((a, b) => a.cost - b.cost);
          if (found.length > 2) found.pop();
          return;
        }
        const children = viable(nodeOf(step), yearsLeft)
          .map((child) => ({
            child,
            bound: total + stepCost(child) + (child.id === goalId ? 0 : bestCost(nodeOf(child), yearsLeft - 1)) + YEAR_COST * years,
          }))
          .filter(({ bound }) => Number.isFinite(bound))
          .sort((a, b) => a.bound - b.bound);
        for (const { child, bound } of children) {
          if (found.length === 2 && bound >= found[1]!.cost) break;
          walk(child, here, total, yearsLeft - 1);
        }
      };
      walk(first, [], 0, years - 1);
      routes.push(...found);
    }
  }
  const label = (r: Found) => r.legs.map(legKey).join('>');
  return routes
    .filter((r) => !bachelorWithoutAccess(catalogue, from, r.legs))
    .sort((a, b) => a.cost - b.cost || label(a).localeCompare(label(b)))
    .slice(0, limit)
    .map(({ legs }) => ({ legs, status: worst(legs) }));
}

/**
 * The rules look at one school year at a time, so a specialisatiejaar leads to a bachelor "on condition" that your
 * diploma already gave access. Along a whole route we know that diploma: after a 6de jaar arbeidsmarktfinaliteit
 * it did not (rule specialisatiejaar-hoger-onderwijs), and such a route is not shown.
 */
function bachelorWithoutAccess(catalogue: RouteCatalogue, from: Position, legs: RouteLeg[]): boolean {
  const bachelors: string[] = [DESTINATION.professioneel, DESTINATION.academisch];
  let diploma: string | null = null;
  let previous = from.kind === 'study' ? catalogue.get(from.id) : undefined;
  if (previous?.kind === 'studierichting' && previous.graad === 3) diploma = previous.finaliteit;
  for (const leg of legs) {
    const study = catalogue.get(leg.id);
    if (bachelors.includes(leg.id) && previous?.kind === 'zevende-jaar' && !isVoorbereidendJaar(previous) && !isNaOk4Jaar(previous) && diploma === 'arbeidsmarkt') {
      return true;
    }
    if (study?.kind === 'studierichting' && study.graad === 3) diploma = study.finaliteit;
    previous = study;
  }
  return false;
}

function legOf(step: Step): RouteLeg {
  return { id: step.id, year: step.year, ...(step.stroom ? { stroom: step.stroom } : {}), status: step.status, logical: step.logical, reasons: step.reasons };
}

/** A leg as text (`id@year[:stroom]`), unique within a route: for sorting and as a list key. */
export function legKey(leg: Pick<RouteLeg, 'id' | 'year' | 'stroom'>): string {
  return `${leg.id}@${leg.year ?? '-'}${leg.stroom ? `:${leg.stroom}` : ''}`;
}

function nodeOf(step: Step): Node {
  const position = positionOf(step);
  return { key: keyOf(position), position, attest: A };
}

function worst(legs: RouteLeg[]): StepStatus {
  const order: StepStatus[] = ['open', 'voorwaarde', 'vraag-raad', 'uitgesloten'];
  return legs.reduce<StepStatus>((acc, leg) => (order.indexOf(leg.status) > order.indexOf(acc) ? leg.status : acc), 'open');
}

/** Who leads into each position with an A-attest (the reverse of the step graph): the same for every goal, so built once. */
const incomingCache = new WeakMap<RouteCatalogue, Map<boolean, Map<string, string[]>>>();

function incomingGraph(catalogue: RouteCatalogue, includeUncertain: boolean, stepsFrom: (position: Position) => Step[]): Map<string, string[]> {
  let perOption = incomingCache.get(catalogue);
  if (!perOption) incomingCache.set(catalogue, (perOption = new Map()));
  const cached = perOption.get(includeUncertain);
  if (cached) return cached;
  const incoming = new Map<string, string[]>();
  for (const position of catalogue.positions()) {
    if (position.kind !== 'study') continue;
    for (const step of stepsFrom(position)) {
      const target = keyOf(positionOf(step));
      const list = incoming.get(target) ?? [];
      list.push(keyOf(position));
      incoming.set(target, list);
    }
  }
  perOption.set(includeUncertain, incoming);
  return incoming;
}

/**
 * For every study position, the fewest years to the goal (backwards breadth-first search over the A-attest graph).
 * Only positions from which the goal can be reached within maxYears are in the map.
 */
function yearsToGoal(catalogue: RouteCatalogue, goalId: string, maxYears: number, incoming: Map<string, string[]>): Map<string, number> {
  const distance = new Map<string, number>();
  const goal = catalogue.get(goalId);
  if (!goal) return distance;
  let frontier = catalogue
    .positions()
    .filter((p) => p.kind === 'study' && p.id === goalId)
    .map(keyOf);
  frontier.forEach((k) => distance.set(k, 0));
  for (let d = 1; d <= maxYears && frontier.length > 0; d++) {
    const nextFrontier: string[] = [];
    for (const key of frontier) {
      for (const source of incoming.get(key) ?? []) {
        if (!distance.has(source)) {
          distance.set(source, d);
          nextFrontier.push(source);
        }
      }
    }
    frontier = nextFrontier;
  }
  return distance;
}
