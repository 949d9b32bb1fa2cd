/**
 * What the finder's map draws on top of its frame: a mark per school or cluster (and the chosen place), with where it
 * lies, how large it is, what it says and the name a pointer shows. One list in drawing order, used for drawing
 * (as a few paths: hundreds of SVG elements made every filter change slow) and for finding the mark under the pointer.
 */
import { clusterRadius, type Cluster } from './map-clusters.ts';

export type MarkKind = 'school' | 'cluster' | 'home';

export interface MapMark {
  kind: MarkKind;
  x: number;
  y: number;
  /** Radius of a dot or cluster; half the side of the place's square. */
  r: number;
  /** The text in the mark: a school's number in the list, a cluster's count, or nothing. */
  text: string;
  /** What a pointer on the mark shows (the SVG map's <title>). */
  title: string;
}

/** A school as the map knows it: its number in the list and its name. */
export interface Numbered {
  n: number;
  name: string;
}

export interface MarkSizes {
  /** Schools numbered 1 to `numbered` get a large dot with their number; later ones a small dot. */
  numbered: number;
  /** The largest radius of a cluster. */
  clusterMax: number;
  /** A single school's title starts with its number in the list (on the local map, where the list is numbered). */
  numberInTitle: boolean;
}

const SMALL = 3.5;
const LARGE = 7;
const CLUSTER_MIN = 6;

export function clusterTitle(members: readonly Numbered[]): string {
  const named = members.slice(0, 8).map((m) => `${m.n}. ${m.name}`).join('; ');
  return `${members.length} scholen dicht bij elkaar: ${named}${members.length > 8 ? ` en nog ${members.length - 8}` : ''}`;
}

/**
 * The marks of the clusters in drawing order (later marks lie on top), in three layers: small dots, then clusters,
 * then numbered dots (a number is never hidden under a cluster; each layer is drawn in one go). Within a layer, with
 * `nearestOnTop`, the clusters are drawn in reverse, so a school high in the list (the nearest) is not hidden by one
 * further down.
 */
export function schoolMarks(clusters: readonly Cluster<Numbered>[], sizes: MarkSizes, nearestOnTop: boolean): MapMark[] {
  const ordered = nearestOnTop ? [...clusters].reverse() : clusters;
  const marks = ordered.map((c): MapMark => {
    const lead = c.members[0]!;
    if (c.members.length > 1) {
      return { kind: 'cluster', x: c.x, y: c.y, r: clusterRadius(c.members.length, CLUSTER_MIN, sizes.clusterMax), text: String(c.members.length), title: clusterTitle(c.members) };
    }
    const numbered = lead.n <= sizes.numbered;
    return { kind: 'school', x: c.x, y: c.y, r: numbered ? LARGE : SMALL, text: numbered ? String(lead.n) : '', title: sizes.numberInTitle ? `${lead.n}. ${lead.name}` : lead.name };
  });
  const layer = (m: MapMark) => (m.kind === 'cluster' ? 1 : m.text ? 2 : 0);
  return [0, 1, 2].flatMap((l) => marks.filter((m) => layer(m) === l));
}

/** The chosen place: a square of 10 units around it. */
export function homeMark(x: number, y: number, title: string): MapMark {
  return { kind: 'home', x, y, r: 5, text: '', title };
}

/**
 * The mark under a point (in the map's units), the topmost when marks overlap; `slop` widens every mark a little so
 * a small dot is easy to point at. Null when the point lies on no mark.
 */
export function markAt(marks: readonly MapMark[], x: number, y: number, slop = 0): MapMark | null {
  for (let i = marks.length - 1; i >= 0; i--) {
    const m = marks[i]!;
    const reach = m.r + slop;
    const hit = m.kind === 'home' ? Math.abs(x - m.x) <= reach && Math.abs(y - m.y) <= reach : (x - m.x) ** 2 + (y - m.y) ** 2 <= reach ** 2;
    if (hit) return m;
  }
  return null;
}
