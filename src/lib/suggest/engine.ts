/**
 * The suggestion engine: profile + catalogue + route rules → the legal next steps, ranked, each with a score and
 * the reasons behind it in plain Dutch. The points come from content/questionnaire/weights.yaml. No randomness:
 * the same profile always gives the same list. It suggests; the pupil decides.
 */
import { BALANCE_LABELS } from '../content/labels.ts';
import type { DomainId, Finaliteit } from '../../schemas/enums.ts';
import type { SuggestWeights } from '../../schemas/weights.ts';
import { DESTINATION, isNaOk4Jaar, isVoorbereidendJaar, type RouteCatalogue } from '../routes/catalogue.ts';
import { nextSteps } from '../routes/next-steps.ts';
import type { RouteStudy, Step } from '../routes/types.ts';
import type { ResolvedProfile } from './resolve-profile.ts';

export interface Suggestion {
  id: string;
  name: string;
  year: number | null;
  score: number;
  status: Step['status'];
  reasons: string[];
}

export interface NotSuggested {
  id: string;
  name: string;
  year: number | null;
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

export interface EngineOptions {
  domainNames?: Partial<Record<DomainId, string>>;
}

const STYLE_WORDS = (theory: number) => (theory <= 2 ? 'praktisch' : theory >= 4 ? 'theoretisch' : 'met een mix van theorie en praktijk');

function domainName(domein: DomainId, options: EngineOptions): string {
  return options.domainNames?.[domein] ?? (domein === 'stem' ? 'STEM' : domein.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()));
}

interface Scored {
  step: Step;
  study: RouteStudy;
  score: number;
  /** Reasons with their weight, so the strongest come first. */
  reasons: { text: string; weight: number }[];
}

function scoreStep(step: Step, study: RouteStudy, profile: ResolvedProfile, weights: SuggestWeights, options: EngineOptions): Scored {
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
  if (best) {
    const points = (best.value - 3) * weights.interesse.perPunt;
    const name = domainName(best.d, options);
    if (best.value >= 3.5) add(points, `Je gaf aan dat ${name} je boeit (${format(best.value)} op 5).`);
    else if (best.value <= 2.5) add(points, `Je gaf aan dat ${name} je minder boeit (${format(best.value)} op 5).`);
    else add(points, `${name} boeit je gemiddeld (${format(best.value)} op 5).`);
  } else if (study.domein.includes('domeinoverschrijdend')) {
    reasons.push({ text: 'Deze richting hoort niet bij één studiedomein: ze is breed en vooral theoretisch.', weight: 0.1 });
  }

  // Theory or practice.
  const theory = profile.style.theory;
  if (theory !== undefined && study.balance) {
    const distance = Math.abs(theory - weights.leerstijl.stap[study.balance]);
    const points = -distance * weights.leerstijl.perPuntVerschil;
    const words = `Je leert graag ${STYLE_WORDS(theory)}; deze stap is ${BALANCE_LABELS[study.balance].toLowerCase()}.`;
    if (distance <= 1.5) add(Math.min(0, points) === 0 ? 0.01 : points, words);
    else add(points, `Let op: ${words.charAt(0).toLowerCase()}${words.slice(1)}`);
  }

  // The goal after secondary school: by finaliteit for a richting, by what it leads to for a step after it.
  if (profile.goal !== 'open') {
    const leadsTo = afterSecondary(study);
    if (study.finaliteit && study.kind === 'studierichting') {
      const points = weights.doel[profile.goal][study.finaliteit];
      add(points, goalReason(profile.goal, study.finaliteit, points));
    } else if (leadsTo) {
      const points = weights.doel[profile.goal][leadsTo];
      const wish = profile.goal === 'hoger-onderwijs' ? 'Je wil verder studeren' : 'Je wil gaan werken';
      const what = leadsTo === 'hoger-onderwijs' ? 'dit is een stap naar het hoger onderwijs' : 'dit is een stap naar werk';
      add(points, `${wish}: ${what}.`);
    }
  }

  // What the pupil likes or is good at (talen, wiskunde, handen, mensen).
  for (const trait of weights.kenmerken) {
    const value = profile.style[trait.stijl];
    if (value === undefined || value === 3) continue;
    const name = study.name.toLowerCase();
    const fits =
      trait.woorden.some((w) => name.includes(w.toLowerCase())) ||
      study.domein.some((d) => trait.domeinen.includes(d)) ||
      (trait.balans !== undefined && study.balance === trait.balans);
    if (!fits) continue;
    const points = (value - 3) * trait.perPunt;
    add(points, value > 3 ? `Je gaf aan dat ${trait.omschrijving} je liggen (${format(value)} op 5): dat komt hier veel aan bod.` : `Je gaf aan dat ${trait.omschrijving} je minder liggen (${format(value)} op 5), en dat komt hier veel aan bod.`);
  }

  if (step.logical && step.move === 'verder') add(weights.aansluiting, 'Dit sluit aan bij wat je nu volgt.');

  const statusPoints = step.status === 'uitgesloten' ? 0 : weights.status[step.status];
  if (step.status !== 'open') {
    // The rules add the condition last (the duaal age, the finaliteit step, the Latijn practice), after the base rule.
    const why = step.reasons.at(-1)?.text ?? '';
    score += statusPoints;
    reasons.push({ text: `${step.status === 'voorwaarde' ? 'Voorwaarde' : 'Vraag raad'}: ${why}`, weight: -100 });
  }
  return { step, study, score: Math.max(0, Math.min(100, Math.round(score))), reasons };
}

/** What a step outside the richtingen leads to, for the goal question. */
function afterSecondary(study: RouteStudy): 'hoger-onderwijs' | 'werken' | null {
  if (study.id === DESTINATION.academisch || study.id === DESTINATION.professioneel || study.id === DESTINATION.graduaat) return 'hoger-onderwijs';
  if (study.kind === 'hbo5' || isVoorbereidendJaar(study)) return 'hoger-onderwijs';
  if (study.id === DESTINATION.werken) return 'werken';
  if (study.kind === 'zevende-jaar' && !isNaOk4Jaar(study)) return 'werken';
  return null;
}

function goalReason(goal: 'hoger-onderwijs' | 'werken', finaliteit: Finaliteit, points: number): string {
  if (goal === 'hoger-onderwijs') {
    if (finaliteit === 'doorstroom') return 'Je wil verder studeren: deze richting bereidt je voor op het hoger onderwijs.';
    if (finaliteit === 'dubbele-finaliteit') return 'Je wil verder studeren: deze richting bereidt voor op werken én op het hoger onderwijs.';
    return 'Je wil verder studeren: deze richting bereidt vooral voor op werken. Verder studeren kan later in een graduaat, of in een bachelor als je eerst het 7de jaar volgt dat voorbereidt op het hoger onderwijs.';
  }
  if (finaliteit === 'arbeidsmarkt') return 'Je wil gaan werken: deze richting bereidt je voor op een beroep.';
  if (finaliteit === 'dubbele-finaliteit') return 'Je wil gaan werken: deze richting bereidt voor op een beroep én op verder studeren.';
  return points < 0 ? 'Je wil gaan werken: deze richting bereidt vooral voor op verder studeren.' : 'Deze richting bereidt voor op verder studeren.';
}

const format = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1).replace('.', ','));

function sortReasons(reasons: { text: string; weight: number }[]): string[] {
  // Conditions first (they matter most), then the strongest reasons for, then the ones against.
  return [...reasons].sort((a, b) => (a.weight === -100 ? -1 : b.weight === -100 ? 1 : Math.abs(b.weight) - Math.abs(a.weight))).map((r) => r.text);
}

export function suggest(catalogue: RouteCatalogue, profile: ResolvedProfile, weights: SuggestWeights, options: EngineOptions = {}): SuggestResult {
  const result = nextSteps(catalogue, profile.position, profile.attest);
  const notes = result.notes.map((n) => n.text);
  if (profile.attestAssumed) {
    notes.unshift(
      profile.position.kind === 'basisonderwijs'
        ? 'Je gaf niet aan of je je getuigschrift basisonderwijs haalt. We gaan ervan uit dat je het haalt.'
        : 'Je gaf geen attest op. We gaan uit van een A-attest (geslaagd).',
    );
  }
  const repeating = result.attest.type === 'C';
  // With an A- or B-attest, repeating the year is legal with the klassenraad's agreement but not something to suggest.
  const candidates = result.steps.filter((s) => s.status !== 'uitgesloten' && (repeating ? s.move === 'overzitten' : s.move === 'verder'));
  // Buitengewoon onderwijs depends on a CLB verslag, not on interests: it is never ranked against the rest.
  const fromBuso = catalogue.get(profile.position.kind === 'study' ? profile.position.id : '')?.kind === 'buso';
  const needsVerslag = (s: Step) => !fromBuso && catalogue.get(s.id)?.kind === 'buso';
  const scored = candidates
    .filter((s) => !needsVerslag(s))
    .map((step) => scoreStep(step, catalogue.get(step.id)!, profile, weights, options))
    .sort((a, b) => b.score - a.score || a.study.name.localeCompare(b.study.name, 'nl') || a.step.id.localeCompare(b.step.id));

  const top = scored.slice(0, weights.voorstellen);
  const rest = scored.slice(weights.voorstellen);
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
    suggestions: top.map((s) => ({ id: s.step.id, name: s.study.name, year: s.step.year, score: s.score, status: s.step.status, reasons: sortReasons(s.reasons) })),
    notSuggested: [
      ...rest.map((s) => ({
        id: s.step.id,
        name: s.study.name,
        year: s.step.year,
        score: s.score,
        reasons: [`Mag wel, maar past minder goed bij je antwoorden (score ${s.score}).`, ...sortReasons(s.reasons)],
      })),
      ...buso,
      ...excluded.map((s) => ({
        id: s.id,
        name: name(s.id),
        year: s.year,
        score: null,
        reasons: s.reasons.map((r) => (r.rule === 'b-attest' ? `Met je B-attest is dit uitgesloten. ${r.text}` : r.text)),
      })),
    ],
    notes,
  };
}
