/**
 * The results on a map without tiles or third-party requests. With a place: the place in the middle, rings at round
 * distances, the schools as numbered dots (the numbers of the list). Without a place: the outline of Flanders and
 * Brussels (the build-time SVG) with the schools as dots. The map is a picture; the list is its accessible version.
 */
import type { Place } from '../../lib/schools/finder-data.ts';
import type { FinderResult } from '../../lib/schools/finder.ts';
import { LOCAL_SIZE, localMap, mercator, type MercatorParams } from '../../lib/schools/local-map.ts';
import { placeLabel } from '../../lib/schools/place.ts';
import { isPosition } from '../../lib/schools/position.ts';

interface Props {
  results: FinderResult[];
  place: Place | null;
  maxKm: number | null;
  overview: MercatorParams;
}

const OVERVIEW_WIDTH = 640;
const OVERVIEW_HEIGHT = 300;
const NUMBERED = 30;

const located = (results: FinderResult[]) =>
  results
    .map((r, i) => ({ r, n: i + 1 }))
    .filter((x): x is { r: FinderResult & { school: { lat: number; lon: number } }; n: number } => x.r.school.lat !== null && x.r.school.lon !== null);

export default function FinderMap({ results, place, maxKm, overview }: Props) {
  const dots = located(results);
  if (!place) {
    return (
      <figure className="finder-map">
        <svg viewBox={`0 0 ${OVERVIEW_WIDTH} ${OVERVIEW_HEIGHT}`} role="img" aria-label={`Kaart van Vlaanderen en Brussel met ${dots.length} scholen. De lijst hieronder bevat dezelfde scholen.`}>
          <image href="/kaart/vlaanderen.svg" width={OVERVIEW_WIDTH} height={OVERVIEW_HEIGHT} />
          {dots.map(({ r }) => {
            const p = mercator(overview, { lat: r.school.lat, lon: r.school.lon });
            return <circle key={r.school.id} cx={p.x} cy={p.y} r="3.5" className="school-dot"><title>{r.school.name}</title></circle>;
          })}
        </svg>
        <figcaption className="source">Vul een postcode in om de scholen rond jouw gemeente te zien.</figcaption>
      </figure>
    );
  }

  const map = localMap(place, dots.map((d) => ({ lat: d.r.school.lat, lon: d.r.school.lon })), maxKm);
  const shown = dots.filter((d) => map.inside({ lat: d.r.school.lat, lon: d.r.school.lon }));
  const outside = dots.length - shown.length;
  const centre = LOCAL_SIZE / 2;
  const pxPerKm = (centre - 14) / map.radiusKm;
  return (
    <figure className="finder-map">
      <svg
        viewBox={`0 0 ${LOCAL_SIZE} ${LOCAL_SIZE}`}
        role="img"
        aria-label={`Kaart: ${shown.length} scholen rond ${placeLabel(place)}, tot ${map.radiusKm} km. De lijst bevat dezelfde scholen in dezelfde volgorde.`}
      >
        <rect width={LOCAL_SIZE} height={LOCAL_SIZE} className="map-ground" />
        {map.rings.map((km) => (
          <g key={km}>
            <circle cx={centre} cy={centre} r={km * pxPerKm} className="map-ring" />
            <text x={centre + 3} y={centre - km * pxPerKm + 11} className="map-ring-label">{km} km</text>
          </g>
        ))}
        <text x={centre} y="12" className="map-north" textAnchor="middle">N</text>
        {[...shown].reverse().map(({ r, n }) => {
          const p = map.project({ lat: r.school.lat, lon: r.school.lon });
          return (
            <g key={r.school.id} className="school-dot">
              <circle cx={p.x} cy={p.y} r={n <= NUMBERED ? 7 : 3.5}><title>{n}. {r.school.name}</title></circle>
              {n <= NUMBERED && <text x={p.x} y={p.y + 3.2} textAnchor="middle" className="dot-number">{n}</text>}
            </g>
          );
        })}
        <rect x={centre - 5} y={centre - 5} width="10" height="10" className="map-home"><title>{placeLabel(place)}</title></rect>
      </svg>
      <figcaption className="source">
        Het rode vierkantje is {isPosition(place) ? 'jouw locatie' : `het midden van de gemeente ${place.municipality}`}; de cirkels tonen de afstand in vogelvlucht. De nummers zijn die van de lijst.
        {outside > 0 && ` ${outside} ${outside === 1 ? 'school ligt' : 'scholen liggen'} verder dan ${map.radiusKm} km en ${outside === 1 ? 'staat' : 'staan'} alleen in de lijst.`}
      </figcaption>
    </figure>
  );
}
