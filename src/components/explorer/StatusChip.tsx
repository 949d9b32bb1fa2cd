/** A route status as symbol plus word (same look as RouteStatus.astro), never colour alone. */
import { STATUS_LABELS, STATUS_SYMBOLS } from '../../lib/routes/labels.ts';
import type { StepStatus } from '../../lib/routes/types.ts';

export default function StatusChip({ status }: { status: StepStatus }) {
  return (
    <span className={`status status-${status}`}>
      <span aria-hidden="true">{STATUS_SYMBOLS[status]}</span> {STATUS_LABELS[status]}
    </span>
  );
}
