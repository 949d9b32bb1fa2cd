/**
 * Two to four saved studies side by side: graad, finaliteit, domein, theorie/praktijk, logical next steps, and the
 * schools in our list that offer them (nearest first when a place is known). A table with row and column headers; one
 * card per study on a phone.
 */
import { BALANCE_LABELS, FINALITEIT_LABELS } from '../../lib/content/labels.ts';
import type { FinderData, FinderStudy, Place } from '../../lib/schools/finder-data.ts';
import { EMPTY_QUERY, GRAAD_FILTER_LABELS } from '../../lib/schools/finder-query.ts';
import { findSchools } from '../../lib/schools/finder.ts';
import SideBySide, { type SideRow } from '../compare/SideBySide.tsx';
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
  const rows: SideRow<FinderStudy>[] = [
    { key: 'graad', label: 'Graad', cell: (s) => (s.graad ? GRAAD_FILTER_LABELS[s.graad] : 'Geen graad') },
    { key: 'finaliteit', label: 'Finaliteit', cell: (s) => (s.finaliteit ? FINALITEIT_LABELS[s.finaliteit] : 'Geen finaliteit') },
    { key: 'domein', label: 'Studiedomein', cell: (s) => s.domains.map((d) => domainNames[d] ?? d).join(', ') || 'Geen' },
    { key: 'balans', label: 'Theorie of praktijk', cell: (s) => (s.balance ? BALANCE_LABELS[s.balance] : 'Niet vermeld') },
    {
      key: 'volgende',
      label: 'Logische volgende stappen',
      cell: (s) => {
        const next = s.next.map((id) => studies.get(id)).filter((n): n is FinderStudy => n !== undefined);
        return next.length === 0 ? 'Zie de studiepagina' : <ul className="plain">{next.map((n) => <li key={n.id}><a href={`/studies/${n.id}/`}>{n.title}</a></li>)}</ul>;
      },
    },
    {
      key: 'scholen',
      label: place ? `Scholen dicht bij ${place.postcode} ${place.name}` : 'Scholen in onze lijst',
      cell: (s) => {
        const results = findSchools(data, { ...EMPTY_QUERY, studies: [s.id] }, place);
        if (results.length === 0) return 'Geen in onze lijst van gewone secundaire scholen (schooljaar 2026–2027)';
        const count = `${results.length} ${results.length === 1 ? 'school' : 'scholen'}`;
        // Without a place there is no "nearest": naming the first schools of a list would favour them.
        if (!place) return <p className="cell-note">{count}. Vul hierboven je postcode in om de dichtstbijzijnde te zien.</p>;
        return (
          <>
            <p className="cell-note">{count}</p>
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
    <SideBySide
      items={chosen}
      itemKey={(s) => s.id}
      heading={(s) => <a href={`/studies/${s.id}/`}>{s.title}</a>}
      rows={rows}
      caption="Je gekozen studies naast elkaar"
      regionLabel="Studies naast elkaar, scroll opzij voor meer"
    />
  );
}
