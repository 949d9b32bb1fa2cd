/**
 * The schools on the finder's map, drawn inside its SVG as a few paths (every dot of one look in one path) and the
 * numbers as text: a few dozen elements instead of about 240 circles, texts and titles that React had to make and
 * the browser to style and lay out on every filter change. (A canvas was tried: in Chromium without a GPU its
 * pixels are drawn on the main thread, which cost more than the elements it saved.) The marks are hidden from
 * screen readers like the dots were: the map is one picture with a label, the list is its accessible version. A
 * pointer on a dot or cluster shows its name(s), as the SVG's <title> elements did, found by hit testing.
 */
import type { PointerEvent } from 'react';
import { markAt, type MapMark } from '../../lib/schools/map-marks.ts';

const round = (v: number) => Math.round(v * 10) / 10;
/** One path of circles: each a move and two half arcs. */
const circlesPath = (marks: readonly MapMark[]) =>
  marks.map((m) => `M${round(m.x - m.r)} ${m.y}a${m.r} ${m.r} 0 1 0 ${round(2 * m.r)} 0a${m.r} ${m.r} 0 1 0 ${round(-2 * m.r)} 0`).join('');

/** The marks as SVG, in the order schoolMarks gives them: small dots, clusters, numbered dots, then the place. */
export function MarkLayers({ marks }: { marks: readonly MapMark[] }) {
  const small = marks.filter((m) => m.kind === 'school' && !m.text);
  const clusters = marks.filter((m) => m.kind === 'cluster');
  const numbered = marks.filter((m) => m.kind === 'school' && m.text);
  const home = marks.find((m) => m.kind === 'home');
  // The counts and numbers in one list after the dots (a cluster never overlaps a dot: clustering merged those), so a
  // new search refills the same text elements instead of removing and adding some in each of two lists.
  const labelled = [...clusters, ...numbered];
  return (
    <g aria-hidden="true">
      {small.length > 0 && <path d={circlesPath(small)} className="school-dots" />}
      {clusters.length > 0 && <path d={circlesPath(clusters)} className="school-clusters" />}
      {numbered.length > 0 && <path d={circlesPath(numbered)} className="school-dots" />}
      {labelled.map((m, i) => <text key={i} x={m.x} y={round(m.y + 3.2)} textAnchor="middle" className={m.kind === 'cluster' ? 'cluster-count' : 'dot-number'}>{m.text}</text>)}
      {home && <rect x={home.x - home.r} y={home.y - home.r} width={2 * home.r} height={2 * home.r} className="map-home" />}
    </g>
  );
}

/**
 * A transparent layer over the map that names the mark under the pointer (the browser's tooltip, from `title`).
 * `width` and `height` are the picture's size in the map's units.
 */
export function MarkPointer({ marks, width, height }: { marks: readonly MapMark[]; width: number; height: number }) {
  const name = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const x = ((event.clientX - box.left) / box.width) * width;
    const y = ((event.clientY - box.top) / box.height) * height;
    const mark = markAt(marks, x, y, event.pointerType === 'mouse' ? 1 : 4);
    event.currentTarget.title = mark?.title ?? '';
    event.currentTarget.style.cursor = mark ? 'help' : '';
  };
  return <div className="map-pointer" aria-hidden="true" onPointerMove={name} onPointerLeave={(event) => (event.currentTarget.title = '')} />;
}
