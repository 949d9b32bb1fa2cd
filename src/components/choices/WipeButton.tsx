/**
 * "Wis alles" with one question first: it removes answers and choices for good (there is nothing to undo it from,
 * by design), so one mistaken click or tap must not cost a pupil a whole session of work. The question is inline, not
 * a pop-up; focus goes to "Nee" (a second Enter keeps everything) and comes back to "Wis alles" when nothing is
 * wiped; Escape also says no.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

interface Props {
  /** What goes, in one sentence, e.g. "Je antwoorden en je bewaarde keuzes gaan weg van dit toestel." */
  what: string;
  onWipe: () => void;
}

export default function WipeButton({ what, onWipe }: Props) {
  const [asking, setAsking] = useState(false);
  const [focus, setFocus] = useState<'no' | 'opener' | null>(null);
  const no = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => {
    if (focus === 'no') no.current?.focus();
    if (focus === 'opener') opener.current?.focus();
  }, [focus, asking]);
  const keep = () => {
    setAsking(false);
    setFocus('opener');
  };
  if (!asking) {
    return (
      <button ref={opener} type="button" className="button secondary" onClick={() => { setAsking(true); setFocus('no'); }}>
        Wis alles
      </button>
    );
  }
  return (
    <span className="wipe-confirm" role="group" aria-labelledby={`${id}-question`} onKeyDown={(e: KeyboardEvent) => e.key === 'Escape' && keep()}>
      <span id={`${id}-question`}><strong>Alles wissen?</strong> {what} Dat kan je niet ongedaan maken.</span>{' '}
      <button type="button" onClick={() => { setAsking(false); setFocus(null); onWipe(); }}>Ja, wis alles</button>{' '}
      <button ref={no} type="button" className="button secondary" onClick={keep}>Nee, niets wissen</button>
    </span>
  );
}
