/**
 * The results on a map without tiles or third-party requests. With a place: the place in the middle, rings at round
 * distances, the schools as numbered dots (the numbers of the list). Without a place: the outline of Flanders and
 * Brussels (the build-time SVG) with the schools as dots. The dots and clusters are a few paths (FinderMapMarks), with
 * a transparent layer over the map that names the one under the pointer. The map is one picture with a label that
 * says what it shows; the list is its accessible version.
 */
import { memo, useMemo } from 'react';
import type { Place } from '../../lib/schools/finder-data.ts';
import type { FinderResult } from '../../lib/schools/finder.ts';
import { LOCAL_SIZE, localMap, MAP_NEAREST, mercator, type MercatorParams } from '../../lib/schools/local-map.ts';
import { clusterPoints } from '../../lib/schools/map-clusters.ts';
import { homeMark, schoolMarks } from '../../lib/schools/map-marks.ts';
import { placeLabel } from '../../lib/schools/place.ts';
import { isPosition } from '../../lib/schools/position.ts';
import { MarkLayers, MarkPointer } from './FinderMapMarks.tsx';

interface Props {
  results: FinderResult[];
  place: Place | null;
  maxKm: number | null;
  /** How many schools the list shows: their dots carry their number. */
  numbered: number;
  overview: MercatorParams;
}

const OVERVIEW_WIDTH = 640;
const OVERVIEW_HEIGHT = 300;
/** Dots closer than this (in the picture's units) would overlap: they are drawn as one cluster with a count. */
const LOCAL_OVERLAP = 13;
const OVERVIEW_OVERLAP = 9;

const located = (results: FinderResult[]) =>
  results
    .map((r, i) => ({ r, n: i + 1 }))
    .filter((x): x is { r: FinderResult & { school: { lat: number; lon: number } }; n: number } => x.r.school.lat !== null && x.r.school.lon !== null);

function FinderMap({ results, place, maxKm, numbered, overview }: Props) {
  if (!place) return <OverviewMap results={results} overview={overview} />;
  return <LocalMap results={results} place={place} maxKm={maxKm} numbered={numbered} />;
}

type Located = ReturnType<typeof located>;

function OverviewMap({ results, overview }: { results: FinderResult[]; overview: MercatorParams }) {
  const dots = useMemo(() => located(results), [results]);
  const { marks, clustered } = useMemo(() => {
    const clusters = clusterPoints(
      dots.map(({ r, n }) => ({ ...mercator(overview, { lat: r.school.lat, lon: r.school.lon }), item: { n, name: r.school.name } })),
      OVERVIEW_OVERLAP,
    );
    return { marks: schoolMarks(clusters, { numbered: 0, clusterMax: 12, numberInTitle: false }, false), clustered: clusters.length < dots.length };
  }, [dots, overview]);
  return (
    <figure className="finder-map">
      <div className="map-frame">
        <svg viewBox={`0 0 ${OVERVIEW_WIDTH} ${OVERVIEW_HEIGHT}`} role="img" aria-label={`Kaart van Vlaanderen en Brussel met ${dots.length} scholen. De lijst hieronder bevat dezelfde scholen.`}>
          <image href="/kaart/vlaanderen.svg" width={OVERVIEW_WIDTH} height={OVERVIEW_HEIGHT} />
          <MarkLayers marks={marks} />
        </svg>
        <MarkPointer width={OVERVIEW_WIDTH} height={OVERVIEW_HEIGHT} marks={marks} />
      </div>
      <figcaption className="source">
        Vul een postcode in om de scholen rond jouw gemeente te zien.
        {clustered && ' Een witte cirkel met een getal telt scholen die te dicht bij elkaar liggen om apart te tekenen.'}
      </figcaption>
    </figure>
  );
}

function LocalMap({ results, place, maxKm, numbered }: { results: FinderResult[]; place: Place; maxKm: number | null; numbered: number }) {
  const centre = LOCAL_SIZE / 2;
  const { map, shown, marks, clustered, located } = useMemo(() => {
    // The results come nearest first, so the map needs only their start: the nearest size it, and the schools inside
    // it end where the distances pass its radius. Not a point, a distance and a test for each of 2,000 schools.
    const nearest: { lat: number; lon: number }[] = [];
    let located = 0;
    for (const { school } of results) {
      if (school.lat === null || school.lon === null) continue;
      located += 1;
      if (nearest.length < MAP_NEAREST) nearest.push({ lat: school.lat, lon: school.lon });
    }
    const map = localMap(place, nearest, maxKm);
    const shown: Located = [];
    for (const [i, r] of results.entries()) {
      // Rounded to 0.1 km in the results: a school just past the radius is still tested, one well past it ends the walk.
      if (r.km === null || r.km > map.radiusKm + 0.1) break;
      const point = { lat: r.school.lat!, lon: r.school.lon! };
      if (map.inside(point)) shown.push({ r: r as Located[number]['r'], n: i + 1 });
    }
    // Nearest first, so a school high in the list leads its cluster; drawn in reverse so the nearest lie on top.
    const clusters = clusterPoints(
      shown.map(({ r, n }) => ({ ...map.project({ lat: r.school.lat, lon: r.school.lon }), item: { n, name: r.school.name } })),
      LOCAL_OVERLAP,
    );
    const marks = [...schoolMarks(clusters, { numbered, clusterMax: 16, numberInTitle: true }, true), homeMark(centre, centre, placeLabel(place))];
    return { map, shown, marks, clustered: clusters.length < shown.length, located };
  }, [results, place, maxKm, numbered, centre]);
  const outside = located - shown.length;
  const pxPerKm = (centre - 14) / map.radiusKm;
  return (
    <figure className="finder-map">
      <div className="map-frame">
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
          <MarkLayers marks={marks} />
        </svg>
        <MarkPointer width={LOCAL_SIZE} height={LOCAL_SIZE} marks={marks} />
      </div>
      <figcaption className="source">
        Het rode vierkantje is {isPosition(place) ? 'jouw locatie' : `het punt van postcode ${place.postcode}`}; de cirkels tonen de afstand in vogelvlucht. De nummers zijn die van de lijst.
        {clustered && ' Een witte cirkel met een getal telt scholen die dicht bij elkaar liggen (vaak op hetzelfde adres); wijs hem aan voor hun namen.'}
        {outside > 0 && ` ${outside} ${outside === 1 ? 'school ligt' : 'scholen liggen'} verder dan ${map.radiusKm} km en ${outside === 1 ? 'staat' : 'staan'} alleen in de lijst.`}
      </figcaption>
    </figure>
  );
}

// Redrawn only when what it shows changes, not when the finder marks the answer as busy.
export default memo(FinderMap);
