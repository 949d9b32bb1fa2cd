/**
 * The answer for next school year: a small flow diagram (visual only) and the same facts as lists per status, each
 * step with the reasons the rules give.
 */
import type { ReactNode } from 'react';
import type { RouteCatalogue } from '../../lib/routes/catalogue.ts';
import { attestOutcomeLabel, type AttestKind } from '../../lib/routes/attest-kind.ts';
import { STATUS_LABELS, STATUS_SYMBOLS, shownReasons, stepYearNote } from '../../lib/routes/labels.ts';
import { stepGroups } from '../../lib/routes/explain.ts';
import type { NextStepsResult, Step } from '../../lib/routes/types.ts';
import StatusChip from './StatusChip.tsx';

interface Props {
  /** Shown between the summary and the detailed lists (the routes to a goal). */
  children?: ReactNode;
  catalogue: RouteCatalogue;
  result: NextStepsResult;
  startLabel: string;
  /** What the start year ends with: it decides whether the picture names an attest. */
  attestKind: AttestKind;
  summary: string;
}

const HEADINGS: Record<Step['status'], string> = {
  open: 'Dit kan',
  voorwaarde: 'Dit kan, met een voorwaarde',
  'vraag-raad': 'Vraag raad: de regel is niet zeker',
  uitgesloten: 'Dit kan niet',
};

export default function ExplorerResult({ children, catalogue, result, startLabel, attestKind, summary }: Props) {
  const name = (id: string) => catalogue.get(id)?.name ?? id;
  const groups = stepGroups(result);
  const outcome = attestOutcomeLabel(attestKind, result.attest.type);
  return (
    <>
    <section className="explorer-result" aria-labelledby="rw-next-title">
      <h2 id="rw-next-title">Volgend schooljaar</h2>
      <p className="explorer-summary" role="status">{summary}</p>
      {result.notes.length > 0 && (
        <ul className="explorer-notes">
          {result.notes.map((n) => <li key={n.rule + n.text}>{n.text}</li>)}
        </ul>
      )}

      <div className="flow" aria-hidden="true">
        <div className="flow-start">
          <span>Nu</span>
          <strong>{startLabel}</strong>
          {outcome && <span>{outcome}</span>}
        </div>
        <div className="flow-buckets">
          {groups.map((g) => (
            <div key={g.status} className={`flow-bucket flow-${g.status}`}>
              <strong>{STATUS_SYMBOLS[g.status]} {STATUS_LABELS[g.status]}: {g.steps.length}</strong>
              <span>{g.steps.slice(0, 3).map((s) => name(s.id)).join(', ')}{g.steps.length > 3 ? ', …' : ''}</span>
            </div>
          ))}
        </div>
      </div>

    </section>

    {children}

    <section aria-labelledby="rw-all-title">
      <h2 id="rw-all-title">Alle stappen voor volgend schooljaar</h2>
      {groups.map((g) => (
        <details key={g.status} className={`step-group group-${g.status}`} open>
          <summary>
            <h3>{HEADINGS[g.status]} ({g.steps.length})</h3>
          </summary>
          <ul className="route-list">
            {g.steps.map((step) => (
              <li key={`${step.id}@${step.year}:${step.stroom ?? ''}@${step.move}`} data-id={step.id} data-status={step.status}>
                <a href={`/studies/${step.id}/`}>{name(step.id)}</a>
                <span className="meta-inline">
                  {step.move === 'overzitten' ? ' · jaar overdoen' : ''}
                  {stepYearNote(step, name(step.id)) ? ` · ${stepYearNote(step, name(step.id))}` : ''}
                  {step.logical && step.move === 'verder' ? ' · sluit aan bij wat je nu doet' : ''}
                </span>
                <StatusChip status={step.status} />
                {shownReasons(step).map((r) => <p key={r.rule + r.text}>{r.text}</p>)}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
    </>
  );
}
