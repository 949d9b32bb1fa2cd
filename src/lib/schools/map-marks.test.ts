import { describe, expect, it } from 'vitest';
import type { Cluster } from './map-clusters.ts';
import { clusterTitle, homeMark, markAt, schoolMarks, type Numbered } from './map-marks.ts';

const school = (n: number, name = `School ${n}`): Numbered => ({ n, name });
const cluster = (x: number, y: number, ...members: Numbered[]): Cluster<Numbered> => ({ x, y, members });
const LOCAL = { numbered: 30, clusterMax: 16, numberInTitle: true };

describe('the marks of the finder map', () => {
  it('numbers the first schools of the list with a large dot; later ones get a small dot without a number', () => {
    const marks = schoolMarks([cluster(10, 10, school(1)), cluster(50, 50, school(31, 'Verre School'))], LOCAL, false);
    expect(marks.map((m) => [m.kind, m.r, m.text, m.title])).toEqual([
      ['school', 3.5, '', '31. Verre School'],
      ['school', 7, '1', '1. School 1'],
    ]);
  });

  it('gives a cluster its count and the names of its schools, and grows it with the count up to the maximum', () => {
    const [small] = schoolMarks([cluster(0, 0, school(1), school(2))], LOCAL, false);
    const [big] = schoolMarks([cluster(0, 0, ...Array.from({ length: 40 }, (_, i) => school(i + 1)))], LOCAL, false);
    expect(small).toMatchObject({ kind: 'cluster', text: '2', title: '2 scholen dicht bij elkaar: 1. School 1; 2. School 2' });
    expect(small!.r).toBeGreaterThan(6);
    expect(big!.r).toBe(16);
    expect(big!.title).toMatch(/; 8\. School 8 en nog 32$/);
  });

  it('on the overview map, titles carry the name only and no school is numbered', () => {
    const [mark] = schoolMarks([cluster(5, 5, school(3, 'Atheneum'))], { numbered: 0, clusterMax: 12, numberInTitle: false }, false);
    expect(mark).toMatchObject({ r: 3.5, text: '', title: 'Atheneum' });
  });

  it('draws the nearest school last (on top) when asked', () => {
    const clusters = [cluster(0, 0, school(1)), cluster(3, 0, school(2)), cluster(6, 0, school(3))];
    expect(schoolMarks(clusters, LOCAL, true).map((m) => m.text)).toEqual(['3', '2', '1']);
    expect(schoolMarks(clusters, LOCAL, false).map((m) => m.text)).toEqual(['1', '2', '3']);
  });

  it('draws small dots first, then clusters, then numbered dots, so no number is hidden', () => {
    const clusters = [cluster(0, 0, school(1)), cluster(9, 0, school(2), school(3)), cluster(30, 0, school(40)), cluster(40, 0, school(4))];
    expect(schoolMarks(clusters, LOCAL, true).map((m) => m.title.split(':')[0])).toEqual(['40. School 40', '2 scholen dicht bij elkaar', '4. School 4', '1. School 1']);
  });

  it('names at most eight schools of a cluster', () => {
    expect(clusterTitle([school(4, 'A'), school(9, 'B')])).toBe('2 scholen dicht bij elkaar: 4. A; 9. B');
  });
});

describe('finding the mark under the pointer', () => {
  const marks = [
    ...schoolMarks([cluster(20, 20, school(2)), cluster(100, 100, school(5), school(6))], LOCAL, true),
    homeMark(50, 50, '9000 Gent'),
  ];

  it('finds a dot within its radius and nothing just outside it', () => {
    expect(markAt(marks, 20, 26)?.title).toBe('2. School 2');
    expect(markAt(marks, 20, 27.5)).toBeNull();
    expect(markAt(marks, 20, 27.5, 1)?.title).toBe('2. School 2');
  });

  it('finds a cluster and the place, whose mark is a square', () => {
    expect(markAt(marks, 104, 103)?.kind).toBe('cluster');
    expect(markAt(marks, 54.9, 45.1)?.title).toBe('9000 Gent');
    expect(markAt(marks, 56, 50)).toBeNull();
  });

  it('gives the topmost mark where marks overlap (the last drawn)', () => {
    const overlapping = schoolMarks([cluster(0, 0, school(1)), cluster(5, 0, school(2))], LOCAL, true);
    expect(markAt(overlapping, 2.5, 0)?.title).toBe('1. School 1');
    expect(markAt([...overlapping].reverse(), 2.5, 0)?.title).toBe('2. School 2');
  });

  it('finds nothing on an empty map', () => {
    expect(markAt([], 0, 0)).toBeNull();
  });
});
