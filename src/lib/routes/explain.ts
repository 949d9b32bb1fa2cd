/**
 * A plain-Dutch summary of a result ("Met je B-attest mag je niet naar …, wel naar …"), for the explorer's live
 * region and the top of its answer.
 */
import { FINALITEIT_LABELS } from '../content/labels.ts';
import { STATUS_ORDER, type Exclusion, type NextStepsResult, type Step, type StepStatus } from './types.ts';

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

/**
 * The steps as the explorer lists them: one group per status, in STATUS_ORDER, empty groups left out. The summary
 * counts these same groups, so its figures always match the lists (the "jaar overdoen" item included).
 */
export function stepGroups(result: NextStepsResult): { status: StepStatus; steps: Step[] }[] {
  return STATUS_ORDER.map((status) => ({ status, steps: result.steps.filter((s) => s.status === status) })).filter((g) => g.steps.length > 0);
}

export function explainResult(result: NextStepsResult, domainNames: Record<string, string> = {}): string {
  const groups = stepGroups(result);
  const count = (status: StepStatus) => groups.find((g) => g.status === status)?.steps.length ?? 0;
  const [open, condition, ask, excluded] = STATUS_ORDER.map(count) as [number, number, number, number];
  const allowed = open + condition;
  // "A zonder voorwaarde en B met een voorwaarde": both parts named, so no "daarvan" can point at the wrong number.
  const split = condition === 0 ? '' : `: ${open} zonder voorwaarde en ${condition} met een voorwaarde`;
  const parts: string[] = [];
  if (result.attest.type === 'C') {
    parts.push(`Met een C-attest doe je het jaar over. Dat kan op ${plural(allowed, 'manier', 'manieren')}${split}.`);
  } else if (result.attest.exclusions.length > 0 && excluded > 0) {
    const what = list(result.attest.exclusions.map((e) => exclusionText(e, domainNames)));
    parts.push(`Met je attest mag je niet naar ${what} (${plural(excluded, 'keuze', 'keuzes')}).`);
    parts.push(`Je kan wel kiezen uit ${plural(allowed, 'andere mogelijkheid', 'andere mogelijkheden')}${split}.`);
  } else {
    parts.push(`Je kan kiezen uit ${plural(allowed, 'mogelijkheid', 'mogelijkheden')}${split}.`);
    if (excluded > 0) parts.push(`${plural(excluded, 'andere keuze kan', 'andere keuzes kunnen')} niet.`);
  }
  if (ask > 0) parts.push(`Voor ${plural(ask, 'andere keuze', 'andere keuzes')} is de regel niet zeker: vraag raad aan je klassenraad of CLB.`);
  return parts.join(' ');
}
