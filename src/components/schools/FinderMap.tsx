/**
 * The results on a map without tiles or third-party requests. With a place: the place in the middle, rings at round
 * distances, the schools as numbered dots (the numbers of the list). Without a place: the outline of Flanders and
 * Brussels (the build-time SVG) with the schools as dots. The map is a picture; the list is its accessible version.
 */
import { memo } from 'react';
import type { Place } from '../../lib/schools/finder-data.ts';
import type { FinderResult } from '../../lib/schools/finder.ts';
import { LOCAL_SIZE, localMap, mercator, type MercatorParams } from '../../lib/schools/local-map.ts';
import { clusterPoints, clusterRadius, type Cluster } from '../../lib/schools/map-clusters.ts';
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
/** Dots closer than this (in the picture's units) would overlap: they are drawn as one cluster with a count. */
const LOCAL_OVERLAP = 13;
const OVERVIEW_OVERLAP = 9;

type Numbered = { n: number; name: string };
const clusterTitle = (members: Numbered[]) =>
  `${members.length} scholen dicht bij elkaar: ${members.slice(0, 8).map((m) => `${m.n}. ${m.name}`).join('; ')}${members.length > 8 ? ` en nog ${members.length - 8}` : ''}`;

function ClusterMark({ cluster, max }: { cluster: Cluster<Numbered>; max: number }) {
  return (
    <g className="school-cluster">
      <circle cx={cluster.x} cy={cluster.y} r={clusterRadius(cluster.members.length, 6, max)}><title>{clusterTitle(cluster.members)}</title></circle>
      <text x={cluster.x} y={cluster.y + 3.2} textAnchor="middle" className="cluster-count">{cluster.members.length}</text>
    </g>
  );
}

const located = (results: FinderResult[]) =>
  results
    .map((r, i) => ({ r, n: i + 1 }))
    .filter((x): x is { r: FinderResult & { school: { lat: number; lon: number } }; n: number } => x.r.school.lat !== null && x.r.school.lon !== null);

function FinderMap({ results, place, maxKm, overview }: Props) {
  const dots = located(results);
  if (!place) {
    const clusters = clusterPoints(
      dots.map(({ r, n }) => ({ ...mercator(overview, { lat: r.school.lat, lon: r.school.lon }), item: { n, name: r.school.name } })),
      OVERVIEW_OVERLAP,
    );
    return (
      <figure className="finder-map">
        <svg viewBox={`0 0 ${OVERVIEW_WIDTH} ${OVERVIEW_HEIGHT}`} role="img" aria-label={`Kaart van Vlaanderen en Brussel met ${dots.length} scholen. De lijst hieronder bevat dezelfde scholen.`}>
          <image href="/kaart/vlaanderen.svg" width={OVERVIEW_WIDTH} height={OVERVIEW_HEIGHT} />
          {clusters.map((c) =>
            c.members.length === 1
              ? <circle key={c.members[0]!.n} cx={c.x} cy={c.y} r="3.5" className="school-dot"><title>{c.members[0]!.name}</title></circle>
              : <ClusterMark key={c.members[0]!.n} cluster={c} max={12} />,
          )}
        </svg>
        <figcaption className="source">
          Vul een postcode in om de scholen rond jouw gemeente te zien.
          {clusters.length < dots.length && ' Een witte cirkel met een getal telt scholen die te dicht bij elkaar liggen om apart te tekenen.'}
        </figcaption>
      </figure>
    );
  }

  const map = localMap(place, dots.map((d) => ({ lat: d.r.school.lat, lon: d.r.school.lon })), maxKm);
  const shown = dots.filter((d) => map.inside({ lat: d.r.school.lat, lon: d.r.school.lon }));
  const outside = dots.length - shown.length;
  const centre = LOCAL_SIZE / 2;
  const pxPerKm = (centre - 14) / map.radiusKm;
  // Nearest first, so a school high in the list leads its cluster; drawn in reverse so the nearest lie on top.
  const clusters = clusterPoints(
    shown.map(({ r, n }) => ({ ...map.project({ lat: r.school.lat, lon: r.school.lon }), item: { n, name: r.school.name } })),
    LOCAL_OVERLAP,
  );
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
        {[...clusters].reverse().map((c) => {
          const { n, name } = c.members[0]!;
          if (c.members.length > 1) return <ClusterMark key={n} cluster={c} max={16} />;
          return (
            <g key={n} className="school-dot">
              <circle cx={c.x} cy={c.y} r={n <= NUMBERED ? 7 : 3.5}><title>{n}. {name}</title></circle>
              {n <= NUMBERED && <text x={c.x} y={c.y + 3.2} textAnchor="middle" className="dot-number">{n}</text>}
            </g>
          );
        })}
        <rect x={centre - 5} y={centre - 5} width="10" height="10" className="map-home"><title>{placeLabel(place)}</title></rect>
      </svg>
      <figcaption className="source">
        Het rode vierkantje is {isPosition(place) ? 'jouw locatie' : `het punt van postcode ${place.postcode}`}; de cirkels tonen de afstand in vogelvlucht. De nummers zijn die van de lijst.
        {clusters.length < shown.length && ' Een witte cirkel met een getal telt scholen die dicht bij elkaar liggen (vaak op hetzelfde adres); wijs hem aan voor hun namen.'}
        {outside > 0 && ` ${outside} ${outside === 1 ? 'school ligt' : 'scholen liggen'} verder dan ${map.radiusKm} km en ${outside === 1 ? 'staat' : 'staan'} alleen in de lijst.`}
      </figcaption>
    </figure>
  );
}

// Redrawn only when what it shows changes, not when the finder marks the answer as busy.
export default memo(FinderMap);
