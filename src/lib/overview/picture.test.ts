import { describe, expect, it } from 'vitest';
import { FINALITEITEN } from '../../schemas/enums.ts';
import { FINALITEIT_MARK, countRichtingen, marksPerCell, overviewPicture, type Counts } from './picture.ts';

const counts: Counts = {
  2: { doorstroom: 23, 'dubbele-finaliteit': 29, arbeidsmarkt: 60 },
  3: { doorstroom: 34, 'dubbele-finaliteit': 46, arbeidsmarkt: 51 },
};

describe('countRichtingen', () => {
  it('counts only studierichtingen of the 2de and 3de graad, per finaliteit', () => {
    expect(
      countRichtingen([
        { kind: 'studierichting', graad: 2, finaliteit: 'doorstroom' },
        { kind: 'studierichting', graad: 2, finaliteit: 'doorstroom' },
        { kind: 'studierichting', graad: 3, finaliteit: 'arbeidsmarkt' },
        { kind: 'zevende-jaar', graad: 3, finaliteit: null },
        { kind: 'basisoptie', graad: 1, finaliteit: null },
      ]),
    ).toEqual({
      2: { doorstroom: 2, 'dubbele-finaliteit': 0, arbeidsmarkt: 0 },
      3: { doorstroom: 0, 'dubbele-finaliteit': 0, arbeidsmarkt: 1 },
    });
  });
});

describe('overviewPicture', () => {
  const picture = overviewPicture(counts);

  it('draws one shape per perMark richtingen, so the largest cell fits two lines of six', () => {
    expect(picture.perMark).toBe(5);
    expect(marksPerCell(60, 5)).toBe(12);
    expect(marksPerCell(23, 5)).toBe(5);
    expect(marksPerCell(0, 5)).toBe(0);
    const expected = [2, 3].flatMap((g) => FINALITEITEN.map((f) => marksPerCell(counts[g as 2 | 3][f], 5))).reduce((a, b) => a + b);
    expect(picture.marks).toHaveLength(expected);
  });

  it('gives each finaliteit its own shape and colour, and keeps every shape inside its row', () => {
    expect(new Set(Object.values(FINALITEIT_MARK).map((m) => m.shape)).size).toBe(3);
    for (const mark of picture.marks) {
      expect(mark.shape).toBe(FINALITEIT_MARK[mark.finaliteit].shape);
      const inRow = picture.rows.some(
        (r) =>
          r.finaliteit === mark.finaliteit &&
          mark.x - mark.size / 2 >= r.box.x &&
          mark.x + mark.size / 2 <= r.box.x + r.box.width &&
          mark.y - mark.size / 2 >= r.box.y &&
          mark.y + mark.size / 2 <= r.box.y + r.box.height,
      );
      expect(inRow).toBe(true);
    }
  });

  it('stays inside its canvas', () => {
    const xs = [...picture.marks.map((m) => m.x), ...picture.arrows.flatMap((a) => [a.from[0], a.to[0]]), ...picture.after.map((a) => a.x + 28)];
    expect(Math.max(...xs)).toBeLessThanOrEqual(picture.width);
    expect(Math.max(...picture.rows.map((r) => r.box.y + r.box.height))).toBeLessThanOrEqual(picture.height);
  });

  it('describes the picture in words with the real counts', () => {
    expect(picture.description).toContain('doorstroom als blauwe rondjes (23 en 34 richtingen)');
    expect(picture.description).toContain('arbeidsmarkt als oranje vierkantjes (60 en 51 richtingen)');
    expect(picture.description).toContain('ongeveer 5 richtingen');
  });

  it('draws the longer way from arbeidsmarkt to further study as the only dashed arrow', () => {
    const dashed = picture.arrows.filter((a) => a.dashed);
    expect(dashed).toHaveLength(1);
    expect(dashed[0]!.colour).toBe(FINALITEIT_MARK.arbeidsmarkt.colour);
  });
});
