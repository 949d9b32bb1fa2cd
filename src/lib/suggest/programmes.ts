/**
 * Suggestions of programmes of higher education (and their studiegebieden) for a pupil in the 3de graad or a 7de
 * jaar. Only kinds the route rules allow after the pupil's richting are suggested (a bachelor after
 * arbeidsmarktfinaliteit is not: the voorbereidend 7de jaar comes first); the rest is listed with why. Each programme
 * is scored like a step (src/lib/suggest/engine.ts: interests, items, learning style, traits), plus the aansluiting
 * with the richting and the fit of its kind (src/lib/ho/aansluiting.ts), with weights.yaml `opleidingen`.
 */
import type { DomainId, HoKind } from '../../schemas/enums.ts';
import type { SuggestWeights } from '../../schemas/weights.ts';
import { HO_ADMISSION_LABELS } from '../content/programme-view.ts';
import { contentLink, kindAccess, KIND_DESTINATION, preparesForHigherEducation } from '../ho/aansluiting.ts';
import type { HoData, HoProgrammeLite } from '../ho/ho-data.ts';
import type { RouteCatalogue } from '../routes/catalogue.ts';
import type { RouteStudy, Step, StepStatus } from '../routes/types.ts';
import { riasecMeans, scoreStep, sortReasons, type EngineOptions } from './engine.ts';
import { lowerReason } from './reasons.ts';
import type { ResolvedProfile } from './resolve-profile.ts';

export interface ProgrammeSuggestion {
  id: string;
  name: string;
  kind: HoKind;
  educatief: boolean;
  studiegebied: { id: string; name: string };
  score: number;
  status: StepStatus;
  reasons: string[];
}

export interface StudiegebiedSuggestion {
  id: string;
  name: string;
  /** The score of its best programme. */
  score: number;
  /** Ids of its programmes among the legal ones, best first. */
  programmes: string[];
  reasons: string[];
}

export interface ProgrammeResult {
  /** The richting or 7de jaar the suggestions start from. */
  from: { id: string; name: string };
  suggestions: ProgrammeSuggestion[];
  studiegebieden: StudiegebiedSuggestion[];
  /** Legal programmes below the top, and programmes the rules do not allow yet, each with why. */
  notSuggested: { id: string; name: string; score: number | null; reasons: string[] }[];
  notes: string[];
}

/** The richting or 7de jaar after which the pupil can start higher education, or null (not yet in the 3de graad). */
export function higherEducationStart(catalogue: RouteCatalogue, profile: ResolvedProfile): RouteStudy | null {
  if (profile.position.kind !== 'study') return null;
  const study = catalogue.get(profile.position.id);
  return study && preparesForHigherEducation(study) ? study : null;
}

const WORST: readonly StepStatus[] = ['open', 'voorwaarde', 'vraag-raad', 'uitgesloten'];
const worst = (a: StepStatus, b: StepStatus) => (WORST.indexOf(a) >= WORST.indexOf(b) ? a : b);

/** The programme as the engine's step: its studiegebied's domeinen, the balance of its kind's destination page. */
function asStudy(catalogue: RouteCatalogue, programme: HoProgrammeLite, domeinen: readonly DomainId[]): RouteStudy {
  const balance = catalogue.get(KIND_DESTINATION[programme.kind])?.balance;
  return {
    id: programme.id,
    // The synonyms (verpleegkundige, leraar …) let the interest items and traits match by word, as for a richting.
    name: [programme.name, ...programme.synonyms].join(' '),
    kind: 'bestemming',
    graad: null,
    leerjaren: [],
    stroom: [],
    finaliteit: null,
    domein: domeinen.filter((d) => d !== 'domeinoverschrijdend'),
    onderwijsvorm: [],
    duaal: 'nee',
    ...(balance ? { balance } : {}),
    next: [],
  };
}

export function suggestProgrammes(
  catalogue: RouteCatalogue,
  data: HoData,
  profile: ResolvedProfile,
  weights: SuggestWeights,
  options: EngineOptions = {},
): ProgrammeResult | null {
  const from = higherEducationStart(catalogue, profile);
  if (!from) return null;
  const w = weights.opleidingen;
  const access = kindAccess(catalogue, from);
  const gebieden = new Map(data.studiegebieden.map((g) => [g.id, g]));
  const riasec = riasecMeans(profile.items ?? []);
  const domainName = (d: DomainId) => options.domainNames?.[d] ?? d;
  const scored: (ProgrammeSuggestion & { link: boolean })[] = [];
  const excluded: ProgrammeResult['notSuggested'] = [];

  for (const programme of data.programmes) {
    const gebied = gebieden.get(programme.studiegebied);
    const kind = access[programme.kind];
    if (kind.status === 'uitgesloten') {
      excluded.push({ id: programme.id, name: programme.name, score: null, reasons: kind.reasons });
      continue;
    }
    // Work experience first (the educatief graduaat): not a step straight after secondary school.
    const experience = programme.admission.find((a) => a.kind === 'beroepservaring');
    if (experience) {
      excluded.push({ id: programme.id, name: programme.name, score: null, reasons: [`${HO_ADMISSION_LABELS[experience.kind]}. ${experience.note}`] });
      continue;
    }
    // A programme's own admission condition (toelatingsexamen, proef) makes it a step on a condition.
    const admission = programme.admission.map((a) => `${HO_ADMISSION_LABELS[a.kind]}. ${a.note}`);
    const status = worst(kind.status, admission.length > 0 ? 'voorwaarde' : 'open');
    const condition = kind.condition ?? admission.join(' ');
    const step: Step = {
      id: programme.id,
      year: null,
      status,
      move: 'verder',
      logical: false,
      reasons: status === 'open' ? [] : [{ text: condition, rule: 'bachelor-toelating' }],
    };
    const base = scoreStep(step, asStudy(catalogue, programme, gebied?.domeinen ?? []), profile, weights, { ...options, noun: 'opleiding' }, undefined, riasec);
    const reasons = [...base.reasons];
    let score = base.score;
    const link = contentLink(from, programme, gebied, domainName);
    if (link) {
      score += w.aansluiting;
      reasons.push({ text: link.reasons.join(' '), weight: w.aansluiting });
    }
    const fitPoints = kind.fit === 'goed' ? w.goed : w.mogelijk;
    score += fitPoints;
    reasons.push({ text: kind.reasons[0]!, weight: fitPoints === 0 ? 0.001 : fitPoints });
    scored.push({
      id: programme.id,
      name: programme.name,
      kind: programme.kind,
      educatief: programme.educatief,
      studiegebied: { id: programme.studiegebied, name: gebied?.name ?? programme.studiegebied },
      score: Math.max(0, Math.min(100, Math.round(score))),
      status,
      reasons: sortReasons(reasons),
      link: link !== null,
    });
  }

  scored.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id));
  const top = scored.slice(0, w.voorstellen);
  const rest = scored.slice(w.voorstellen);

  const byGebied = new Map<string, (typeof scored)[number][]>();
  for (const s of scored) byGebied.set(s.studiegebied.id, [...(byGebied.get(s.studiegebied.id) ?? []), s]);
  const studiegebieden = [...byGebied.values()]
    .map((list) => {
      const best = list[0]!;
      return {
        id: best.studiegebied.id,
        name: best.studiegebied.name,
        score: best.score,
        programmes: list.map((s) => s.id),
        reasons: [`De opleiding die hier het best past: ${best.name} (${best.score} op 100).`, ...best.reasons.filter((r) => !/^(Voorwaarde|Vraag raad)/.test(r)).slice(0, 2)],
      };
    })
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'nl'))
    .slice(0, 3);

  const notes: string[] = [];
  const finalYear = from.leerjaren.at(-1);
  if (profile.position.kind === 'study' && finalYear !== undefined && profile.position.year < finalYear) {
    notes.push(`Deze opleidingen start je na het ${finalYear}de jaar, als je ${from.name} afmaakt. Kies je een andere richting, dan kan dat veranderen.`);
  }
  if (excluded.length > 0) notes.push(`${excluded.length} ${excluded.length === 1 ? 'opleiding kan' : 'opleidingen kunnen'} nog niet meteen na ${from.name}. Bij "niet voorgesteld" staat waarom.`);
  if (profile.goal === 'werken') notes.push('Je wil gaan werken. Deze opleidingen tonen we voor als je later toch verder wil studeren.');
  notes.push('Met een diploma secundair onderwijs mag je ook aan andere opleidingen beginnen. We tonen wat het best aansluit bij je antwoorden.');

  const clean = ({ link: _link, ...s }: (typeof scored)[number]): ProgrammeSuggestion => s;
  return {
    from: { id: from.id, name: from.name },
    suggestions: top.map(clean),
    studiegebieden,
    notSuggested: [...rest.map((s) => ({ id: s.id, name: s.name, score: s.score, reasons: [lowerReason(s.score), ...s.reasons] })), ...excluded],
    notes,
  };
}
