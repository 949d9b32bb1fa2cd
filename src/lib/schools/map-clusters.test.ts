import { describe, expect, it } from 'vitest';
import { clusterPoints, clusterRadius } from './map-clusters.ts';

const p = <T,>(x: number, y: number, item: T) => ({ x, y, item });

describe('clustering map dots', () => {
  it('keeps points further apart than the distance as single dots', () => {
    const clusters = clusterPoints([p(0, 0, 'a'), p(20, 0, 'b'), p(0, 20, 'c')], 10);
    expect(clusters.map((c) => c.members)).toEqual([['a'], ['b'], ['c']]);
    expect(clusters[1]).toEqual({ x: 20, y: 0, members: ['b'] });
  });

  it('joins overlapping points to the first one given (the lead), drawn at their mean', () => {
    const clusters = clusterPoints([p(10, 10, 'near'), p(50, 50, 'far'), p(14, 10, 'second'), p(10, 10, 'same address')], 8);
    expect(clusters.map((c) => c.members)).toEqual([['near', 'second', 'same address'], ['far']]);
    expect(clusters[0]!.x).toBe(11.3);
    expect(clusters[0]!.y).toBe(10);
  });

  it('joins across the edge of a bucket, and measures from the lead, not from the last member', () => {
    // 9.9 and 10.1 lie in different buckets of size 10 but 0.2 apart.
    expect(clusterPoints([p(9.9, 0, 'a'), p(10.1, 0, 'b')], 10).map((c) => c.members)).toEqual([['a', 'b']]);
    // b is 6 from a, c is 12 from a (but 6 from b): c starts its own cluster.
    expect(clusterPoints([p(0, 0, 'a'), p(6, 0, 'b'), p(12, 0, 'c')], 10).map((c) => c.members)).toEqual([['a', 'b'], ['c']]);
  });

  it('keeps every point exactly once at scale', () => {
    const many = Array.from({ length: 2000 }, (_, i) => p((i * 37) % 640, (i * 53) % 300, i));
    const clusters = clusterPoints(many, 12);
    expect(clusters.flatMap((c) => c.members).sort((a, b) => a - b)).toEqual(many.map((m) => m.item));
    expect(clusters.length).toBeLessThan(many.length);
  });

  it('sizes a cluster by the square root of its count, within a maximum', () => {
    expect(clusterRadius(1, 3.5, 14)).toBe(3.5);
    expect(clusterRadius(4, 3.5, 14)).toBe(7.5);
    expect(clusterRadius(400, 3.5, 14)).toBe(14);
  });
});
