/**
 * Two to four schools side by side: the chosen studies, distance, address, net, the offer per graad, duaal leren and
 * where the data comes from. A real table with row and column headers on a wide screen and on paper (the print style
 * hides the rest of the finder); one card per school on a phone.
 */
import { forwardRef } from 'react';
import { FINALITEIT_SHORT } from '../../lib/content/labels.ts';
import type { FinderSchool, FinderStudy, Place } from '../../lib/schools/finder-data.ts';
import type { FinderQuery } from '../../lib/schools/finder-query.ts';
import { hasOfferFilter, offerByGraad, offerMatches, schoolKm } from '../../lib/schools/finder.ts';
import { NET_LABELS } from '../../lib/schools/labels.ts';
import { placeLabel } from '../../lib/schools/place.ts';
import { REGISTRATION_LINK } from '../../lib/schools/registration-link.ts';
import SideBySide, { type SideRow } from '../compare/SideBySide.tsx';
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

/**
 * A location whose school lists no offer here (usually it lists it at its main address): never "Nee" or "Niets",
 * which would read as a fact about the school. Null for a location with an offer of its own.
 */
const offerElsewhere = (s: FinderSchool): string | null =>
  s.offerAt === undefined ? null
  : s.offerAt.length === 0 ? 'De officiële gegevens vermelden geen aanbod. Vraag het aan de school.'
  : 'Niet op dit adres vermeld: de officiële gegevens vermelden het aanbod op een ander adres van de school.';

const CompareTable = forwardRef<HTMLHeadingElement, Props>(function CompareTable({ schools, studies, query, place, onClose }, heading) {
  const groups = offerByGraad([...new Set(schools.flatMap((s) => s.studies))], studies).map((g) => g.label);
  const chosen = query.studies.map((id) => studies.get(id)).filter((s): s is FinderStudy => s !== undefined);
  // The chosen studies first: that is what a parent compares; the full offer comes after.
  const rows: SideRow<FinderSchool>[] = [
    ...chosen.map((study) => ({ key: study.id, label: study.title, cell: (s: FinderSchool) => (s.studies.includes(study.id) ? <strong>Ja</strong> : offerElsewhere(s) ?? 'Nee') })),
    ...(chosen.length === 0 && hasOfferFilter(query)
      ? [{
          key: 'filters',
          label: 'Past bij je filters',
          cell: (s: FinderSchool) => {
            const elsewhere = offerElsewhere(s);
            if (elsewhere) return elsewhere;
            const n = s.studies.filter((id) => offerMatches(studies.get(id), query)).length;
            return n === 0 ? 'Niets' : `${n} ${n === 1 ? 'richting' : 'richtingen'}`;
          },
        }]
      : []),
    ...(place ? [{ key: 'km', label: `Afstand vanaf ${placeLabel(place)}`, cell: (s: FinderSchool) => formatKm(schoolKm(s, place)) }] : []),
    { key: 'adres', label: 'Adres', cell: (s) => `${s.street}, ${s.postcode} ${s.municipality}` },
    { key: 'net', label: 'Onderwijsnet', cell: (s) => `${NET_LABELS[s.net]}${s.koepel ? ` · ${s.koepel}` : ''}` },
    ...groups.map((label) => ({
      key: label,
      label: `Aanbod ${label}`,
      long: true,
      cell: (s: FinderSchool) => {
        const elsewhere = offerElsewhere(s);
        if (elsewhere) return elsewhere;
        const group = offerByGraad(s.studies, studies).find((g) => g.label === label);
        return group ? <ul className="plain">{group.studies.map((st) => <li key={st.id}>{studyLink(st, query.studies)}</li>)}</ul> : 'Niets';
      },
    })),
    {
      key: 'duaal',
      label: 'Duaal leren',
      long: true,
      cell: (s) =>
        s.duaal.length === 0 ? 'Niet vermeld in de bron' : <ul className="plain">{s.duaal.map((id) => studies.get(id)).filter((st) => st !== undefined).map((st) => <li key={st.id}>{studyLink(st, query.studies, true)}</li>)}</ul>,
    },
    { key: 'bron', label: 'Gegevens', long: true, cell: (s) => `${s.source}, gecontroleerd op ${formatDate(s.checked)}` },
  ];
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
      <SideBySide
        items={schools}
        itemKey={(s) => s.id}
        heading={(s) => <a href={`/scholen/${s.id}/`}>{s.name}</a>}
        rows={rows}
        caption="Scholen naast elkaar: adres, onderwijsnet, afstand en aanbod"
        regionLabel="Vergelijkingstabel, scroll opzij voor meer scholen"
      />
    </section>
  );
});

export default CompareTable;
