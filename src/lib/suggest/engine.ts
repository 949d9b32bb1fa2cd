/**
 * The suggestion engine: profile + catalogue + route rules → the legal next steps, ranked, each with a score and
 * the reasons behind it in plain Dutch. The points come from content/questionnaire/weights.yaml. No randomness:
 * the same profile always gives the same list. It suggests; the pupil decides.
 */
import type { DomainId } from '../../schemas/enums.ts';
import type { SuggestWeights } from '../../schemas/weights.ts';
import { DESTINATION, isNaOk4Jaar, isVoorbereidendJaar, type RouteCatalogue } from '../routes/catalogue.ts';
import { attestKindAt } from '../routes/attest-kind.ts';
import { nextSteps } from '../routes/next-steps.ts';
import type { RouteStudy, Step } from '../routes/types.ts';
import {
  against,
  changeReason,
  conditionReason,
  CONTINUES_REASON,
  CROSS_DOMAIN_REASON,
  domainReason,
  goalReason,
  itemReason,
  leadsToReason,
  lowerReason,
  sameAsShownReason,
  sameDomainReason,
  schoolsReason,
  styleReason,
  traitReason,
  typeReason,
  type Riasec,
} from './reasons.ts';
import type { ProfileItem } from './items.ts';
import type { ResolvedProfile } from './resolve-profile.ts';

export interface Suggestion {
  id: string;
  name: string;
  year: number | null;
  /** 2A or 2B for a basisoptie (the same basisoptie exists in both). */
  stroom?: Step['stroom'];
  score: number;
  status: Step['status'];
  reasons: string[];
}

export interface NotSuggested {
  id: string;
  name: string;
  year: number | null;
  stroom?: Step['stroom'];
  /** Score for a legal step that ranked lower; null for a step the rules exclude. */
  score: number | null;
  reasons: string[];
}

export interface SuggestResult {
  /** Ids of every legal step for next school year. */
  reachable: string[];
  suggestions: Suggestion[];
  /** Legal steps below the top, and steps the attest excludes, each with why. */
  notSuggested: NotSuggested[];
  /** Remarks on the whole result (assumptions, what the attest excludes). */
  notes: string[];
}

/** Schools that offer a step near the place the caller knows (the session's Scholen step; not the questionnaire). */
export interface PlaceOffer {
  /** Schools within weights.scholen.dichtbijKm. */
  nearby: number;
  /** Distance to the nearest school that offers it, or null when no school with coordinates does. */
  nearestKm: number | null;
}

export interface EngineOptions {
  domainNames?: Partial<Record<DomainId, string>>;
  /** Optional: per study id, the schools near the pupil's place. Without it, distance plays no part. */
  places?: ReadonlyMap<string, PlaceOffer>;
  /** What a step is called in the reasons: a richting (default) or, for higher education, an opleiding. */
  noun?: 'richting' | 'opleiding';
}

function domainName(domein: DomainId, options: EngineOptions): string {
  return options.domainNames?.[domein] ?? (domein === 'stem' ? 'STEM' : domein.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()));
}

export interface Scored {
  step: Step;
  study: RouteStudy;
  score: number;
  /** Reasons with their weight, so the strongest come first. */
  reasons: { text: string; weight: number }[];
}

/** Marks a reason that carries no points but tells the step apart (listed last). */
const INFO = 0.001;

export function scoreStep(step: Step, study: RouteStudy, profile: ResolvedProfile, weights: SuggestWeights, options: EngineOptions, now: RouteStudy | undefined, riasec: Partial<Record<Riasec, number>>): Scored {
  const reasons: { text: string; weight: number }[] = [];
  let score = weights.start;
  const add = (points: number, text: string) => {
    score += points;
    if (points !== 0) reasons.push({ text, weight: points });
  };

  // Interest in the studiedomein (the domein that interests the pupil most, when a richting has several).
  const rated = study.domein
    .filter((d) => d !== 'domeinoverschrijdend' && profile.interests[d] !== undefined)
    .map((d) => ({ d, value: profile.interests[d]! }))
    .sort((a, b) => b.value - a.value);
  const best = rated[0];
  if (best) add((best.value - 3) * weights.interesse.perPunt, domainReason(domainName(best.d, options), best.value));
  else if (study.domein.includes('domeinoverschrijdend')) reasons.push({ text: CROSS_DOMAIN_REASON, weight: 0.1 });

  // The single interest items that fit this step by name, and the type of work (RIASEC) they stand for.
  const items = fittingItems(study, profile.items ?? [], weights);
  if (items.length > 0) {
    const mean = items.reduce((sum, i) => sum + i.value, 0) / items.length;
    const points = (mean - 3) * weights.vragen.perPunt;
    // Name the items that pull hardest (at most two), each with its share of the points.
    const telling = items.filter((i) => i.value !== 3).sort((a, b) => Math.abs(b.value - 3) - Math.abs(a.value - 3) || a.id.localeCompare(b.id)).slice(0, 2);
    score += points;
    for (const item of telling) reasons.push({ text: itemReason(item.text, item.value as 1 | 2 | 4 | 5, options.noun), weight: ((item.value - 3) * weights.vragen.perPunt) / items.length });
  }
  const types = items.length > 0 ? [...new Set(items.map((i) => i.riasec))] : study.domein.flatMap((d) => weights.types.domeinen[d] ?? []);
  const typeScores = types.flatMap((t) => (riasec[t] !== undefined ? [{ t, value: riasec[t]! }] : [])).sort((a, b) => b.value - a.value || a.t.localeCompare(b.t));
  const type = typeScores[0];
  if (type && type.value !== 3) add((type.value - 3) * weights.types.perPunt, typeReason(type.t, type.value));

  // Theory or practice.
  const theory = profile.style.theory;
  if (theory !== undefined && study.balance) {
    const distance = Math.abs(theory - weights.leerstijl.stap[study.balance]);
    const points = -distance * weights.leerstijl.perPuntVerschil;
    if (distance <= 1.5) add(Math.min(0, points) === 0 ? 0.01 : points, styleReason(theory, study.balance, true));
    else add(points, styleReason(theory, study.balance, false));
  }

  // The goal after secondary school: by finaliteit for a richting, by what it leads to for a step after it.
  if (profile.goal !== 'open') {
    const leadsTo = afterSecondary(study);
    if (study.finaliteit && study.kind === 'studierichting') {
      const points = weights.doel[profile.goal][study.finaliteit];
      add(points, goalReason(profile.goal, study.finaliteit, points));
    } else if (leadsTo) {
      add(weights.doel[profile.goal][leadsTo], leadsToReason(profile.goal, leadsTo));
    }
  }

  // What the pupil likes or is good at (talen, wiskunde, handen, mensen).
  for (const trait of weights.kenmerken) {
    const value = profile.style[trait.stijl];
    if (value === undefined || value === 3) continue;
    if (!traitFits(trait, study)) continue;
    add((value - 3) * trait.perPunt, traitReason(value > 3 ? trait.ja : trait.nee, value));
  }

  // How the step continues or changes what the pupil does now.
  if (step.logical && step.move === 'verder') add(weights.aansluiting, CONTINUES_REASON);
  const shared = now?.domein.find((d) => d !== 'domeinoverschrijdend' && study.domein.includes(d));
  if (shared && step.move === 'verder' && step.id !== now?.id) add(weights.verwant, sameDomainReason(domainName(shared, options)));
  if (now?.balance && study.balance && now.balance !== study.balance && step.move === 'verder') reasons.push({ text: changeReason(now.balance, study.balance), weight: INFO });

  // Schools near the place the caller knows.
  const offer = options.places?.get(step.id);
  if (offer) {
    const { dichtbijKm, verKm } = weights.scholen;
    const points = offer.nearestKm !== null && offer.nearestKm <= dichtbijKm ? weights.scholen.dichtbij : offer.nearestKm === null || offer.nearestKm > verKm ? weights.scholen.ver : 0;
    score += points;
    const text = schoolsReason(offer.nearby, dichtbijKm, offer.nearestKm);
    reasons.push({ text: points < 0 ? against(text) : text, weight: points === 0 ? INFO : points });
  }

  const statusPoints = step.status === 'uitgesloten' ? 0 : weights.status[step.status];
  if (step.status !== 'open') {
    // The rules add the condition last (the duaal age, the finaliteit step, the Latijn practice), after the base rule.
    score += statusPoints;
    reasons.push({ text: conditionReason(step.status === 'voorwaarde' ? 'voorwaarde' : 'vraag-raad', step.reasons.at(-1)?.text ?? ''), weight: -100 });
  }
  return { step, study, score: Math.max(0, Math.min(100, Math.round(score))), reasons };
}

/** The pupil's mean per type of work (RIASEC) over the answered interest items, to one decimal. */
export function riasecMeans(items: readonly ProfileItem[]): Partial<Record<Riasec, number>> {
  const sums = new Map<Riasec, number[]>();
  for (const item of items) sums.set(item.riasec, [...(sums.get(item.riasec) ?? []), item.value]);
  return Object.fromEntries([...sums].map(([t, values]) => [t, Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10]));
}

/** "Binnen- en buitenschrijnwerk" → " binnen- en buitenschrijnwerk ": words start after a space. */
const wordsOf = (name: string) => ` ${name.toLowerCase().replace(/[()/,]/g, ' ').replace(/\s+/g, ' ')} `;

/**
 * Whether a trait (talen, wiskunde, handen, mensen) concerns a step: a word of its name starts with one of the trait's
 * words, it lies in one of its domeinen, or (handen) it is mostly practice. A word must start the name's word, never
 * sit inside it: "digitaal" is not about talen, "transport" not about sport.
 */
export function traitFits(trait: SuggestWeights['kenmerken'][number], study: Pick<RouteStudy, 'name' | 'domein' | 'balance'>): boolean {
  // "Wetenschappen-wiskunde", "STEM-wetenschappen": both halves are words.
  const name = wordsOf(study.name).replace(/-/g, ' ');
  return (
    trait.woorden.some((w) => name.includes(` ${w.toLowerCase()}`)) ||
    study.domein.some((d) => trait.domeinen.includes(d)) ||
    (trait.balans !== undefined && study.balance === trait.balans)
  );
}

/** The answered interest items whose words (weights.yaml, vragen.woorden) start a word of the step's name. */
export function fittingItems(study: RouteStudy, items: readonly ProfileItem[], weights: SuggestWeights): ProfileItem[] {
  const name = wordsOf(study.name);
  return items.filter((item) => (weights.vragen.woorden[item.id] ?? []).some((w) => name.includes(` ${w.toLowerCase()}`)));
}

/** What a step outside the richtingen leads to, for the goal question. */
function afterSecondary(study: RouteStudy): 'hoger-onderwijs' | 'werken' | null {
  if (study.id === DESTINATION.academisch || study.id === DESTINATION.professioneel || study.id === DESTINATION.graduaat) return 'hoger-onderwijs';
  if (study.kind === 'hbo5' || isVoorbereidendJaar(study)) return 'hoger-onderwijs';
  if (study.id === DESTINATION.werken) return 'werken';
  if (study.kind === 'zevende-jaar' && !isNaOk4Jaar(study)) return 'werken';
  // BuSO OV3 (the only opleidingsvorm with arbeidsmarktfinaliteit) trains for a job in an ordinary workplace.
  if (study.kind === 'buso' && study.finaliteit === 'arbeidsmarkt') return 'werken';
  return null;
}

/** The stroom of a basisoptie step, as an optional field (absent, not undefined, for every other step). */
const strooms = (step: Step): { stroom?: Step['stroom'] } => (step.stroom ? { stroom: step.stroom } : {});

export function sortReasons(reasons: { text: string; weight: number }[]): string[] {
  // Conditions first (they matter most), then the reasons for, strongest first, then the ones against ("Let op:").
  const group = (r: { text: string; weight: number }) => (r.weight === -100 ? 0 : r.text.startsWith('Let op:') ? 2 : 1);
  return [...reasons].sort((a, b) => group(a) - group(b) || Math.abs(b.weight) - Math.abs(a.weight)).map((r) => r.text);
}

const ASSUMED_NOTES: Record<ReturnType<typeof attestKindAt>, string | null> = {
  'getuigschrift-bao': 'Je gaf niet aan of je je getuigschrift basisonderwijs haalt. We gaan ervan uit dat je het haalt.',
  orientering: 'Je gaf geen attest op. We gaan uit van een A-attest (geslaagd).',
  studiebewijs: 'Je gaf niet op of je slaagt. We gaan ervan uit dat je slaagt en je diploma of studiebewijs haalt.',
  geen: null,
};

export function suggest(catalogue: RouteCatalogue, profile: ResolvedProfile, weights: SuggestWeights, options: EngineOptions = {}): SuggestResult {
  const result = nextSteps(catalogue, profile.position, profile.attest);
  const notes = result.notes.map((n) => n.text);
  // Only where there is an attest to assume: OKAN and most of the BuSO give none.
  const assumed = profile.attestAssumed ? ASSUMED_NOTES[attestKindAt(catalogue, profile.position)] : null;
  if (assumed) notes.unshift(assumed);
  const repeating = result.attest.type === 'C';
  // With an A- or B-attest, repeating the year is legal with the klassenraad's agreement but not something to suggest.
  const candidates = result.steps.filter((s) => s.status !== 'uitgesloten' && (repeating ? s.move === 'overzitten' : s.move === 'verder'));
  // Buitengewoon onderwijs depends on a CLB verslag, not on interests: it is never ranked against the rest.
  const fromBuso = catalogue.get(profile.position.kind === 'study' ? profile.position.id : '')?.kind === 'buso';
  const needsVerslag = (s: Step) => !fromBuso && catalogue.get(s.id)?.kind === 'buso';
  const now = profile.position.kind === 'study' ? catalogue.get(profile.position.id) : undefined;
  const riasec = riasecMeans(profile.items ?? []);
  const scored = candidates
    .filter((s) => !needsVerslag(s))
    .map((step) => scoreStep(step, catalogue.get(step.id)!, profile, weights, options, now, riasec))
    .sort((a, b) => b.score - a.score || a.study.name.localeCompare(b.study.name, 'nl') || a.step.id.localeCompare(b.step.id));

  // Steps with the same score as the last suggestion are shown too (the view groups equal scores), up to twice the
  // number; the ones beyond that are never called a worse fit.
  const lastScore = scored[weights.voorstellen - 1]?.score;
  let cut = Math.min(scored.length, weights.voorstellen);
  while (cut < scored.length && cut < 2 * weights.voorstellen && scored[cut]!.score === lastScore) cut += 1;
  const top = scored.slice(0, cut);
  const rest = scored.slice(cut);
  const excluded = result.steps.filter((s) => s.status === 'uitgesloten');
  if (result.attest.type === 'B' && result.attest.exclusions.length > 0 && excluded.length > 0) {
    notes.push(`Met je B-attest zijn ${excluded.length} ${excluded.length === 1 ? 'richting' : 'richtingen'} uitgesloten. Die stellen we niet voor.`);
  }
  const name = (id: string) => catalogue.get(id)?.name ?? id;
  const buso = candidates.filter(needsVerslag).map((s) => ({
    id: s.id,
    name: name(s.id),
    year: s.year,
    score: null,
    reasons: ['Buitengewoon onderwijs kan alleen met een verslag van het CLB. Dat bespreek je met het CLB; een vragenlijst kan dat niet inschatten.'],
  }));
  return {
    reachable: [...new Set(candidates.map((s) => s.id))],
    suggestions: top.map((s) => ({ id: s.step.id, name: s.study.name, year: s.step.year, ...strooms(s.step), score: s.score, status: s.step.status, reasons: sortReasons(s.reasons) })),
    notSuggested: [
      ...rest.map((s) => ({
        id: s.step.id,
        name: s.study.name,
        year: s.step.year,
        ...strooms(s.step),
        score: s.score,
        reasons: [s.score === lastScore ? sameAsShownReason(s.score, cut) : lowerReason(s.score), ...sortReasons(s.reasons)],
      })),
      ...buso,
      ...excluded.map((s) => ({
        id: s.id,
        name: name(s.id),
        year: s.year,
        ...strooms(s),
        score: null,
        reasons: s.reasons.map((r) => (r.rule === 'b-attest' ? `Met je B-attest is dit uitgesloten. ${r.text}` : r.text)),
      })),
    ],
    notes,
  };
}
