/** "Bewaar in mijn keuzes" for a study or school inside an island: a toggle button, pressed when saved. */
import { useState } from 'react';
import type { ChoicesHandle } from './use-choices.ts';

interface Props {
  kind: 'study' | 'school';
  id: string;
  name: string;
  /** One handle per list (useChoices in the parent), not one store subscription per button. */
  handle: ChoicesHandle;
}

export default function SaveToggle({ kind, id, name, handle }: Props) {
  // The message belongs to this id: a list may show another item in the same place after a new search.
  const [said, setSaid] = useState<{ id: string; message: string } | null>(null);
  const message = said?.id === id ? said.message : null;
  const { store, choices } = handle;
  const on = choices ? choices[kind === 'study' ? 'studies' : 'schools'].includes(id) : false;
  return (
    <span className="save-toggle">
      <button
        type="button"
        className="button secondary save-button"
        aria-pressed={on}
        disabled={!store}
        // The name in the label, not in a hidden span: one element and one box less per button, which counts in a
        // list of schools redrawn on every filter change. The visible words start the name (WCAG 2.5.3).
        aria-label={`Bewaar in mijn keuzes: ${name}`}
        onClick={() => {
          const text = store?.toggleChoice(kind, id);
          setSaid(text ? { id, message: text } : null);
        }}
      >
        Bewaar in mijn keuzes
      </button>
      {message && <span className="save-status" role="status">{message}</span>}
    </span>
  );
}
