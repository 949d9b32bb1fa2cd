/**
 * The one-page overview's picture of secondary school, as geometry: the first graad with its A- and B-stroom, the
 * 2de and 3de graad with one row per finaliteit, and what comes after (hoger onderwijs, werk). Each finaliteit has
 * its own colour and shape, and each graad shows one shape per few studierichtingen, so the picture needs no
 * reading. Pure data; src/components/OverviewPicture.astro draws it as an inline SVG at build time.
 */
import { FINALITEITEN, type Finaliteit } from '../../schemas/enums.ts';

export type Shape = 'circle' | 'diamond' | 'square';
export type Counts = Record<2 | 3, Record<Finaliteit, number>>;

/** Colour (at least 3:1 against white, WCAG 1.4.11) and shape per finaliteit: never colour alone. */
export const FINALITEIT_MARK: Record<Finaliteit, { shape: Shape; colour: string; name: string }> = {
  doorstroom: { shape: 'circle', colour: '#1f5fbf', name: 'doorstroom' },
  'dubbele-finaliteit': { shape: 'diamond', colour: '#7b3fa0', name: 'dubbele finaliteit' },
  arbeidsmarkt: { shape: 'square', colour: '#b35900', name: 'arbeidsmarkt' },
};

export interface Mark {
  finaliteit: Finaliteit;
  shape: Shape;
  colour: string;
  /** Centre and size (width of the shape's box). */
  x: number;
  y: number;
  size: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Arrow {
  from: [number, number];
  to: [number, number];
  /** A dashed arrow is a longer way (an extra year). */
  dashed: boolean;
  colour: string;
}

export interface Picture {
  width: number;
  height: number;
  /** Number of dots above each column: 1, 2, 3 for the graden. */
  graadPips: { graad: 1 | 2 | 3; x: number; y: number }[];
  streams: { stroom: 'A' | 'B'; box: Box }[];
  rows: { finaliteit: Finaliteit; graad: 2 | 3; box: Box; count: number }[];
  marks: Mark[];
  /** How many studierichtingen one shape stands for. */
  perMark: number;
  after: { kind: 'hoger-onderwijs' | 'werk'; x: number; y: number }[];
  arrows: Arrow[];
  /** Text alternative of the whole picture, in plain Dutch. */
  description: string;
}

const WIDTH = 640;
const HEIGHT = 300;
const TOP = 50;
const ROW_HEIGHT = 76;
const COLUMN = { 1: 20, 2: 200, 3: 370 } as const;
const CELL_WIDTH = 150;
const MARK = 14;
const GAP = 6;
const PER_LINE = 6;
const LINES = 2;
const AFTER_X = 585;

/** One shape per `perMark` richtingen, with `perMark` chosen so that the largest cell fits its two lines. */
export function marksPerCell(count: number, perMark: number): number {
  return count === 0 ? 0 : Math.ceil(count / perMark);
}

export function overviewPicture(counts: Counts): Picture {
  const max = Math.max(...([2, 3] as const).flatMap((g) => FINALITEITEN.map((f) => counts[g][f])));
  const perMark = Math.max(1, Math.ceil(max / (PER_LINE * LINES)));
  const rowY = (i: number) => TOP + i * ROW_HEIGHT;

  const rows: Picture['rows'] = [];
  const marks: Mark[] = [];
  for (const graad of [2, 3] as const) {
    FINALITEITEN.forEach((finaliteit, i) => {
      const box = { x: COLUMN[graad], y: rowY(i) + 4, width: CELL_WIDTH, height: ROW_HEIGHT - 8 };
      const count = counts[graad][finaliteit];
      rows.push({ finaliteit, graad, box, count });
      const { shape, colour } = FINALITEIT_MARK[finaliteit];
      for (let n = 0; n < marksPerCell(count, perMark); n++) {
        const line = Math.floor(n / PER_LINE);
        const col = n % PER_LINE;
        marks.push({
          finaliteit,
          shape,
          colour,
          x: box.x + 14 + MARK / 2 + col * (MARK + GAP),
          y: box.y + 18 + MARK / 2 + line * (MARK + GAP),
          size: MARK,
        });
      }
    });
  }

  const fullHeight = 3 * ROW_HEIGHT - 8;
  const streams: Picture['streams'] = [
    { stroom: 'A', box: { x: COLUMN[1], y: TOP + 4, width: CELL_WIDTH, height: Math.round(fullHeight * 0.62) } },
    { stroom: 'B', box: { x: COLUMN[1], y: TOP + 4 + Math.round(fullHeight * 0.62) + 8, width: CELL_WIDTH, height: fullHeight - Math.round(fullHeight * 0.62) - 8 } },
  ];

  const rowEnd = (graad: 2 | 3, i: number): [number, number] => [COLUMN[graad] + CELL_WIDTH, rowY(i) + ROW_HEIGHT / 2];
  const rowStart = (graad: 2 | 3, i: number): [number, number] => [COLUMN[graad], rowY(i) + ROW_HEIGHT / 2];
  const study: [number, number] = [AFTER_X, TOP + ROW_HEIGHT * 0.75];
  const work: [number, number] = [AFTER_X, TOP + ROW_HEIGHT * 2.25];
  const grey = '#4a4a55';
  const colour = (f: Finaliteit) => FINALITEIT_MARK[f].colour;
  const aBox = streams[0]!.box;
  const bBox = streams[1]!.box;
  const arrows: Arrow[] = [
    // A-stroom opens every finaliteit; B-stroom leads mostly to the arbeidsmarktfinaliteit.
    ...FINALITEITEN.map((_, i) => ({ from: [aBox.x + aBox.width, aBox.y + aBox.height / 2] as [number, number], to: rowStart(2, i), dashed: false, colour: grey })),
    { from: [bBox.x + bBox.width, bBox.y + bBox.height / 2], to: rowStart(2, 2), dashed: false, colour: grey },
    ...FINALITEITEN.map((f, i) => ({ from: rowEnd(2, i), to: rowStart(3, i), dashed: false, colour: colour(f) })),
    { from: rowEnd(3, 0), to: [study[0] - 26, study[1]], dashed: false, colour: colour('doorstroom') },
    { from: rowEnd(3, 1), to: [study[0] - 26, study[1] + 10], dashed: false, colour: colour('dubbele-finaliteit') },
    { from: rowEnd(3, 1), to: [work[0] - 26, work[1] - 10], dashed: false, colour: colour('dubbele-finaliteit') },
    { from: rowEnd(3, 2), to: [work[0] - 26, work[1]], dashed: false, colour: colour('arbeidsmarkt') },
    // After the arbeidsmarktfinaliteit, a bachelor needs an extra 7de jaar first: a longer, dashed way.
    { from: rowEnd(3, 2), to: [study[0] - 26, study[1] + 20], dashed: true, colour: colour('arbeidsmarkt') },
  ];

  const n = (g: 2 | 3, f: Finaliteit) => counts[g][f];
  const description =
    'Tekening van het secundair onderwijs, van links naar rechts. ' +
    'Links de 1ste graad: een groot blok voor de A-stroom en een kleiner, gestreept blok voor de B-stroom. ' +
    'Uit de A-stroom gaan pijlen naar alle drie de finaliteiten van de 2de graad; uit de B-stroom gaat een pijl naar de arbeidsmarktfinaliteit. ' +
    `Dan de 2de en de 3de graad, elk met drie rijen: doorstroom als blauwe rondjes (${n(2, 'doorstroom')} en ${n(3, 'doorstroom')} richtingen), ` +
    `dubbele finaliteit als paarse ruiten (${n(2, 'dubbele-finaliteit')} en ${n(3, 'dubbele-finaliteit')} richtingen) ` +
    `en arbeidsmarkt als oranje vierkantjes (${n(2, 'arbeidsmarkt')} en ${n(3, 'arbeidsmarkt')} richtingen). ` +
    `Eén vorm staat voor ${perMark === 1 ? 'één richting' : `ongeveer ${perMark} richtingen`}. ` +
    'Rechts wat daarna komt: een afstudeerhoed voor verder studeren in het hoger onderwijs en een koffer voor werken. ' +
    'Doorstroom leidt naar verder studeren, dubbele finaliteit naar beide, arbeidsmarkt naar werken, ' +
    'en met een stippellijn (een extra 7de jaar) ook naar verder studeren.';

  return {
    width: WIDTH,
    height: HEIGHT,
    graadPips: ([1, 2, 3] as const).map((graad) => ({ graad, x: COLUMN[graad] + CELL_WIDTH / 2, y: 22 })),
    streams,
    rows,
    marks,
    perMark,
    after: [
      { kind: 'hoger-onderwijs', x: study[0], y: study[1] },
      { kind: 'werk', x: work[0], y: work[1] },
    ],
    arrows,
    description,
  };
}

/** Count the studierichtingen of the 2de and 3de graad per finaliteit. */
export function countRichtingen(studies: { kind: string; graad: number | null; finaliteit: Finaliteit | null }[]): Counts {
  const empty = () => Object.fromEntries(FINALITEITEN.map((f) => [f, 0])) as Record<Finaliteit, number>;
  const counts: Counts = { 2: empty(), 3: empty() };
  for (const s of studies) {
    if (s.kind !== 'studierichting' || (s.graad !== 2 && s.graad !== 3) || s.finaliteit === null) continue;
    counts[s.graad][s.finaliteit] += 1;
  }
  return counts;
}
