/**
 * Every sentence the suggestion engine can say, one function per template, so that a test can render each one for
 * every value it can take (tests/unit/suggest-reasons.test.ts) and check the Dutch. Main clauses only: the subject
 * comes first, so the verb agrees with it ("Wiskunde en wetenschappen liggen je", "Je werkt graag met je handen").
 */
import type { Balance, Finaliteit } from '../../schemas/enums.ts';
import { BALANCE_LABELS } from '../content/labels.ts';

/** "4", "3,5": scores as a Flemish pupil writes them. */
export const formatScore = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1).replace('.', ','));

/** A kilometre figure: one decimal under 10 km, whole kilometres above. */
export const formatKm = (km: number) => (km < 10 ? formatScore(Math.round(km * 10) / 10) : String(Math.round(km)));

export type Riasec = 'R' | 'I' | 'A' | 'S' | 'E' | 'C';

/** What each RIASEC type of work is, in words a pupil uses (also on /vragenlijst/hoe-werkt-het/). */
export const RIASEC_WORDS: Record<Riasec, { naam: string; werk: string }> = {
  R: { naam: 'praktisch', werk: 'praktisch werk met materiaal, gereedschap, machines, planten of dieren' },
  I: { naam: 'onderzoekend', werk: 'onderzoeken en uitzoeken hoe iets werkt' },
  A: { naam: 'artistiek', werk: 'creatief werk met beeld, taal of muziek' },
  S: { naam: 'sociaal', werk: 'werk waarin je mensen helpt, verzorgt of iets aanleert' },
  E: { naam: 'ondernemend', werk: 'werk waarin je organiseert, verkoopt of de leiding neemt' },
  C: { naam: 'ordelijk', werk: 'ordelijk werk met gegevens, cijfers en afspraken' },
};

/** The answer words of the interest scale (questions.yaml, schaal-interesse). */
export const LIKE_WORDS = ['', 'helemaal niet leuk', 'niet leuk', 'gaat wel', 'leuk', 'heel leuk'] as const;

/**
 * A reason that counts against the step starts with "Let op:", so a pupil never reads it as a point in favour
 * (the engine lists these after the reasons for). Idempotent.
 */
export function against(text: string): string {
  return text.startsWith('Let op:') ? text : `Let op: ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

export function domainReason(domain: string, value: number): string {
  // "Het studiedomein" is the subject: a name like "Economie en organisatie" would otherwise read as two subjects.
  const how = `(${formatScore(value)} op 5)`;
  if (value >= 3.5) return `Het studiedomein ${domain} boeit je ${how}.`;
  if (value <= 2.5) return against(`Het studiedomein ${domain} boeit je minder ${how}.`);
  return `Het studiedomein ${domain} boeit je gemiddeld ${how}.`;
}

export const CROSS_DOMAIN_REASON = 'Deze richting hoort niet bij één studiedomein: ze is breed en vooral theoretisch.';

/** One interest item that fits the step: "Je vindt ‘keukenkasten maken of tegels leggen’ heel leuk (5 op 5) …". */
export function itemReason(itemText: string, value: 1 | 2 | 4 | 5, noun: 'richting' | 'opleiding' = 'richting'): string {
  const quoted = `‘${itemText.charAt(0).toLowerCase()}${itemText.slice(1)}’`;
  return value >= 4
    ? `Je vindt ${quoted} ${LIKE_WORDS[value]} (${value} op 5), en dat past bij deze ${noun}.`
    : against(`Je vindt ${quoted} ${LIKE_WORDS[value]} (${value} op 5), en dat hoort bij deze ${noun}.`);
}

/** The type of work (RIASEC) of the step against the pupil's mean on the items of that type. */
export function typeReason(type: Riasec, value: number): string {
  const { naam, werk } = RIASEC_WORDS[type];
  const how = `(${naam}: ${formatScore(value)} op 5)`;
  if (value >= 3.5) return `Je houdt van ${werk} ${how}. Zulk werk doe je hier veel.`;
  if (value <= 2.5) return against(`Je houdt minder van ${werk} ${how}, en zulk werk doe je hier veel.`);
  return `Je houdt gemiddeld van ${werk} ${how}. Zulk werk doe je hier veel.`;
}

/** Theory or practice: the pupil's answer (1-5) against the step's balance. */
export function styleWords(theory: number): string {
  return theory <= 2 ? 'praktisch' : theory >= 4 ? 'theoretisch' : 'met een mix van theorie en praktijk';
}

export function styleReason(theory: number, balance: Balance, fits: boolean): string {
  const words = `je leert graag ${styleWords(theory)}; deze stap is ${BALANCE_LABELS[balance].toLowerCase()}.`;
  return fits ? `J${words.slice(1)}` : `Let op: ${words}`;
}

/** A trait (talen, wiskunde, handen, mensen): `sentence` is the trait's `ja` or `nee` sentence from weights.yaml. */
export function traitReason(sentence: string, value: number): string {
  return value > 3
    ? `${sentence} (${formatScore(value)} op 5): dat komt hier veel aan bod.`
    : against(`${sentence} (${formatScore(value)} op 5), en dat komt hier veel aan bod.`);
}

export type Goal = 'hoger-onderwijs' | 'werken';

export function goalReason(goal: Goal, finaliteit: Finaliteit, points: number): string {
  if (goal === 'hoger-onderwijs') {
    if (finaliteit === 'doorstroom') return 'Je wil verder studeren: deze richting bereidt je voor op het hoger onderwijs.';
    if (finaliteit === 'dubbele-finaliteit') return 'Je wil verder studeren: deze richting bereidt voor op werken én op het hoger onderwijs.';
    return against('Je wil verder studeren, maar deze richting bereidt vooral voor op werken. Verder studeren kan later in een graduaat, of in een bachelor als je eerst het 7de jaar volgt dat voorbereidt op het hoger onderwijs.');
  }
  if (finaliteit === 'arbeidsmarkt') return 'Je wil gaan werken: deze richting bereidt je voor op een beroep.';
  if (finaliteit === 'dubbele-finaliteit') return 'Je wil gaan werken: deze richting bereidt voor op een beroep én op verder studeren.';
  return points < 0 ? against('Je wil gaan werken, maar deze richting bereidt vooral voor op verder studeren.') : 'Deze richting bereidt voor op verder studeren.';
}

/** For a step after a richting: what it leads to. */
export function leadsToReason(goal: Goal, leadsTo: 'hoger-onderwijs' | 'werken'): string {
  const wish = goal === 'hoger-onderwijs' ? 'Je wil verder studeren' : 'Je wil gaan werken';
  const what = leadsTo === 'hoger-onderwijs' ? 'dit is een stap naar het hoger onderwijs' : 'dit is een stap naar werk';
  // The wish and the step point different ways: that counts against the step.
  return goal === leadsTo ? `${wish}: ${what}.` : against(`${wish}, maar ${what}.`);
}

export const CONTINUES_REASON = 'Dit sluit aan bij wat je nu volgt.';

/** The step shares a studiedomein with what the pupil follows now. */
export function sameDomainReason(domain: string): string {
  return `Je blijft in het studiedomein ${domain}, zoals nu.`;
}

/** The step weighs theory and practice differently from what the pupil follows now. */
export function changeReason(now: Balance, next: Balance): string {
  return `Dit is anders dan nu: je volgt nu ${BALANCE_LABELS[now].toLowerCase()}, deze stap is ${BALANCE_LABELS[next].toLowerCase()}.`;
}

/** Schools near the place the caller gave: how many within `withinKm`, and how far the nearest is. */
export function schoolsReason(count: number, withinKm: number, nearestKm: number | null): string {
  if (nearestKm === null) return 'We vonden geen school die dit aanbiedt.';
  const nearest = `de dichtste ligt op ${formatKm(nearestKm)} km`;
  if (count === 0) return `Er is geen school binnen ${withinKm} km die dit aanbiedt: ${nearest}.`;
  return `Binnen ${withinKm} km ${count === 1 ? 'biedt één school' : `bieden ${count} scholen`} dit aan: ${nearest}.`;
}

export function conditionReason(status: 'voorwaarde' | 'vraag-raad', why: string): string {
  return `${status === 'voorwaarde' ? 'Voorwaarde' : 'Vraag raad'}: ${why}`;
}

/** For a legal step below the suggestions. */
export function lowerReason(score: number): string {
  return `Mag wel, maar past minder goed bij je antwoorden (score ${score}).`;
}

/** For a legal step with the same score as the last suggestion, when the list is full. */
export function sameAsShownReason(score: number, shown: number): string {
  return `Past even goed als de laatste voorstellen (score ${score}), maar we tonen er hoogstens ${shown}.`;
}
