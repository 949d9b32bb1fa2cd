/**
 * The printable summary of a guidance conversation: where the pupil is, what interests them, the top suggestions
 * with their reasons, the chosen studies and schools, the agreements, help links and the date. Pure: the same
 * input gives the same summary in the browser and in tests.
 */
import type { DomainId } from '../../schemas/enums.ts';
import { BALANCE_LABELS } from '../content/labels.ts';
import type { Question } from '../../schemas/question.ts';
import type { SuggestWeights } from '../../schemas/weights.ts';
import { HELP_LINKS, type HelpLink } from '../help-links.ts';
import { profileFromAnswers, resolvedFromAnswers, type Answers } from '../questionnaire/answers.ts';
import type { RouteCatalogue } from '../routes/catalogue.ts';
import { attestKindAt } from '../routes/attest-kind.ts';
import { exclusionOf, parseStartKey, positionOf } from '../routes/explorer-state.ts';
import { exclusionText } from '../routes/explain.ts';
import { routesTo } from '../routes/routes-to.ts';
import type { Attest, Position } from '../routes/types.ts';
import { stepYearLabel, yearLabel } from '../routes/labels.ts';
import { suggest } from '../suggest/engine.ts';
import { formatScore } from '../suggest/reasons.ts';
import type { FinderSchool, FinderStudy } from '../schools/finder-data.ts';
import { NET_LABELS } from '../schools/labels.ts';
import type { Choices } from './choices.ts';

export interface SummaryInput {
  answers: Answers | null;
  choices: Choices;
  questions: Question[];
  catalogue: RouteCatalogue;
  weights: SuggestWeights;
  domainNames: Record<string, string>;
  studies: ReadonlyMap<string, FinderStudy>;
  schools: ReadonlyMap<string, FinderSchool>;
  /** ISO date of the conversation. */
  date: string;
}

export interface Summary {
  date: string;
  /** "Waar sta je nu?" and the attest, in words; empty without answers. */
  situation: string[];
  /** Interests from high to low, as "Domein: 4 op 5". */
  interests: string[];
  suggestions: { name: string; reasons: string[] }[];
  /** Each chosen study with the shortest route to it from where the pupil is now (null without answers). */
  studies: { id: string; title: string; facts: string; route: string | null }[];
  schools: { id: string; name: string; address: string; net: string }[];
  notes: string;
  help: HelpLink[];
}

const TOP_SUGGESTIONS = 5;
const ATTEST_WORDS = { A: 'A-attest', B: 'B-attest', C: 'C-attest', 'weet-niet': 'attest nog niet bekend' } as const;
/** The last year ends with a studiebewijs, not an oriënteringsattest (src/lib/routes/attest-kind.ts). */
const FINAL_YEAR_WORDS = { A: 'slaagt (diploma of studiebewijs)', B: 'B-attest (bestaat niet in het laatste jaar)', C: 'slaagt niet (C-attest)', 'weet-niet': 'nog niet bekend' } as const;
const GOAL_WORDS = { 'hoger-onderwijs': 'verder studeren', werken: 'gaan werken', open: 'weet ik nog niet' } as const;

const STATUS_NOTE = { open: '', voorwaarde: ' (onder voorwaarde)', 'vraag-raad': ' (vraag raad)', uitgesloten: ' (kan niet)' } as const;

/** The shortest route to a study as one line: "Elektriciteit, 3de jaar → Elektrische installaties, 5de jaar". */
function routeText(catalogue: RouteCatalogue, from: Position, attest: Attest, goal: string): string {
  const [route] = routesTo(catalogue, from, attest, goal, { limit: 1 });
  if (!route) return 'Geen route gevonden met deze gegevens: vraag raad aan je klassenraad of CLB.';
  return route.legs
    .map((leg) => `${catalogue.get(leg.id)?.name ?? leg.id}${leg.year && leg.year !== 7 ? `, ${stepYearLabel(leg)}` : ''}${STATUS_NOTE[leg.status]}`)
    .join(' → ');
}

function situation(answers: Answers, catalogue: RouteCatalogue, domainNames: Record<string, string>): string[] {
  if (!answers.stage) return [];
  const lines: string[] = [];
  if (answers.stage === 'basisonderwijs') {
    lines.push(`Nu: laatste jaar basisonderwijs${answers.getuigschrift === 'ja' ? ', met getuigschrift' : answers.getuigschrift === 'nee' ? ', zonder getuigschrift' : ''}`);
  } else {
    const start = parseStartKey(answers.stage);
    const study = start ? catalogue.get(start.id) : undefined;
    if (study) lines.push(`Nu: ${study.name}${start && study.leerjaren.length > 1 ? `, ${yearLabel(start.year)}` : ''}`);
    const position = positionOf(catalogue, answers.stage);
    const kind = position ? attestKindAt(catalogue, position) : 'geen';
    if (answers.attest && kind === 'studiebewijs') lines.push(`Laatste jaar: ${FINAL_YEAR_WORDS[answers.attest]}`);
    else if (answers.attest && kind === 'orientering') {
      const excluded = answers.attest === 'B' ? answers.excluded.flatMap((key) => { const e = exclusionOf(catalogue, key); return e ? [exclusionText(e, domainNames)] : []; }) : [];
      lines.push(`Attest: ${ATTEST_WORDS[answers.attest]}${excluded.length > 0 ? ` (uitgesloten: ${excluded.join(', ')})` : ''}`);
    }
  }
  if (answers.goal) lines.push(`Na het secundair: ${GOAL_WORDS[answers.goal]}`);
  return lines;
}

export function buildSummary(input: SummaryInput): Summary {
  const { answers, choices, catalogue, domainNames } = input;
  const profile = answers ? profileFromAnswers(answers, input.questions, domainNames) : null;
  const resolved = answers ? resolvedFromAnswers(answers, input.questions, catalogue) : null;
  const result = resolved ? suggest(catalogue, resolved, input.weights, { domainNames: domainNames as Record<DomainId, string> }) : null;
  const interests = Object.entries(profile?.interests ?? {})
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b, 'nl'))
    .map(([name, value]) => `${name}: ${formatScore(Math.round(value * 10) / 10)} op 5`);
  return {
    date: input.date,
    situation: answers ? situation(answers, catalogue, domainNames) : [],
    interests,
    suggestions: (result?.suggestions ?? []).slice(0, TOP_SUGGESTIONS).map((s) => ({ name: s.name, reasons: s.reasons })),
    studies: choices.studies.flatMap((id) => {
      const s = input.studies.get(id);
      if (!s) return [];
      const facts = [s.domains.map((d) => domainNames[d] ?? d).join(', '), s.balance ? BALANCE_LABELS[s.balance].toLowerCase() : ''].filter(Boolean).join(' · ');
      return [{ id, title: s.title, facts, route: resolved ? routeText(catalogue, resolved.position, resolved.attest, id) : null }];
    }),
    schools: choices.schools.flatMap((id) => {
      const s = input.schools.get(id);
      return s ? [{ id, name: s.name, address: `${s.street}, ${s.postcode} ${s.municipality}`, net: NET_LABELS[s.net] }] : [];
    }),
    notes: choices.notes.trim(),
    help: HELP_LINKS,
  };
}
