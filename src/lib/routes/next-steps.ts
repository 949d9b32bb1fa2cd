/**
 * The route rules: from where a pupil is now and the attest they get (or expect), every option for next school
 * year with its status and the reasons behind it. Pure: the same input always gives the same steps, in the same
 * order. Every reason names a rule in rules.ts, which carries the source.
 */
import { FINALITEIT_LABELS } from '../content/labels.ts';
import type { Stroom } from '../../schemas/enums.ts';
import {
  DESTINATION,
  RouteCatalogue,
  finaliteitLevel,
  followsOrdinaryYears,
  hasClassics,
  isNaOk4Jaar,
  isVoorbereidendJaar,
  type Stage,
} from './catalogue.ts';
import { attestKindAt } from './attest-kind.ts';
import { repeatToReachExcluded, RULES, type RuleId } from './rules.ts';
import {
  STATUS_ORDER,
  type Attest,
  type Exclusion,
  type NextStepsResult,
  type Position,
  type Reason,
  type RouteStudy,
  type Step,
  type StepStatus,
} from './types.ts';

export class RouteError extends Error {}

/** After OKAN the year depends on age and earlier schooling, not on interests. */
export const OKAN_YEAR_NOTE =
  'In welk jaar je na OKAN start, hangt vooral af van je leeftijd, je vorige scholen en je Nederlands. Jonge leerlingen starten vaak in het 1ste leerjaar A of B, oudere leerlingen soms in een hoger jaar. Kijk dus eerst naar de jaren die bij je leeftijd passen. De toelatingsklassenraad van je nieuwe school beslist.';

const reason = (rule: RuleId, text = RULES[rule].text): Reason => ({ rule, text });

export function worstStatus(a: StepStatus, b: StepStatus): StepStatus {
  return STATUS_ORDER.indexOf(a) >= STATUS_ORDER.indexOf(b) ? a : b;
}

/** Collects steps, merging a second route to the same target (keeps the most open status and all reasons). */
class StepList {
  private readonly steps = new Map<string, Step>();

  constructor(private readonly from: RouteStudy | undefined) {}

  add(target: RouteStudy | undefined, year: number | null, status: StepStatus, reasons: Reason[], move: Step['move'] = 'verder', stroom?: Stroom) {
    if (!target) return;
    const key = `${target.id}@${year ?? '-'}${stroom ? `:${stroom}` : ''}`;
    const existing = this.steps.get(key);
    if (existing) {
      if (STATUS_ORDER.indexOf(status) < STATUS_ORDER.indexOf(existing.status)) {
        existing.status = status;
        existing.reasons = [...reasons, ...existing.reasons.filter((r) => !reasons.some((n) => n.rule === r.rule))];
      }
      return;
    }
    const logical = this.from !== undefined && (this.from.id === target.id || this.from.next.includes(target.id));
    this.steps.set(key, { id: target.id, year, ...(stroom ? { stroom } : {}), status, move, logical, reasons });
  }

  /** A basisoptie in the 2de leerjaar of one stroom: 2A and 2B are different steps with different rules after them. */
  addOptie(optie: RouteStudy, stroom: Stroom, status: StepStatus, reasons: Reason[], move: Step['move'] = 'verder') {
    this.add(optie, 2, status, reasons, move, stroom);
  }

  values(): Step[] {
    return [...this.steps.values()];
  }
}

/** Options for next school year. Throws RouteError for a position that does not exist. */
export function nextSteps(catalogue: RouteCatalogue, from: Position, attest: Attest): NextStepsResult {
  const located = catalogue.stageOf(from);
  if ('error' in located) throw new RouteError(located.error);
  const { stage, study } = located;
  const notes: Reason[] = [];
  const year = from.kind === 'study' ? from.year : 0;
  const attestKind = attestKindAt(catalogue, from);
  const finalYear = attestKind === 'studiebewijs';
  const schoolStage = attestKind === 'orientering' || attestKind === 'studiebewijs';
  let effective: Attest = attest;

  if (!schoolStage) {
    if (attest.type !== 'A' || attest.exclusions.length > 0) {
      notes.push({ rule: 'a-attest', text: 'Hier krijg je geen A-, B- of C-attest; we tonen wat je na deze stap kan doen.' });
    }
    effective = { type: 'A', exclusions: [] };
  } else if ((stage === '1A' || stage === '1B') && attest.type === 'B') {
    notes.push(reason('attesten-eerste-leerjaar', 'Na het 1ste leerjaar bestaat er geen B-attest. We tonen wat een A-attest met uitsluiting van die basisopties betekent.'));
    effective = { type: 'A', exclusions: attest.exclusions };
  } else if (finalYear && attest.type === 'B') {
    notes.push(reason('diploma-secundair', 'In het laatste jaar krijg je geen B-attest: je slaagt (en krijgt je diploma of studiebewijs) of je krijgt een C-attest. We tonen wat je kan als je slaagt.'));
    effective = { type: 'A', exclusions: [] };
  } else if (attest.type !== 'B' && attest.exclusions.length > 0 && !(stage === '1A' || stage === '1B')) {
    notes.push(reason('a-attest', 'Een A-attest sluit niets uit. Sluit de klassenraad richtingen uit, dan is het een B-attest.'));
    effective = { type: attest.type, exclusions: [] };
  }

  const list = new StepList(study);
  if (effective.type === 'C') {
    notes.push(reason('c-attest'));
    repeatSteps(catalogue, stage, study, year, list);
  } else {
    forwardSteps(catalogue, from, stage, study, year, list, notes);
    if (effective.exclusions.length > 0) applyExclusions(catalogue, list.values(), effective.exclusions, stage);
    if (schoolStage && !finalYear) addVoluntaryRepeat(catalogue, stage, study, year, effective, list);
  }
  return { from, attest: effective, notes, steps: sortSteps(catalogue, list.values()) };
}

function forwardSteps(
  catalogue: RouteCatalogue,
  from: Position,
  stage: Stage,
  study: RouteStudy | undefined,
  year: number,
  list: StepList,
  notes: Reason[],
) {
  const a2 = catalogue.firstGraadYear(2, 'A');
  const b2 = catalogue.firstGraadYear(2, 'B');
  switch (stage) {
    case 'basisonderwijs': {
      const getuigschrift = from.kind === 'basisonderwijs' && from.getuigschrift;
      list.add(catalogue.firstGraadYear(1, 'A'), 1, getuigschrift ? 'open' : 'voorwaarde', [
        reason(getuigschrift ? 'getuigschrift-naar-1a' : 'zonder-getuigschrift-naar-1a'),
      ]);
      list.add(catalogue.firstGraadYear(1, 'B'), 1, getuigschrift ? 'voorwaarde' : 'open', [
        reason(getuigschrift ? 'getuigschrift-naar-1b' : 'zonder-getuigschrift-naar-1b'),
      ]);
      for (const buso of catalogue.ofKind('buso')) list.add(buso, null, 'voorwaarde', [reason('buso-verslag')]);
      return;
    }
    case '1A': {
      list.add(a2, 2, 'open', [reason('naar-2a')]);
      list.add(b2, 2, 'open', [reason('naar-2b')]);
      for (const optie of catalogue.basisopties('A')) list.addOptie(optie, 'A', 'open', [reason('naar-2a')]);
      for (const optie of catalogue.basisopties('B')) list.addOptie(optie, 'B', 'open', [reason('naar-2b')]);
      notes.push(reason('buso-verslag'));
      return;
    }
    case '1B': {
      list.add(b2, 2, 'open', [reason('naar-2b')]);
      for (const optie of catalogue.basisopties('B')) list.addOptie(optie, 'B', 'open', [reason('naar-2b')]);
      list.add(catalogue.firstGraadYear(1, 'A'), 1, 'voorwaarde', [reason('opstroom')]);
      list.add(a2, 2, 'voorwaarde', [reason('opstroom')]);
      for (const optie of catalogue.basisopties('A')) list.addOptie(optie, 'A', 'voorwaarde', [reason('opstroom')]);
      notes.push(reason('getuigschrift-in-b-stroom'), reason('buso-verslag'));
      return;
    }
    case '2A': {
      for (const target of catalogue.richtingen(2)) {
        const reasons = [reason('a-attest')];
        let status: StepStatus = 'open';
        if (hasClassics(target) && !(study && study.kind === 'basisoptie' && hasClassics(study))) {
          status = 'vraag-raad';
          reasons.push(reason('latijn-klassieke-talen'));
        }
        addRichting(list, target, 3, status, reasons);
      }
      notes.push(reason('buso-verslag'));
      return;
    }
    case '2B': {
      for (const target of catalogue.richtingen(2)) {
        if (target.finaliteit === 'arbeidsmarkt') addRichting(list, target, 3, 'open', [reason('2b-naar-arbeidsmarkt')]);
        else addRichting(list, target, 3, 'vraag-raad', [reason('2b-naar-andere-finaliteit')]);
      }
      list.add(a2, 2, 'voorwaarde', [reason('2b-naar-2a')]);
      for (const optie of catalogue.basisopties('A')) list.addOptie(optie, 'A', 'voorwaarde', [reason('2b-naar-2a')]);
      notes.push(reason('getuigschrift-in-b-stroom'), reason('leerplicht'), reason('buso-verslag'));
      return;
    }
    case 'graad2':
    case 'graad3': {
      if (!study) return;
      const lastYearOfGraad = year === study.leerjaren.at(-1);
      if (!lastYearOfGraad) {
        list.add(study, year + 1, 'open', [reason('a-attest', 'Met een A-attest ga je naar het volgende jaar van je richting.')]);
        for (const target of catalogue.richtingen(stage === 'graad2' ? 2 : 3)) {
          if (target.id === study.id) continue;
          if (stage === 'graad3') addRichting(list, target, year + 1, 'vraag-raad', [reason('derde-graad-zelfde-richting')]);
          else addRichting(list, target, year + 1, ...changeOfRichting(study, target, 'richting-veranderen-2de-graad'));
        }
        return;
      }
      if (stage === 'graad2') {
        for (const target of catalogue.richtingen(3)) addRichting(list, target, 5, ...changeOfRichting(study, target, 'naar-3de-graad'));
        list.add(catalogue.get(DESTINATION.werken), null, 'voorwaarde', [reason('leerplicht')]);
        notes.push(reason('getuigschrift-tweede-graad'));
        return;
      }
      afterDiploma(catalogue, study, list);
      notes.push(reason('diploma-secundair'));
      return;
    }
    case 'zevende': {
      if (!study) return;
      afterZevendeJaar(catalogue, study, list);
      return;
    }
    case 'okan': {
      const entries = [
        ...[catalogue.firstGraadYear(1, 'A'), catalogue.firstGraadYear(1, 'B')].map((s) => [s, 1] as const),
        ...[a2, b2].map((s) => [s, 2] as const),
        ...catalogue.richtingen(2).map((s) => [s, 3] as const),
        ...catalogue.richtingen(3).map((s) => [s, 5] as const),
      ];
      for (const [target, targetYear] of entries) list.add(target, targetYear, 'voorwaarde', [reason('okan-vervolg')]);
      // The questionnaire does not ask the age, so the list holds every year: say what decides it (content/studies/okan.md).
      notes.push(reason('okan-vervolg', OKAN_YEAR_NOTE));
      return;
    }
    case 'buso': {
      if (!study) return;
      if (followsOrdinaryYears(study)) {
        ov4Steps(catalogue, study, year, list, notes);
        return;
      }
      // A BuSO training (OV1/2, OV3) takes several school years: going on with it is the first option.
      list.add(study, null, 'open', [reason('buso-vervolg')]);
      // Work next year is a choice only within the leerplicht (until 18), as after every other stage.
      const werken = [reason('buso-werken'), reason('leerplicht')];
      if (/opleidingsvorm 3/i.test(study.name)) {
        list.add(catalogue.get(DESTINATION.werken), null, 'voorwaarde', werken);
        for (const target of catalogue.richtingen(2)) {
          if (target.finaliteit === 'arbeidsmarkt') list.add(target, 3, 'voorwaarde', [reason('buso-naar-gewoon')]);
        }
      } else {
        list.add(catalogue.get(DESTINATION.werken), null, 'voorwaarde', werken);
      }
      return;
    }
    case 'hbo5': {
      list.add(catalogue.get(DESTINATION.werken), null, 'open', [reason('diploma-secundair', 'Met je diploma kan je aan het werk.')]);
      list.add(catalogue.get(DESTINATION.professioneel), null, 'voorwaarde', [reason('graduaat-naar-bachelor')]);
      return;
    }
    case 'bestemming': {
      if (study?.id === DESTINATION.graduaat) {
        list.add(catalogue.get(DESTINATION.professioneel), null, 'voorwaarde', [reason('graduaat-naar-bachelor')]);
      }
      return;
    }
  }
}

/**
 * Opleidingsvorm 4 of the BuSO in a given school year: the next year in OV4, or the same year of the gewoon onderwijs
 * through its toelatingsklassenraad; after the 6de jaar what a diploma opens. Which richting the pupil follows in OV4
 * is not asked, so what depends on it (the finaliteit) is a condition, never a yes or no.
 */
function ov4Steps(catalogue: RouteCatalogue, study: RouteStudy, year: number, list: StepList, notes: Reason[]) {
  notes.push(reason('buso-ov4'));
  const gewoon = (targets: (RouteStudy | undefined)[], targetYear: number, status: StepStatus = 'voorwaarde', extra: Reason[] = []) => {
    for (const target of targets) addRichting(list, target!, targetYear, status, [reason('buso-naar-gewoon'), ...extra]);
  };
  if (year < (study.leerjaren.at(-1) ?? 0)) {
    list.add(study, year + 1, 'open', [reason('buso-ov4', 'Met een A-attest ga je naar het volgende jaar van opleidingsvorm 4, net als in het gewoon onderwijs.')]);
  }
  switch (year) {
    case 1:
      gewoon([catalogue.firstGraadYear(2, 'A'), catalogue.firstGraadYear(2, 'B')].filter((s) => s !== undefined), 2);
      return;
    case 2:
    case 3:
      gewoon(catalogue.richtingen(2), year + 1);
      return;
    case 4:
      gewoon(catalogue.richtingen(3), 5);
      return;
    case 5:
      gewoon(catalogue.richtingen(3), 6, 'vraag-raad', [reason('derde-graad-zelfde-richting')]);
      return;
    default: {
      const finaliteit = 'Na een diploma van doorstroom- of dubbele finaliteit mag je naar een bachelor. Na arbeidsmarktfinaliteit volg je eerst het voorbereidend 7de jaar. Het hangt dus af van je richting in opleidingsvorm 4.';
      list.add(catalogue.get(DESTINATION.professioneel), null, 'voorwaarde', [reason('bachelor-toelating'), reason('bachelor-na-arbeidsmarkt', finaliteit)]);
      list.add(catalogue.get(DESTINATION.academisch), null, 'voorwaarde', [reason('bachelor-toelating'), reason('bachelor-na-arbeidsmarkt', finaliteit)]);
      list.add(catalogue.get(DESTINATION.graduaat), null, 'open', [reason('graduaat-toelating')]);
      list.add(catalogue.get(DESTINATION.werken), null, 'open', [reason('diploma-secundair')]);
      for (const jaar of catalogue.zevendeJaren()) list.add(jaar, 7, 'vraag-raad', [reason('zevende-jaar-toelating')]);
      notes.push(reason('diploma-secundair'));
    }
  }
}

/** A change to another richting (between years, or from graad 2 to 3): open unless it moves up the finaliteit ladder. */
function changeOfRichting(from: RouteStudy, target: RouteStudy, baseRule: RuleId): [StepStatus, Reason[]] {
  const reasons = [reason(baseRule)];
  let status: StepStatus = 'open';
  if (finaliteitLevel(target.finaliteit) > finaliteitLevel(from.finaliteit)) {
    status = 'vraag-raad';
    reasons.push(reason('finaliteit-omhoog'));
  }
  if (hasClassics(target) && !hasClassics(from)) {
    status = 'vraag-raad';
    reasons.push(reason('latijn-klassieke-talen', 'Voor een richting met Latijn of Grieks verwachten scholen dat je al Latijn of Grieks volgde. Een wettelijke voorwaarde vonden we niet: vraag het aan de school.'));
  }
  return [status, reasons];
}

/**
 * Adds a richting; a richting of the 2de graad only offered as duaal leren has an age condition. In the 3de graad the
 * admission rules of that graad decide, as for every richting there (issue 16).
 */
function addRichting(list: StepList, target: RouteStudy, year: number, status: StepStatus, reasons: Reason[], move: Step['move'] = 'verder') {
  if (target.duaal === 'enkel' && target.graad !== 3) {
    list.add(target, year, worstStatus(status, 'voorwaarde'), [...reasons, reason('duaal-leeftijd')], move);
  } else {
    list.add(target, year, status, reasons, move);
  }
}

/** After a successful 6th year: hoger onderwijs, 7de jaren, work; depends on the finaliteit of the diploma. */
function afterDiploma(catalogue: RouteCatalogue, study: RouteStudy, list: StepList) {
  const arbeidsmarkt = study.finaliteit === 'arbeidsmarkt';
  const bachelor = arbeidsmarkt
    ? (['uitgesloten', [reason('bachelor-na-arbeidsmarkt')]] as const)
    : (['open', [reason('bachelor-toelating')]] as const);
  list.add(catalogue.get(DESTINATION.professioneel), null, bachelor[0], [...bachelor[1]]);
  list.add(catalogue.get(DESTINATION.academisch), null, bachelor[0], [...bachelor[1]]);
  list.add(catalogue.get(DESTINATION.graduaat), null, 'open', [reason('graduaat-toelating')]);
  list.add(catalogue.get(DESTINATION.werken), null, 'open', [reason('diploma-secundair')]);
  for (const hbo5 of catalogue.ofKind('hbo5')) list.add(hbo5, null, 'vraag-raad', [reason('hbo5-toelating')]);
  for (const jaar of catalogue.zevendeJaren()) {
    if (isVoorbereidendJaar(jaar)) {
      list.add(jaar, 7, arbeidsmarkt ? 'open' : 'uitgesloten', [
        reason('voorbereidend-jaar', arbeidsmarkt ? RULES['voorbereidend-jaar'].text : 'Dit 7de jaar is er alleen na een diploma van arbeidsmarktfinaliteit. Met jouw diploma mag je al naar een bachelor.'),
      ]);
    } else if (isNaOk4Jaar(jaar)) {
      list.add(jaar, 7, arbeidsmarkt ? 'uitgesloten' : 'open', [
        reason('zevende-jaar-na-ok4', arbeidsmarkt ? 'Dit 7de jaar is er na een diploma op niveau 4 (doorstroom of dubbele finaliteit). Na arbeidsmarktfinaliteit haal je niveau 4 eerst in het voorbereidend 7de jaar.' : RULES['zevende-jaar-na-ok4'].text),
      ]);
    } else {
      const logical = study.next.includes(jaar.id);
      list.add(jaar, 7, logical ? 'voorwaarde' : 'vraag-raad', [
        reason('zevende-jaar-toelating', logical ? 'Dit 7de jaar sluit aan bij je richting. Of je richting er toegang toe geeft, staat in de toelatingsvoorwaarden van dat jaar: vraag het na bij de school.' : RULES['zevende-jaar-toelating'].text),
      ]);
    }
  }
}

function afterZevendeJaar(catalogue: RouteCatalogue, jaar: RouteStudy, list: StepList) {
  const opensBachelor = isVoorbereidendJaar(jaar) || isNaOk4Jaar(jaar);
  const bachelorStatus: StepStatus = opensBachelor ? 'open' : 'voorwaarde';
  const bachelorReason = opensBachelor
    ? reason(isVoorbereidendJaar(jaar) ? 'voorbereidend-jaar' : 'bachelor-toelating')
    : reason('specialisatiejaar-hoger-onderwijs');
  list.add(catalogue.get(DESTINATION.professioneel), null, bachelorStatus, [bachelorReason]);
  list.add(catalogue.get(DESTINATION.academisch), null, bachelorStatus, [bachelorReason]);
  list.add(catalogue.get(DESTINATION.graduaat), null, 'open', [reason('graduaat-toelating')]);
  list.add(catalogue.get(DESTINATION.werken), null, 'open', [reason('diploma-secundair', 'Na je 7de jaar kan je aan het werk.')]);
  if (!opensBachelor) {
    for (const other of catalogue.zevendeJaren().filter(isVoorbereidendJaar)) {
      list.add(other, 7, 'voorwaarde', [reason('voorbereidend-jaar', 'Kwam je uit een richting met arbeidsmarktfinaliteit en wil je naar een bachelor? Dan moet je na je specialisatiejaar eerst nog het voorbereidend 7de jaar volgen.')]);
    }
  }
}

/** A C-attest: the same year again, in the same or (sometimes) another richting. */
function repeatSteps(catalogue: RouteCatalogue, stage: Stage, study: RouteStudy | undefined, year: number, list: StepList) {
  const repeat = reason('c-attest');
  switch (stage) {
    case '1A':
    case '1B':
    case '2A':
    case '2B': {
      const stroom = stage[1] as 'A' | 'B';
      const other = stroom === 'A' ? 'B' : 'A';
      const level = Number(stage[0]) as 1 | 2;
      if (study?.kind === 'basisoptie') list.addOptie(study, stroom, 'open', [repeat], 'overzitten');
      list.add(catalogue.firstGraadYear(level, stroom), level, 'open', [repeat], 'overzitten');
      list.add(catalogue.firstGraadYear(level, other), level, 'vraag-raad', [
        reason('c-attest', `Het jaar overdoen in ${level}${other} in plaats van ${level}${stroom}: vraag raad aan je klassenraad of CLB.`),
      ], 'overzitten');
      return;
    }
    case 'graad2':
    case 'graad3': {
      if (!study) return;
      list.add(study, year, 'open', [repeat], 'overzitten');
      for (const target of catalogue.richtingen(stage === 'graad2' ? 2 : 3)) {
        if (target.id === study.id) continue;
        if (stage === 'graad3' && year === 6) {
          addRichting(list, target, year, 'vraag-raad', [repeat, reason('derde-graad-zelfde-richting')], 'overzitten');
        } else {
          const [status, reasons] = changeOfRichting(study, target, 'c-attest');
          addRichting(list, target, year, status, reasons, 'overzitten');
        }
      }
      return;
    }
    case 'zevende':
      if (study) list.add(study, year, 'open', [repeat], 'overzitten');
      return;
    case 'buso':
      if (study && followsOrdinaryYears(study)) list.add(study, year, 'open', [repeat], 'overzitten');
      return;
    default:
      return;
  }
}

/** With an A- or B-attest you may still want to repeat the year: that needs the klassenraad. */
function addVoluntaryRepeat(catalogue: RouteCatalogue, stage: Stage, study: RouteStudy | undefined, year: number, attest: Attest, list: StepList) {
  if (!study) return;
  // A basisoptie is repeated in the stroom you are in (2A or 2B).
  const stroom = study.kind === 'basisoptie' && (stage === '2A' || stage === '2B') ? (stage[1] as Stroom) : undefined;
  if ((stage === '1A' || stage === '1B') && excludesHalfTheBasisopties(catalogue, attest.exclusions)) {
    list.add(study, year, 'open', [reason('overzitten-na-uitsluiting')], 'overzitten');
  } else {
    list.add(study, year, 'voorwaarde', [reason('overzitten')], 'overzitten', stroom);
  }
}

function excludesHalfTheBasisopties(catalogue: RouteCatalogue, exclusions: Exclusion[]): boolean {
  const excluded = new Set(exclusions.flatMap((e) => (e.kind === 'study' ? e.ids : [])));
  return (['A', 'B'] as const).some((stroom) => {
    const opties = catalogue.basisopties(stroom);
    return opties.length > 0 && opties.filter((o) => excluded.has(o.id)).length * 2 >= opties.length;
  });
}

/** Marks every forward step the attest excludes; the reason says what was excluded. */
function applyExclusions(catalogue: RouteCatalogue, steps: Step[], exclusions: Exclusion[], stage: Stage) {
  const firstYear = stage === '1A' || stage === '1B';
  const rule: RuleId = firstYear ? 'attesten-eerste-leerjaar' : 'b-attest';
  const repeat = firstYear ? repeatToReachExcluded('basisoptie', excludesHalfTheBasisopties(catalogue, exclusions)) : repeatToReachExcluded('richting');
  for (const step of steps) {
    if (step.move !== 'verder') continue;
    const target = catalogue.get(step.id);
    if (!target || (target.kind !== 'studierichting' && target.kind !== 'basisoptie')) continue;
    const why = exclusionReason(target, exclusions);
    if (why) {
      step.status = 'uitgesloten';
      // The A-attest's free choice ("je mag vrij kiezen") does not hold for a step the attest excludes.
      step.reasons = [{ rule, text: `${why} ${repeat}` }, ...step.reasons.filter((r) => r.rule !== 'a-attest')];
    }
  }
}

export function exclusionReason(target: RouteStudy, exclusions: Exclusion[]): string | null {
  for (const exclusion of exclusions) {
    switch (exclusion.kind) {
      case 'study':
        if (exclusion.ids.includes(target.id)) return `Je attest sluit ${exclusion.label} uit.`;
        break;
      case 'finaliteit':
        if (target.finaliteit === exclusion.value) return `Je attest sluit de ${FINALITEIT_LABELS[exclusion.value].toLowerCase()} uit.`;
        break;
      case 'domein': {
        const excluded = new Set(exclusions.flatMap((e) => (e.kind === 'domein' ? [e.value] : [])));
        if (target.domein.length > 0 && target.domein.every((d) => excluded.has(d))) return 'Je attest sluit het studiedomein van deze richting uit.';
        break;
      }
      case 'onderwijsvorm': {
        const excluded = new Set(exclusions.flatMap((e) => (e.kind === 'onderwijsvorm' ? [e.value] : [])));
        if (target.onderwijsvorm.length > 0 && target.onderwijsvorm.every((v) => excluded.has(v))) {
          return `Je attest sluit ${target.onderwijsvorm.join('/')} uit.`;
        }
        break;
      }
    }
  }
  return null;
}

function sortSteps(catalogue: RouteCatalogue, steps: Step[]): Step[] {
  const name = (id: string) => catalogue.get(id)?.name ?? id;
  return steps.sort(
    (a, b) =>
      Number(a.move === 'overzitten') - Number(b.move === 'overzitten') ||
      STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
      Number(b.logical) - Number(a.logical) ||
      (a.year ?? 9) - (b.year ?? 9) ||
      name(a.id).localeCompare(name(b.id), 'nl') ||
      a.id.localeCompare(b.id),
  );
}
