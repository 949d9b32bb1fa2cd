/**
 * Two to four saved studies side by side: graad, finaliteit, domein, theorie/praktijk, logical next steps, and the
 * schools in our list that offer them (nearest first when a place is known). A table with row and column headers.
 */
import { BALANCE_LABELS, FINALITEIT_LABELS } from '../../lib/content/labels.ts';
import type { FinderData, FinderStudy, Place } from '../../lib/schools/finder-data.ts';
import { EMPTY_QUERY, GRAAD_FILTER_LABELS } from '../../lib/schools/finder-query.ts';
import { findSchools } from '../../lib/schools/finder.ts';
import { formatKm } from '../schools/format.ts';

interface Props {
  ids: string[];
  data: FinderData;
  studies: ReadonlyMap<string, FinderStudy>;
  domainNames: Record<string, string>;
  place: Place | null;
}

const NEAREST = 3;

export default function StudyCompare({ ids, data, studies, domainNames, place }: Props) {
  const chosen = ids.map((id) => studies.get(id)).filter((s): s is FinderStudy => s !== undefined);
  const rows: { label: string; cell: (s: FinderStudy) => React.ReactNode }[] = [
    { label: 'Graad', cell: (s) => (s.graad ? GRAAD_FILTER_LABELS[s.graad] : 'Geen graad') },
    { label: 'Finaliteit', cell: (s) => (s.finaliteit ? FINALITEIT_LABELS[s.finaliteit] : 'Geen finaliteit') },
    { label: 'Studiedomein', cell: (s) => s.domains.map((d) => domainNames[d] ?? d).join(', ') || 'Geen' },
    { label: 'Theorie of praktijk', cell: (s) => (s.balance ? BALANCE_LABELS[s.balance] : 'Niet vermeld') },
    {
      label: 'Logische volgende stappen',
      cell: (s) => {
        const next = s.next.map((id) => studies.get(id)).filter((n): n is FinderStudy => n !== undefined);
        return next.length === 0 ? 'Zie de studiepagina' : <ul className="plain">{next.map((n) => <li key={n.id}><a href={`/studies/${n.id}/`}>{n.title}</a></li>)}</ul>;
      },
    },
    {
      label: place ? `Scholen dicht bij ${place.postcode} ${place.name}` : 'Scholen in onze lijst',
      cell: (s) => {
        const results = findSchools(data, { ...EMPTY_QUERY, studies: [s.id] }, place);
        if (results.length === 0) return 'Geen in onze lijst van gewone secundaire scholen (schooljaar 2026–2027)';
        return (
          <>
            <p className="cell-note">{results.length} {results.length === 1 ? 'school' : 'scholen'}</p>
            <ul className="plain">
              {results.slice(0, NEAREST).map((r) => (
                <li key={r.school.id}><a href={`/scholen/${r.school.id}/`}>{r.school.name}</a>{r.km !== null ? ` (${formatKm(r.km)})` : ''}</li>
              ))}
            </ul>
          </>
        );
      },
    },
  ];
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Studies naast elkaar, scroll opzij voor meer">
      <table className="compare-table">
        <caption className="visually-hidden">Je gekozen studies naast elkaar</caption>
        <thead>
          <tr>
            <td />
            {chosen.map((s) => <th key={s.id} scope="col"><a href={`/studies/${s.id}/`}>{s.title}</a></th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {chosen.map((s) => <td key={s.id}>{row.cell(s)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
