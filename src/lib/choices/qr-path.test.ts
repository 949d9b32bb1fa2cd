import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { qrPath } from './qr-path.ts';

/** Draws the path back into a grid, to compare with the modules it came from. */
function rasterize(path: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i++) grid[Number(y)]![Number(x) + i] = true;
  }
  return grid;
}

describe('QR code as one path', () => {
  it('covers exactly the dark modules of a real code', () => {
    const qr = encode('https://richtingwijzer.example/keuzes/#k=1.abcdef', { ecc: 'L', border: 2 });
    expect(rasterize(qrPath(qr.data), qr.size)).toEqual(qr.data);
  });

  it('merges runs in a row', () => {
    expect(qrPath([[true, true, false, true], [false, false, false, false]])).toBe('M0 0h2v1h-2zM3 0h1v1h-1z');
  });
});
