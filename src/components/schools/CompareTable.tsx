/**
 * Two to four schools side by side: address, net, distance, the chosen studies, the offer per graad, duaal leren and
 * where the data comes from. A real table with row and column headers, so a screen reader reads "school, aspect";
 * printable on its own (the print style hides the rest of the finder).
 */
import { forwardRef } from 'react';
import { FINALITEIT_SHORT } from '../../lib/content/labels.ts';
import type { FinderSchool, FinderStudy, Place } from '../../lib/schools/finder-data.ts';
import type { FinderQuery } from '../../lib/schools/finder-query.ts';
import { hasOfferFilter, offerByGraad, offerMatches, schoolKm } from '../../lib/schools/finder.ts';
import { NET_LABELS } from '../../lib/schools/labels.ts';
import { placeLabel } from '../../lib/schools/place.ts';
import { REGISTRATION_LINK } from '../../lib/schools/registration-link.ts';
import { formatDate, formatKm } from './format.ts';

interface Props {
  schools: FinderSchool[];
  studies: ReadonlyMap<string, FinderStudy>;
  query: FinderQuery;
  place: Place | null;
  onClose: () => void;
}

/** In a row that already names the graad, the name and finaliteit are enough; the chosen studies stand out. */
const studyLink = (s: FinderStudy, chosen: readonly string[], full = false) => {
  const link = full ? <a href={`/studies/${s.id}/`}>{s.title}</a> : <a href={`/studies/${s.id}/`}>{s.name}{s.finaliteit ? <span className="meta-inline"> · {FINALITEIT_SHORT[s.finaliteit].toLowerCase()}</span> : null}</a>;
  return chosen.includes(s.id) ? <strong>{link}</strong> : link;
};

const CompareTable = forwardRef<HTMLHeadingElement, Props>(function CompareTable({ schools, studies, query, place, onClose }, heading) {
  const groups = offerByGraad([...new Set(schools.flatMap((s) => s.studies))], studies).map((g) => g.label);
  const chosen = query.studies.map((id) => studies.get(id)).filter((s): s is FinderStudy => s !== undefined);
  return (
    <section className="compare" aria-labelledby="vergelijking">
      <h2 id="vergelijking" tabIndex={-1} ref={heading}>Vergelijking van {schools.length} scholen</h2>
      <div className="compare-actions">
        <button type="button" onClick={() => window.print()}>Afdrukken</button>{' '}
        <button type="button" className="button secondary" onClick={onClose}>Sluit vergelijking</button>
      </div>
      <p className="registration-link">
        {REGISTRATION_LINK.before}<a href={REGISTRATION_LINK.href}>{REGISTRATION_LINK.text}</a>{REGISTRATION_LINK.after}
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Vergelijkingstabel, scroll opzij voor meer scholen">
        <table className="compare-table">
          <caption className="visually-hidden">Scholen naast elkaar: adres, onderwijsnet, afstand en aanbod</caption>
          <thead>
            <tr>
              <td />
              {schools.map((s) => <th key={s.id} scope="col"><a href={`/scholen/${s.id}/`}>{s.name}</a></th>)}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Adres</th>
              {schools.map((s) => <td key={s.id}>{s.street}, {s.postcode} {s.municipality}</td>)}
            </tr>
            <tr>
              <th scope="row">Onderwijsnet</th>
              {schools.map((s) => <td key={s.id}>{NET_LABELS[s.net]}{s.koepel ? ` (${s.koepel})` : ''}</td>)}
            </tr>
            {place && (
              <tr>
                <th scope="row">Afstand vanaf {placeLabel(place)}</th>
                {schools.map((s) => <td key={s.id}>{formatKm(schoolKm(s, place))}</td>)}
              </tr>
            )}
            {chosen.map((study) => (
              <tr key={study.id}>
                <th scope="row">{study.title}</th>
                {schools.map((s) => <td key={s.id}>{s.studies.includes(study.id) ? <strong>Ja</strong> : 'Nee'}</td>)}
              </tr>
            ))}
            {chosen.length === 0 && hasOfferFilter(query) && (
              <tr>
                <th scope="row">Past bij je filters</th>
                {schools.map((s) => {
                  const n = s.studies.filter((id) => offerMatches(studies.get(id), query)).length;
                  return <td key={s.id}>{n === 0 ? 'Niets' : `${n} ${n === 1 ? 'richting' : 'richtingen'}`}</td>;
                })}
              </tr>
            )}
            {groups.map((label) => (
              <tr key={label}>
                <th scope="row">Aanbod {label}</th>
                {schools.map((s) => {
                  const group = offerByGraad(s.studies, studies).find((g) => g.label === label);
                  return (
                    <td key={s.id}>
                      {group ? <ul className="plain">{group.studies.map((st) => <li key={st.id}>{studyLink(st, query.studies)}</li>)}</ul> : 'Niets'}
                    </td>
                  );
                })}
              </tr>
            ))}
            <tr>
              <th scope="row">Duaal leren</th>
              {schools.map((s) => (
                <td key={s.id}>
                  {s.duaal.length === 0 ? 'Niet vermeld in de bron' : <ul className="plain">{s.duaal.map((id) => studies.get(id)).filter((st) => st !== undefined).map((st) => <li key={st.id}>{studyLink(st, query.studies, true)}</li>)}</ul>}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Gegevens</th>
              {schools.map((s) => <td key={s.id}>{s.source}, gecontroleerd op {formatDate(s.checked)}</td>)}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
});

export default CompareTable;
