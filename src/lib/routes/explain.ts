/**
 * A plain-Dutch summary of a result ("Met je B-attest mag je niet naar …, wel naar …"), for the explorer's live
 * region and the top of its answer.
 */
import { FINALITEIT_LABELS } from '../content/labels.ts';
import type { Exclusion, NextStepsResult } from './types.ts';

/** An exclusion in words: "de doorstroomfinaliteit", "het studiedomein STEM", "aso", or a richting's name. */
export function exclusionText(exclusion: Exclusion, domainNames: Record<string, string>): string {
  switch (exclusion.kind) {
    case 'study':
      return exclusion.label;
    case 'finaliteit':
      return `de ${FINALITEIT_LABELS[exclusion.value].toLowerCase()}`;
    case 'domein':
      return `het studiedomein ${domainNames[exclusion.value] ?? exclusion.value}`;
    case 'onderwijsvorm':
      return exclusion.value;
  }
}

function list(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function explainResult(result: NextStepsResult, domainNames: Record<string, string> = {}): string {
  const forward = result.steps.filter((s) => s.move === 'verder');
  const count = (status: string) => forward.filter((s) => s.status === status).length;
  const allowed = count('open') + count('voorwaarde');
  const parts: string[] = [];
  if (result.attest.type === 'C') {
    const open = result.steps.filter((s) => s.status === 'open').length;
    parts.push(`Met een C-attest doe je het jaar over. Dat kan in ${plural(open, 'richting', 'richtingen')} zonder meer.`);
  } else {
    const excluded = count('uitgesloten');
    if (result.attest.exclusions.length > 0 && excluded > 0) {
      const what = list(result.attest.exclusions.map((e) => exclusionText(e, domainNames)));
      parts.push(`Met je attest mag je niet naar ${what} (${plural(excluded, 'keuze', 'keuzes')}), wel naar ${plural(allowed, 'andere keuze', 'andere keuzes')}.`);
    } else {
      parts.push(`Je kan kiezen uit ${plural(allowed, 'mogelijkheid', 'mogelijkheden')}.`);
      if (excluded > 0) parts.push(`${plural(excluded, 'keuze kan', 'keuzes kunnen')} niet.`);
    }
    if (count('voorwaarde') > 0) parts.push(`Voor ${count('voorwaarde')} daarvan geldt een voorwaarde.`);
  }
  const ask = result.steps.filter((s) => s.status === 'vraag-raad').length;
  if (ask > 0) parts.push(`Voor ${plural(ask, 'andere keuze', 'andere keuzes')} is de regel niet zeker: vraag raad aan je klassenraad of CLB.`);
  return parts.join(' ');
}
