/**
 * ho-quality: what we could not check about a programme, in plain Dutch (B1: "je", sentences of at most 15 words),
 * made from its structured `verified` flags plus its own short `uncertain` note. Maintainer details never reach
 * this text; they stay in `maintainerNote`.
 */
import type { HoProgrammeData } from '../../schemas/ho-programme.ts';

export type UncertaintyInput = Pick<HoProgrammeData, 'credits' | 'verified' | 'uncertain' | 'studiegebiedSource'>;

/** The closing advice: shown whenever anything above it is unsure. */
export const CHECK_ADVICE = 'Check de info altijd op de website van de hogeschool of universiteit.';

/** One sentence (or two) per unchecked fact, then the programme's own note; empty when everything was checked. */
export function uncertaintyLines(p: UncertaintyInput): string[] {
  const lines: string[] = [];
  if (!p.verified.credits) {
    lines.push(p.credits === null
      ? 'We vonden de studieomvang nog niet op een officiële pagina.'
      : 'De studieomvang zagen we nog niet op de pagina van de opleiding zelf.');
  }
  if (!p.verified.name) lines.push('De officiële naam kan een beetje anders geschreven zijn.');
  if (p.studiegebiedSource === undefined) lines.push('Het studiegebied kozen we zelf. Een officiële bron moet dat nog bevestigen.');
  if (!p.verified.offeringsComplete) lines.push('De lijst van hogescholen en universiteiten is misschien niet volledig.');
  if (!p.verified.links) lines.push('Een link naar een hogeschool kan intussen een andere opleiding tonen.');
  if (!p.verified.live) lines.push('We lazen bewaarde versies van de websites. Er kan intussen iets veranderd zijn.');
  if (p.uncertain) lines.push(p.uncertain);
  return lines;
}

/** The whole notice as one text (open data, plain-text uses): the lines, then the advice; null when nothing is unsure. */
export function uncertaintyText(p: UncertaintyInput): string | null {
  const lines = uncertaintyLines(p);
  return lines.length === 0 ? null : [...lines, CHECK_ADVICE].join(' ');
}
