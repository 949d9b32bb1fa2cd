/**
 * "Gebruik mijn locatie": asks the browser for the position only when the button is pressed. The position goes to
 * the finder's memory (onPosition) and nowhere else: not stored, not in the URL, not in a share link.
 */
import { useState } from 'react';
import { positionMessage, positionProblemOf } from '../../lib/schools/position.ts';

interface Props {
  active: boolean;
  onPosition: (lat: number, lon: number) => void;
  onStop: () => void;
}

export default function LocateButton({ active, onPosition, onStop }: Props) {
  const [state, setState] = useState<{ busy: boolean; message: string }>({ busy: false, message: '' });
  const locate = () => {
    if (!('geolocation' in navigator)) {
      setState({ busy: false, message: positionMessage('unsupported') });
      return;
    }
    setState({ busy: true, message: 'Je locatie zoeken…' });
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setState({ busy: false, message: '' });
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
          <button type="button" className="button secondary" onClick={onStop}>Stop met mijn locatie</button>
        </p>
      ) : (
        <p>
          <button type="button" className="button secondary" disabled={state.busy} onClick={locate}>Gebruik mijn locatie</button>{' '}
          <span className="source">Je browser vraagt eerst toestemming. Je locatie blijft op dit toestel.</span>
        </p>
      )}
      <p role="status" className={state.message && !state.busy ? 'notice' : undefined}>{state.message}</p>
    </div>
  );
}
