/** Dutch words for the route statuses; the symbol makes the status readable without colour. */
import type { Reason, StepStatus } from './types.ts';

export const STATUS_LABELS: Record<StepStatus, string> = {
  open: 'Kan',
  voorwaarde: 'Kan, met voorwaarde',
  'vraag-raad': 'Vraag raad',
  uitgesloten: 'Kan niet',
};

export const STATUS_SYMBOLS: Record<StepStatus, string> = {
  open: '✓',
  voorwaarde: '!',
  'vraag-raad': '?',
  uitgesloten: '✕',
};

/** "5de jaar", "1ste jaar"; empty for a destination. */
export function yearLabel(year: number | null): string {
  if (year === null || year === 0) return '';
  return `${year}${year === 1 ? 'ste' : 'de'} jaar`;
}

/**
 * The year of a step as a pupil reads it: "3de jaar", or for a basisoptie "2de leerjaar A" / "2de leerjaar B", since
 * the same basisoptie exists in both and what comes after it differs.
 */
export function stepYearLabel(step: { year: number | null; stroom?: 'A' | 'B' | undefined }): string {
  return step.stroom && step.year === 2 ? `2de leerjaar ${step.stroom}` : yearLabel(step.year);
}

/**
 * The year to show beside a step's name, or null where it adds nothing: a destination, a 7de jaar (its name says
 * it), or a step whose name already names the year ("2de leerjaar A · 2de jaar" said it twice).
 */
export function stepYearNote(step: { year: number | null; stroom?: 'A' | 'B' | undefined }, name: string): string | null {
  if (!step.year || step.year === 7) return null;
  const label = stepYearLabel(step);
  const ordinal = label.split(' ')[0]!;
  return new RegExp(`(^|\\s)${ordinal} (leer)?jaar(\\s|$)`, 'i').test(name) ? null : label;
}

/** Rules that only say "you passed, you may choose": not worth repeating under every allowed step. */
const BASE_RULES = new Set(['a-attest', 'naar-3de-graad', 'richting-veranderen-2de-graad']);

/** The reasons worth reading for a step: for an allowed step only what goes beyond passing; else all that matter. */
export function shownReasons(step: { status: StepStatus; reasons: Reason[] }): Reason[] {
  const extra = step.reasons.filter((r) => !BASE_RULES.has(r.rule));
  return step.status === 'open' || extra.length > 0 ? extra : step.reasons;
}
