/**
 * "Gebruik mijn locatie": asks the browser for the position only when the button is pressed. The position goes to
 * the finder's memory (onPosition) and nowhere else: not stored, not in the URL, not in a share link.
 */
import { useEffect, useRef, useState } from 'react';
import { positionMessage, positionProblemOf } from '../../lib/schools/position.ts';

interface Props {
  active: boolean;
  onPosition: (lat: number, lon: number) => void;
  onStop: () => void;
}

export default function LocateButton({ active, onPosition, onStop }: Props) {
  const [state, setState] = useState<{ busy: boolean; message: string }>({ busy: false, message: '' });
  // The button that was pressed is replaced by the other one: focus follows, so a keyboard user is not sent back to
  // the top of the page.
  const startButton = useRef<HTMLButtonElement>(null);
  const stopButton = useRef<HTMLButtonElement>(null);
  const pressed = useRef(false);
  useEffect(() => {
    if (!pressed.current) return;
    pressed.current = false;
    (active ? stopButton : startButton).current?.focus();
  }, [active]);
  const locate = () => {
    if (state.busy) return;
    if (!('geolocation' in navigator)) {
      setState({ busy: false, message: positionMessage('unsupported') });
      return;
    }
    setState({ busy: true, message: 'Je locatie zoeken…' });
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setState({ busy: false, message: '' });
        pressed.current = true;
        onPosition(position.coords.latitude, position.coords.longitude);
      },
      (error) => setState({ busy: false, message: positionMessage(positionProblemOf(error)) }),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  };
  return (
    <div className="finder-locate">
      {active ? (
        <p>
          De scholen staan gesorteerd op afstand van jouw locatie. Die blijft op dit toestel en wordt nergens bewaard.{' '}
          <button type="button" className="button secondary" ref={stopButton} onClick={() => { pressed.current = true; onStop(); }}>Stop met mijn locatie</button>
        </p>
      ) : (
        <p>
          {/* aria-disabled, not disabled, while it looks: a disabled button drops the keyboard focus to the page. */}
          <button type="button" className="button secondary" ref={startButton} aria-disabled={state.busy || undefined} onClick={locate}>Gebruik mijn locatie</button>{' '}
          <span className="source">Je browser vraagt eerst toestemming. Je locatie blijft op dit toestel.</span>
        </p>
      )}
      <p role="status" className={state.message && !state.busy ? 'notice' : undefined}>{state.message}</p>
    </div>
  );
}
