/** Dutch words for the route statuses; the symbol makes the status readable without colour. */
import type { StepStatus } from './types.ts';

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
