/**
 * Keeps a map of many schools readable: dots that would overlap become one cluster with a count. Greedy in the
 * order given (the finder passes the nearest school first, so a school near the top of the list leads its cluster
 * and keeps its place), with a grid of buckets so 2,000 schools cost a few milliseconds, not a pair-wise search.
 */
export interface MapPoint<T> {
  x: number;
  y: number;
  item: T;
}

export interface Cluster<T> {
  /** Where the cluster is drawn: the mean of its members, rounded to 0.1. */
  x: number;
  y: number;
  /** In the order given; the first is the lead. */
  members: T[];
}

/** Groups points closer than `distance` (in the map's units) to a cluster's lead. */
export function clusterPoints<T>(points: readonly MapPoint<T>[], distance: number): Cluster<T>[] {
  type Group = { lead: MapPoint<T>; points: MapPoint<T>[] };
  // Buckets keyed by a number, not a string: no key to build and collect for every point on every change.
  const buckets = new Map<number, Group[]>();
  const groups: Group[] = [];
  const cell = (v: number) => Math.floor(v / distance);
  const key = (cx: number, cy: number) => cx * 65536 + cy;
  for (const p of points) {
    const cx = cell(p.x);
    const cy = cell(p.y);
    let found: Group | undefined;
    for (let dx = -1; dx <= 1 && !found; dx++) {
      for (let dy = -1; dy <= 1 && !found; dy++) {
        found = buckets.get(key(cx + dx, cy + dy))?.find((g) => Math.hypot(g.lead.x - p.x, g.lead.y - p.y) < distance);
      }
    }
    if (found) {
      found.points.push(p);
      continue;
    }
    const group = { lead: p, points: [p] };
    groups.push(group);
    const bucket = buckets.get(key(cx, cy));
    if (bucket) bucket.push(group);
    else buckets.set(key(cx, cy), [group]);
  }
  const round = (v: number) => Math.round(v * 10) / 10;
  return groups.map((g) => ({
    x: round(g.points.reduce((sum, p) => sum + p.x, 0) / g.points.length),
    y: round(g.points.reduce((sum, p) => sum + p.y, 0) / g.points.length),
    members: g.points.map((p) => p.item),
  }));
}

/** The radius of a cluster's circle: grows with the square root of its size (its area with the count), capped. */
export function clusterRadius(count: number, single: number, max: number): number {
  return count <= 1 ? single : Math.min(max, Math.round((single + 2 * Math.sqrt(count)) * 10) / 10);
}
