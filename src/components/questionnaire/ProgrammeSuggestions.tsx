/**
 * For a pupil in the 3de graad or a 7de jaar: programmes of higher education and studiegebieden that fit, each with
 * why (src/lib/suggest/programmes.ts). The programme data (/data/aansluiting.json, same site) loads only here, so
 * other pupils never download it; a failed load becomes a message with a link, and the rest of the result stays.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import type { DomainId } from '../../schemas/enums.ts';
import type { SuggestWeights } from '../../schemas/weights.ts';
import { kindLabel, programmeUrl, studiegebiedUrl } from '../../lib/content/programme-view.ts';
import type { HoData } from '../../lib/ho/ho-data.ts';
import type { RouteCatalogue } from '../../lib/routes/catalogue.ts';
import { suggestProgrammes } from '../../lib/suggest/programmes.ts';
import type { ResolvedProfile } from '../../lib/suggest/resolve-profile.ts';
import StatusChip from '../explorer/StatusChip.tsx';
import { fetchJson, loadOnce } from '../data/load-once.ts';

interface Props {
  catalogue: RouteCatalogue;
  resolved: ResolvedProfile;
  weights: SuggestWeights;
  domainNames: Record<string, string>;
  showAll: boolean;
}

/** One request per page view: the data does not change while the pupil adjusts the profile. */
const loadHoData = loadOnce(() => fetchJson('/data/aansluiting.json') as Promise<HoData>);

export default function ProgrammeSuggestions({ catalogue, resolved, weights, domainNames, showAll }: Props) {
  const uid = useId();
  const [data, setData] = useState<HoData | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadHoData().then(
      (d) => live && setData(d),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  const result = useMemo(
    () => (data ? suggestProgrammes(catalogue, data, resolved, weights, { domainNames: domainNames as Record<DomainId, string> }) : null),
    [catalogue, data, resolved, weights, domainNames],
  );

  return (
    <section aria-labelledby={`${uid}-ho`} className="ho-suggestions">
      <h3 id={`${uid}-ho`}>Na het secundair: opleidingen in het hoger onderwijs</h3>
      {failed && (
        <p className="notice" role="alert">
          We konden de lijst van opleidingen niet laden. Je vindt ze ook bij <a href="/hoger-onderwijs/">Hoger onderwijs</a>.
        </p>
      )}
      {!failed && !result && <p role="status">Opleidingen laden…</p>}
      {result && (
        <>
          <p>
            Deze opleidingen passen bij je antwoorden en mogen na {result.from.name}. Ook hier kies jij.
          </p>
          {result.studiegebieden.length > 0 && (
            <p className="ho-gebieden">
              Studiegebieden die passen:{' '}
              {result.studiegebieden.map((g, i) => (
                <span key={g.id}>
                  {i > 0 && ', '}
                  <a href={studiegebiedUrl(g.id)}>{g.name}</a>
                </span>
              ))}
              .
            </p>
          )}
          <ul className="suggestions">
            {result.suggestions.map((s) => (
              <li key={s.id} data-programme={s.id}>
                <h4>
                  <a href={programmeUrl(s.id)}>{s.name}</a>
                  <span className="meta-inline"> · {kindLabel(s)}</span>
                </h4>
                <p className="score">Past bij je antwoorden: <strong>{s.score}</strong> op 100 {s.status !== 'open' && <StatusChip status={s.status} />}</p>
                <ul className="reasons">{s.reasons.map((r) => <li key={r}>{r}</li>)}</ul>
                <p className="links">
                  <a href={studiegebiedUrl(s.studiegebied.id)}>Studiegebied {s.studiegebied.name}</a>
                </p>
              </li>
            ))}
          </ul>
          <ul className="explorer-notes">{result.notes.map((n) => <li key={n}>{n}</li>)}</ul>
          {showAll && result.notSuggested.length > 0 && (
            <>
              <h4>Opleidingen die we niet voorstelden ({result.notSuggested.length})</h4>
              <ul className="route-list">
                {result.notSuggested.map((n) => (
                  <li key={n.id} data-programme={n.id}>
                    <a href={programmeUrl(n.id)}>{n.name}</a>
                    <p>{n.reasons.slice(0, 2).join(' ')}</p>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
