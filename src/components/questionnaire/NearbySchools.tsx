/**
 * "Scholen in de buurt" on the result: a postcode the pupil may give, only on request, so every suggestion also
 * says how many schools near her offer it. The school data loads only then; the postcode stays in memory (never
 * saved, never in a link).
 */
import { useId, useState } from 'react';
import type { NearbyResult } from './nearby-offers.ts';
import DidYouMean from '../forms/DidYouMean.tsx';

export type Nearby = Extract<NearbyResult, { ok: true }>;

interface Props {
  withinKm: number;
  studyIds: readonly string[];
  current: Nearby | null;
  onChange: (nearby: Nearby | null) => void;
}

export default function NearbySchools({ withinKm, studyIds, current, onChange }: Props) {
  const uid = useId();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Extract<NearbyResult, { ok: false }> | null>(null);

  const look = async (value: string) => {
    setBusy(true);
    const result: NearbyResult = await import('./nearby-offers.ts')
      .then(({ nearbyOffers }) => nearbyOffers(value, withinKm, studyIds))
      .catch(() => ({ ok: false, error: 'De scholen konden niet geladen worden. Controleer je internetverbinding en probeer opnieuw.', suggestions: [] }));
    setBusy(false);
    // A wrong postcode keeps what was there: the earlier place and its scores stay until a good one replaces them.
    setProblem(result.ok ? null : result);
    if (result.ok) {
      setText('');
      onChange(result);
    }
  };

  return (
    <section className="nearby" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`}>Scholen in de buurt (niet verplicht)</h3>
      {current ? (
        <p role="status">
          De voorstellen tellen nu mee hoeveel scholen binnen {withinKm} km van <strong>{current.label}</strong> ze aanbieden.{' '}
          <button type="button" className="button secondary" onClick={() => onChange(null)}>Zonder postcode</button>
        </p>
      ) : (
        <p>Vul je postcode in. Dan zie je bij elk voorstel hoeveel scholen binnen {withinKm} km het aanbieden. We bewaren je postcode niet.</p>
      )}
      <form
        className="nearby-form"
        onSubmit={(e) => {
          e.preventDefault();
          void look(text);
        }}
      >
        <div className="field">
          <label htmlFor={`${uid}-place`}>{current ? 'Andere postcode of gemeente' : 'Postcode of gemeente'}</label>
          <input
            id={`${uid}-place`}
            value={text}
            inputMode="text"
            autoComplete="postal-code"
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${uid}-problem` : undefined}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <button type="submit" disabled={busy}>{busy ? 'Scholen laden…' : 'Toon scholen in de buurt'}</button>
      </form>
      {problem && (
        <div className="notice" role="alert" id={`${uid}-problem`}>
          <p>{problem.error}</p>
          <DidYouMean suggestions={problem.suggestions} onPick={(s) => void look(s)} />
        </div>
      )}
    </section>
  );
}
