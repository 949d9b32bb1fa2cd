/**
 * Checks on what a content text claims about routes, admission and offer: the kinds of error an independent check
 * of study pages found (issue 16). Each check is a pure function over one text and the official facts it needs, and
 * returns the offending sentences, so a test can run it over every page and name the file and the sentence.
 * The rules behind each check are in shared/reference/rules-verified.md (cited per check) and src/lib/routes/rules.ts.
 */
import type { OfficialEntry } from './official-catalogue.ts';

/** A text on the site with the facts of its page (for glossary terms and guides only the text). */
export interface ClaimPage {
  file: string;
  text: string;
  kind?: string;
  graad?: 1 | 2 | 3 | null;
  finaliteit?: string | null;
  /** Official codes of the page (regular and duaal). */
  codes?: string[];
}

export interface ClaimProblem {
  kind: number;
  file: string;
  message: string;
}

/** Sentences of a Markdown or plain text, without Markdown emphasis; list items and headings end a sentence. */
export function sentences(text: string): string[] {
  return text
    .replace(/\*\*|__/g, '')
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.replace(/^[-*#>\s]+/, '').trim())
    .filter((s) => s.length > 0);
}

const AFTER_GRAAD_THREE = /\bna (de|het einde van de) (3de|derde) graad\b/i;
const SEVENTH = /\b(7de|7e|zevende) (leer)?ja(a|re)r?/i;

/**
 * Kind 1. A 7de jaar is the 3rd leerjaar of the 3de graad, not a year "na de 3de graad" (rules-verified.md §7, the
 * glossary "7de jaar"). On a 7de-jaar page no sentence places anything "na de 3de graad"; elsewhere no sentence puts
 * a 7de jaar after the 3de graad.
 */
export function seventhYearPlacement(page: ClaimPage): string[] {
  return sentences(page.text).filter(
    (s) => AFTER_GRAAD_THREE.test(s) && (page.kind === 'zevende-jaar' || SEVENTH.test(s)),
  );
}

/** The vooropleiding an official name fixes: "na OK4" (dubbele finaliteit or doorstroom) or "na OK3" (arbeidsmarkt). */
export function requiredVooropleiding(officialName: string): 'OK3' | 'OK4' | null {
  if (/\bna OK4\b|onderwijskwalificatie 4/i.test(officialName)) return 'OK4';
  if (/\bna OK3\b|onderwijskwalificatie 3/i.test(officialName)) return 'OK3';
  return null;
}

const ANY_DIPLOMA = /uit elke richting|elk diploma|iedereen met een diploma|met eender welk diploma|na elke richting/i;

/**
 * Kind 2. A 7de jaar whose official name says "na OK4" is for pupils who finished dubbele finaliteit or doorstroom
 * (onderwijskwalificatie 4); the voorbereidend jaar "na OK3" is for pupils from the arbeidsmarktfinaliteit
 * (rules.ts 'zevende-jaar-na-ok4', 'voorbereidend-jaar'; rules-verified.md §7). The page must name that vooropleiding
 * and must not open the year to any diploma.
 */
export function vooropleidingProblems(page: ClaimPage, catalogue: Map<string, OfficialEntry>): string[] {
  const required = new Set(
    (page.codes ?? []).map((c) => catalogue.get(c)).flatMap((e) => (e ? [requiredVooropleiding(e.name)] : [])),
  );
  const problems: string[] = [];
  if (required.has('OK4')) {
    if (!/dubbele finaliteit/i.test(page.text) || !/doorstroom/i.test(page.text) || !/onderwijskwalificatie (niveau )?4|\bOK4\b/i.test(page.text)) {
      problems.push('noemt niet de vooropleiding "na OK4": dubbele finaliteit of doorstroomfinaliteit (onderwijskwalificatie 4)');
    }
    if (!/voorbereidend (7de )?jaar|7de jaar[^.]*voorbereidt op het hoger onderwijs/i.test(page.text)) {
      problems.push('zegt niet dat je na arbeidsmarktfinaliteit het voorbereidend 7de jaar volgt');
    }
  }
  if (required.has('OK3')) {
    if (!/arbeidsmarktfinaliteit/i.test(page.text) || !/onderwijskwalificatie (niveau )?3|\bOK3\b/i.test(page.text)) {
      problems.push('noemt niet de vooropleiding "na OK3": arbeidsmarktfinaliteit (onderwijskwalificatie 3)');
    }
  }
  if (required.size > 0 && !required.has(null)) {
    problems.push(...sentences(page.text).filter((s) => ANY_DIPLOMA.test(s)).map((s) => `te ruime toelating: "${s}"`));
  }
  return problems;
}

const BACHELOR = /\bbachelor/i;
const PREPARATORY = /voorbereid/i;
const OPTIONAL = /\bkan( je)?\b[^.]*\beerst\b|\beventueel\b|\bzou je\b/i;
const REQUIRED = /\bmoet( je)?( dan)?( eerst)?\b[^.]*\beerst\b|\bmoet( je)? eerst\b/i;

/**
 * Kind 3. After arbeidsmarktfinaliteit the voorbereidend 7de jaar is required for a bachelor ("moet eerst"), not an
 * option (rules.ts 'bachelor-na-arbeidsmarkt'; rules-verified.md §7). No sentence anywhere offers that year as
 * optional; an arbeidsmarkt page that mentions a bachelor says "moet je eerst … voorbereidt".
 */
export function optionalPreparatoryYear(page: ClaimPage): string[] {
  const all = sentences(page.text);
  const wrong = all.filter((s) => BACHELOR.test(s) && PREPARATORY.test(s) && OPTIONAL.test(s) && !REQUIRED.test(s));
  const onArbeidsmarkt = page.kind === 'studierichting' && page.finaliteit === 'arbeidsmarkt';
  // "Wil je een bachelor volgen? Dan moet je eerst …": the rule may stand in the sentence after the question.
  const states = (s: string, i: number) => {
    const pair = `${s} ${all[i + 1] ?? ''}`;
    return BACHELOR.test(s) && PREPARATORY.test(pair) && REQUIRED.test(pair);
  };
  if (onArbeidsmarkt && all.some((s) => BACHELOR.test(s)) && !all.some(states)) {
    wrong.push('(de pagina noemt een bachelor, maar niet dat je eerst het voorbereidend 7de jaar moet volgen)');
  }
  return wrong;
}

const AGE_RULE = /\bvanaf (15|16) jaar\b|\b(15|16) jaar (oud )?(zijn|bent)\b/i;
/** Duaal leren, or its description ("een deel op de werkvloer"). */
const DUAAL = /\bduaal\b|\bduale\b|\bwerkvloer\b|\bwerkplek\b/i;

/**
 * Kind 4. For a richting of the 3de graad (5de–7de jaar) the admission rules of that graad decide, not the age at
 * which part-time leerplicht starts (rules.ts 'naar-3de-graad', 'duaal-leeftijd'). A graad-3 page gives no age as the
 * rule for duaal: neither in a duaal sentence nor in the sentence right after one ("Dat kan vanaf 15 jaar").
 */
export function duaalAgeRule(page: ClaimPage): string[] {
  if (page.graad !== 3) return [];
  const all = sentences(page.text);
  return all.filter((s, i) => AGE_RULE.test(s) && (DUAAL.test(s) || (i > 0 && DUAAL.test(all[i - 1]!))));
}

/** What a text claims about how many schools offer it: 0, 1, 2, or null when it makes no such claim. */
export function claimedOfferCount(text: string): 0 | 1 | 2 | null {
  if (/\bgeen (enkele )?school\b[^.]*\b(biedt|bood|aanbiedt|organiseert)|\b(biedt|bood) geen (enkele )?school\b/i.test(text)) return 0;
  if (/\b(maar|slechts|alleen) één school\b/i.test(text)) return 1;
  if (/\b(maar|slechts|alleen) twee scholen\b/i.test(text)) return 2;
  return null;
}

/**
 * Kind 5. A page of a richting or 7de jaar that at most two school locations offer says so, with the right number;
 * a page never claims such a number when the data says otherwise. `offered` is the number of school locations in the
 * official offer data.
 */
export function offerCountProblems(page: ClaimPage, offered: number): string[] {
  const claimed = claimedOfferCount(page.text);
  if (offered <= 2 && claimed !== offered) {
    const expected = ['"geen enkele school … biedt"', '"maar één school"', '"maar twee scholen"'][offered];
    return [`${offered} schoolvestiging(en) in de officiële gegevens: de pagina moet dat zeggen (${expected})`];
  }
  if (offered > 2 && claimed !== null) return [`de pagina zegt ${claimed} scholen, de officiële gegevens tellen er ${offered}`];
  return [];
}

/** Offer names written as "Aanloop … duaal" (the run-up years of duaal leren) in a text. */
export function namedRunUpOffers(text: string): string[] {
  return [...text.matchAll(/\bAanloop ([^.,;:!?()"“”„]+?) duaal\b/g)].map((m) => `Aanloop ${m[1]!.trim()}`);
}

/**
 * Kind 5. Every "Aanloop … duaal" a text names exists in the schools' official offer (`offered`: the offer names
 * without leerjaar and onderwijsvorm, e.g. "Aanloop Medewerker ruwbouw").
 */
export function unknownOffers(page: ClaimPage, offered: Set<string>): string[] {
  const known = new Set([...offered].map((n) => n.toLocaleLowerCase('nl')));
  return namedRunUpOffers(page.text).filter((name) => !known.has(name.toLocaleLowerCase('nl')));
}

/**
 * Kind 6. The attest decides which richtingen are open (rules.ts 'a-attest', 'b-attest': officieel); the advice of the
 * klassenraad is advice. With an A-attest the choice is free within the admission rules, so no page makes the next
 * step "depend on the advice", and no page limits a change of richting with "misschien … finaliteit".
 */
export function ruleMisstated(page: ClaimPage): string[] {
  return sentences(page.text).filter(
    (s) =>
      /\baf van\b[^.]*\badvies van de (klassenraad|school)\b/i.test(s) ||
      /\bmisschien\b[^.]*\b(finaliteit|doorstroomfinaliteit|arbeidsmarktfinaliteit)\b/i.test(s),
  );
}

/**
 * Kind 7. Whether duaal richtingen all share one finaliteit is a fact of the catalogue: a text that says duaal
 * richtingen (always, only) have arbeidsmarktfinaliteit is wrong as soon as one duaal entry has another finaliteit.
 */
export function duaalFinaliteitClaims(page: ClaimPage, catalogue: OfficialEntry[]): string[] {
  const other = catalogue.filter((e) => e.duaal && e.finaliteit !== null && e.finaliteit !== 'arbeidsmarkt');
  if (other.length === 0) return [];
  return sentences(page.text).filter(
    (s) =>
      /\b(duaal|duale)\b[^.]*\b(hebben|heeft|zijn|is)\b[^.]*\b(altijd|steeds|enkel|alleen|allemaal)?\s*arbeidsmarktfinaliteit\b/i.test(s) &&
      !/\b(meestal|vaak|de meeste|soms|ook|niet altijd|behalve)\b/i.test(s),
  );
}

/** Kind 7 per page: a page's duaal codes have the finaliteit of the page. */
export function duaalCodeFinaliteit(page: ClaimPage, duaalCodes: string[], catalogue: Map<string, OfficialEntry>): string[] {
  if (!page.finaliteit) return [];
  return duaalCodes
    .map((c) => catalogue.get(c))
    .filter((e): e is OfficialEntry => e !== undefined && e.finaliteit !== null)
    .filter((e) => e.finaliteit!.replace(' ', '-') !== page.finaliteit)
    .map((e) => `duaal ${e.code} heeft ${e.finaliteit}, de pagina ${page.finaliteit}`);
}
