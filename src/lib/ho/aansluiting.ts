/**
 * The aansluiting: which richtingen of the 3de graad and which 7de jaren prepare well for which programme of higher
 * education, and why. It is computed from the content, never a rule: "bereidt goed voor", not "verplicht".
 *
 * Two questions, each answered with reasons in plain Dutch:
 * 1. Does the content link them? A programme's own `aansluiting` entries (a richting or a studiedomein, with a reason)
 *    come first; otherwise the studiegebied's `domeinen` (content/studiegebieden) shared with the richting.
 * 2. Does the kind of programme fit? The route rules (src/lib/routes) decide whether the kind is open after the last
 *    year of the richting; the finaliteit decides how well it prepares, as the glossary and the destination pages say:
 *    doorstroom → academische and professionele bachelors; dubbele finaliteit → professionele bachelors and graduaten
 *    (an academische bachelor is possible, with more effort); arbeidsmarkt → a graduaat, a bachelor only after the
 *    voorbereidend 7de jaar (content/glossary/{doorstroomfinaliteit,dubbele-finaliteit,arbeidsmarktfinaliteit}.md,
 *    content/studies/academische-bachelor.md).
 */
import type { DomainId, HoKind } from '../../schemas/enums.ts';
import { DESTINATION, isNaOk4Jaar, isVoorbereidendJaar, type RouteCatalogue } from '../routes/catalogue.ts';
import { nextSteps } from '../routes/next-steps.ts';
import type { RouteStudy, StepStatus } from '../routes/types.ts';
import type { HoData, HoProgrammeLite, StudiegebiedLite } from './ho-data.ts';

/** How well a kind of programme follows: `goed` (prepares well), `mogelijk` (allowed, more effort), `later` (first another year). */
export type Fit = 'goed' | 'mogelijk' | 'later';
export const FIT_ORDER: readonly Fit[] = ['goed', 'mogelijk', 'later'];

export const KIND_DESTINATION: Record<HoKind, string> = {
  graduaat: DESTINATION.graduaat,
  'professionele-bachelor': DESTINATION.professioneel,
  'academische-bachelor': DESTINATION.academisch,
};

/** A richting of the 3de graad or a 7de jaar: the studies after which a pupil can start higher education. */
export function preparesForHigherEducation(study: RouteStudy): boolean {
  return (study.kind === 'studierichting' && study.graad === 3) || study.kind === 'zevende-jaar';
}

/** What a study is, for the kind fit: its finaliteit, or for a 7de jaar which kind of 7de jaar. */
type Track = 'doorstroom' | 'dubbele-finaliteit' | 'arbeidsmarkt' | 'voorbereidend' | 'na-ok4' | 'specialisatie';

function trackOf(study: RouteStudy): Track {
  if (study.kind === 'zevende-jaar') return isVoorbereidendJaar(study) ? 'voorbereidend' : isNaOk4Jaar(study) ? 'na-ok4' : 'specialisatie';
  return study.finaliteit ?? 'doorstroom';
}

const FIT: Record<Track, Record<HoKind, Fit>> = {
  doorstroom: { 'academische-bachelor': 'goed', 'professionele-bachelor': 'goed', graduaat: 'mogelijk' },
  'na-ok4': { 'academische-bachelor': 'goed', 'professionele-bachelor': 'goed', graduaat: 'mogelijk' },
  'dubbele-finaliteit': { 'academische-bachelor': 'mogelijk', 'professionele-bachelor': 'goed', graduaat: 'goed' },
  voorbereidend: { 'academische-bachelor': 'mogelijk', 'professionele-bachelor': 'goed', graduaat: 'goed' },
  arbeidsmarkt: { 'academische-bachelor': 'later', 'professionele-bachelor': 'later', graduaat: 'goed' },
  specialisatie: { 'academische-bachelor': 'mogelijk', 'professionele-bachelor': 'mogelijk', graduaat: 'goed' },
};

/** The sentence for a kind fit; `name` is the richting or 7de jaar. */
function fitReason(track: Track, kind: HoKind, fit: Fit, name: string): string {
  const bachelor = kind !== 'graduaat';
  switch (track) {
    case 'doorstroom':
      return bachelor
        ? `${name} heeft doorstroomfinaliteit: die bereidt je voor op academische en professionele bachelors.`
        : `${name} bereidt vooral voor op bachelors. Een graduaat kan ook: dat is korter en praktischer.`;
    case 'na-ok4':
      return bachelor
        ? `Na ${name} kan je naar elke bachelor, zoals na je 6de jaar.`
        : `Na ${name} kan je ook naar een graduaat: dat is korter en praktischer dan een bachelor.`;
    case 'dubbele-finaliteit':
      return fit === 'goed'
        ? `${name} heeft dubbele finaliteit: die bereidt je voor op werken én op verder studeren, vooral in een professionele bachelor of een graduaat.`
        : `Een academische bachelor kan ook na dubbele finaliteit, maar vraagt meer inzet: de richtingen met doorstroomfinaliteit bereiden er het best op voor.`;
    case 'voorbereidend':
      return fit === 'goed'
        ? `${name} bereidt je voor op het hoger onderwijs: daarna kan je naar een bachelor of een graduaat.`
        : `Een academische bachelor kan ook na ${name}, maar vraagt meer inzet: hij is theoretischer dan een professionele bachelor.`;
    case 'arbeidsmarkt':
      return `${name} heeft arbeidsmarktfinaliteit: met je diploma kan je meteen naar een graduaat.`;
    case 'specialisatie':
      return fit === 'goed'
        ? `Na ${name} kan je naar een graduaat.`
        : `Na ${name} kan je naar een bachelor als je 6de jaar doorstroom of dubbele finaliteit had.`;
  }
}

export interface KindAccess {
  /** Status of the kind after the last year of the study, per the route rules (A-attest: the pupil passes). */
  status: StepStatus;
  fit: Fit;
  reasons: string[];
  /** The route rule's own sentence when the status is not open (without "Voorwaarde:"). */
  condition?: string;
}

/** The school year a pupil finishes the study in: the position the route rules start from for higher education. */
export function finalYear(study: RouteStudy): number {
  return study.leerjaren.at(-1) ?? 7;
}

/**
 * Per kind of programme: is it open after this study (route rules), and how well does the study prepare for it.
 * A kind the rules exclude (a bachelor after arbeidsmarktfinaliteit) gets fit `later`, with the rule's own sentence.
 */
export function kindAccess(catalogue: RouteCatalogue, study: RouteStudy): Record<HoKind, KindAccess> {
  let perStudy = accessCache.get(catalogue);
  if (!perStudy) accessCache.set(catalogue, (perStudy = new Map()));
  const known = perStudy.get(study.id);
  if (known) return known;
  const computed = computeKindAccess(catalogue, study);
  perStudy.set(study.id, computed);
  return computed;
}

/** The pages of the build ask the same study many times (once per programme page): the rules run once per study. */
const accessCache = new WeakMap<RouteCatalogue, Map<string, Record<HoKind, KindAccess>>>();

function computeKindAccess(catalogue: RouteCatalogue, study: RouteStudy): Record<HoKind, KindAccess> {
  const steps = nextSteps(catalogue, { kind: 'study', id: study.id, year: finalYear(study) }, { type: 'A', exclusions: [] }).steps;
  const track = trackOf(study);
  const access = (kind: HoKind): KindAccess => {
    const step = steps.find((s) => s.id === KIND_DESTINATION[kind] && s.move === 'verder');
    if (!step) return { status: 'vraag-raad', fit: 'later', reasons: ['Vraag raad: we vonden geen regel voor deze stap na je studie. Vraag het aan je CLB.'] };
    if (step.status === 'uitgesloten') return { status: 'uitgesloten', fit: 'later', reasons: step.reasons.map((r) => r.text) };
    const fit = FIT[track][kind];
    const reasons = [fitReason(track, kind, fit, study.name)];
    const condition = step.status !== 'open' ? (step.reasons.at(-1)?.text ?? '') : undefined;
    if (condition !== undefined) reasons.push(`${step.status === 'voorwaarde' ? 'Voorwaarde' : 'Vraag raad'}: ${condition}`);
    return { status: step.status, fit: fit === 'later' ? 'mogelijk' : fit, reasons, ...(condition !== undefined ? { condition } : {}) };
  };
  return { graduaat: access('graduaat'), 'professionele-bachelor': access('professionele-bachelor'), 'academische-bachelor': access('academische-bachelor') };
}

/**
 * How specific the link between a study and a programme is, most specific first: the programme names the richting
 * itself, or its studiedomein; the studiegebied shares a studiedomein with it; or only the broad, domeinoverschrijdend
 * basis. Lists are ordered by it within a fit, so the best-argued programmes come first.
 */
export type LinkLevel = 'richting' | 'domein' | 'gebied' | 'breed';
export const LINK_ORDER: readonly LinkLevel[] = ['richting', 'domein', 'gebied', 'breed'];

export interface ContentLink {
  level: LinkLevel;
  /** True when the programme names the richting or its domein itself (content/programmes, `aansluiting`). */
  explicit: boolean;
  /** For a link by domein: the shared studiedomeinen, or ['domeinoverschrijdend'] for a broad richting; [] when explicit. */
  via: DomainId[];
  reasons: string[];
  /** Sources of the explicit entries, where given. */
  sources: { title: string; url: string }[];
}

const defaultDomainName = (d: DomainId) => (d === 'stem' ? 'STEM' : d.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()));

/**
 * Does the content link the study and the programme? The programme's explicit entries replace the generic link by
 * domein; without either, null (the programme is not shown as a follow-up of the study).
 */
export function contentLink(
  study: RouteStudy,
  programme: HoProgrammeLite,
  gebied: StudiegebiedLite | undefined,
  domainName: (d: DomainId) => string = defaultDomainName,
): ContentLink | null {
  const explicit = programme.aansluiting.filter((a) => (a.richting !== undefined ? a.richting === study.id : a.domein !== undefined && study.domein.includes(a.domein)));
  if (explicit.length > 0) {
    const level: LinkLevel = explicit.some((a) => a.richting !== undefined) ? 'richting' : 'domein';
    return { level, explicit: true, via: [], reasons: explicit.map((a) => a.reason), sources: explicit.flatMap((a) => (a.source ? [a.source] : [])) };
  }
  if (!gebied) return null;
  const shared = gebied.domeinen.filter((d) => d !== 'domeinoverschrijdend' && study.domein.includes(d));
  if (shared.length > 0) {
    return {
      level: 'gebied',
      explicit: false,
      via: shared,
      reasons: [`${study.name} hoort bij het studiedomein ${shared.map(domainName).join(' en ')}. Daar sluit het studiegebied ${gebied.name} goed bij aan.`],
      sources: [],
    };
  }
  if (study.domein.includes('domeinoverschrijdend') && gebied.domeinen.includes('domeinoverschrijdend')) {
    return {
      level: 'breed',
      explicit: false,
      via: ['domeinoverschrijdend'],
      reasons: [`${study.name} hoort niet bij één studiedomein: ze is breed en vooral theoretisch. Dat is een goede basis voor het studiegebied ${gebied.name}.`],
      sources: [],
    };
  }
  return null;
}

/**
 * Is the programme worth naming after the study? A kind the rules exclude now (a bachelor after arbeidsmarktfinaliteit)
 * only follows after the voorbereidend 7de jaar. Of those, only the kinds that jaar prepares well for (FIT.voorbereidend:
 * a professionele bachelor) are named by a shared studiedomein; an academische bachelor, possible there only with more
 * effort, is named only when the programme itself names the richting or its domein. Otherwise a page of a practical
 * richting would call geneeskunde or rechten a good follow-up because both belong to one broad studiedomein.
 */
export function namedAfter(access: KindAccess, kind: HoKind, link: ContentLink): boolean {
  return access.fit !== 'later' || FIT.voorbereidend[kind] === 'goed' || link.explicit;
}

export interface ProgrammeFit {
  programme: HoProgrammeLite;
  gebied: StudiegebiedLite | undefined;
  fit: Fit;
  status: StepStatus;
  link: LinkLevel;
  explicit: boolean;
  via: DomainId[];
  /** Why the content links them (programme entry or studiegebied domein). */
  linkReasons: string[];
  /** Why the kind fits after the study (finaliteit and route rules). */
  kindReasons: string[];
  /** Both: the content link first, then the kind fit. */
  reasons: string[];
  sources: { title: string; url: string }[];
}

const KIND_ORDER: Record<HoKind, number> = { graduaat: 0, 'professionele-bachelor': 1, 'academische-bachelor': 2 };

/** Best fit first, then the most specific link (LINK_ORDER), then kind and name: a stable order. */
function compareFits(a: { fit: Fit; link: LinkLevel; name: string; kind: HoKind }, b: typeof a): number {
  return (
    FIT_ORDER.indexOf(a.fit) - FIT_ORDER.indexOf(b.fit) ||
    LINK_ORDER.indexOf(a.link) - LINK_ORDER.indexOf(b.link) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    a.name.localeCompare(b.name, 'nl')
  );
}

/** The programmes that follow well after a richting of the 3de graad or a 7de jaar; empty for any other study. */
export function programmesAfter(catalogue: RouteCatalogue, study: RouteStudy, data: HoData, domainName?: (d: DomainId) => string): ProgrammeFit[] {
  if (!preparesForHigherEducation(study)) return [];
  const access = kindAccess(catalogue, study);
  const gebieden = new Map(data.studiegebieden.map((g) => [g.id, g]));
  const fits: ProgrammeFit[] = [];
  for (const programme of data.programmes) {
    const gebied = gebieden.get(programme.studiegebied);
    const link = contentLink(study, programme, gebied, domainName);
    if (!link) continue;
    const kind = access[programme.kind];
    if (!namedAfter(kind, programme.kind, link)) continue;
    fits.push({
      programme,
      gebied,
      fit: kind.fit,
      status: kind.status,
      link: link.level,
      explicit: link.explicit,
      via: link.via,
      linkReasons: link.reasons,
      kindReasons: kind.reasons,
      reasons: [...link.reasons, ...kind.reasons],
      sources: link.sources,
    });
  }
  // Within a fit and link level, the studiegebied with the most programmes linked to this study comes first, so the
  // list reads as a few coherent groups (e.g. economie before one wiskunde programme) instead of A to Z.
  const groupSize = new Map<string, number>();
  const groupKey = (f: ProgrammeFit) => `${f.fit}|${f.link}|${f.programme.studiegebied}`;
  for (const f of fits) groupSize.set(groupKey(f), (groupSize.get(groupKey(f)) ?? 0) + 1);
  return fits.sort(
    (a, b) =>
      FIT_ORDER.indexOf(a.fit) - FIT_ORDER.indexOf(b.fit) ||
      LINK_ORDER.indexOf(a.link) - LINK_ORDER.indexOf(b.link) ||
      groupSize.get(groupKey(b))! - groupSize.get(groupKey(a))! ||
      compareFits({ ...a, name: a.gebied?.name ?? a.programme.studiegebied, kind: a.programme.kind }, { ...b, name: b.gebied?.name ?? b.programme.studiegebied, kind: b.programme.kind }) ||
      a.programme.name.localeCompare(b.programme.name, 'nl'),
  );
}

export interface RichtingFit {
  study: RouteStudy;
  fit: Fit;
  status: StepStatus;
  link: LinkLevel;
  explicit: boolean;
  linkReasons: string[];
  kindReasons: string[];
  reasons: string[];
}

/** The reverse: the richtingen of the 3de graad and the 7de jaren that prepare for a programme. */
export function richtingenBefore(catalogue: RouteCatalogue, programme: HoProgrammeLite, data: HoData, domainName?: (d: DomainId) => string): RichtingFit[] {
  const gebied = data.studiegebieden.find((g) => g.id === programme.studiegebied);
  const fits: RichtingFit[] = [];
  for (const study of catalogue.studies) {
    if (!preparesForHigherEducation(study)) continue;
    const link = contentLink(study, programme, gebied, domainName);
    if (!link) continue;
    const kind = kindAccess(catalogue, study)[programme.kind];
    if (!namedAfter(kind, programme.kind, link)) continue;
    fits.push({ study, fit: kind.fit, status: kind.status, link: link.level, explicit: link.explicit, linkReasons: link.reasons, kindReasons: kind.reasons, reasons: [...link.reasons, ...kind.reasons] });
  }
  return fits.sort((a, b) => compareFits({ ...a, name: a.study.name, kind: programme.kind }, { ...b, name: b.study.name, kind: programme.kind }));
}
