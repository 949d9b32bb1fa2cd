import { describe, expect, it } from 'vitest';
import { formatKm } from './format.ts';

describe('formatKm', () => {
  it('writes what the Dutch (Belgian) number format writes, for every distance the finder gives (rounded to 0.1 km)', () => {
    const dutch = new Intl.NumberFormat('nl-BE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    for (let tenths = 0; tenths <= 4000; tenths += 1) expect(formatKm(tenths / 10)).toBe(`${dutch.format(tenths / 10)} km`);
    expect(formatKm(12.3)).toBe('12,3 km');
    expect(formatKm(1234.56)).toBe('1.234,6 km');
  });

  it('says when the distance is unknown', () => {
    expect(formatKm(null)).toBe('afstand onbekend');
  });
});
