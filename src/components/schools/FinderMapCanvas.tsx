/**
 * The schools on the finder's map, drawn on a canvas laid over the map's SVG frame: one element instead of hundreds
 * of SVG circles, texts and titles that React had to make and the browser to lay out on every filter change. The
 * canvas is hidden from screen readers like the SVG's dots were (the map is one picture with a label; the list is
 * its accessible version); a pointer on a dot or cluster shows its name(s) as the SVG's <title> did.
 */
import { useLayoutEffect, useRef, type PointerEvent } from 'react';
import { markAt, type MapMark } from '../../lib/schools/map-marks.ts';

interface Props {
  /** The size of the picture in the map's units (the SVG's viewBox). */
  width: number;
  height: number;
  marks: readonly MapMark[];
}

/**
 * Pixels per map unit for `shown` device pixels across the map: sharp on the screen at the map's largest size and on
 * paper (at least 2), at most 3 (memory on a phone).
 */
const pixelScale = (shown: number, width: number) => Math.min(3, Math.max(2, Math.ceil(shown / width)));
/** How many device pixels wide the map can be: its largest width (40rem) or the window's. Read once: reading the window's width can make the browser lay out the page. */
const shownPixels = () => (window.devicePixelRatio || 1) * Math.min(window.innerWidth || 640, 640);

interface Colours {
  accent: string;
  home: string;
  font: string;
}

/** Circles of one look in one path: one fill and one stroke for a whole layer (a call per dot was most of the cost). */
function circles(context: CanvasRenderingContext2D, marks: readonly MapMark[], fill: string, stroke: string, width: number) {
  if (marks.length === 0) return;
  context.beginPath();
  for (const m of marks) {
    context.moveTo(m.x + m.r, m.y);
    context.arc(m.x, m.y, m.r, 0, 2 * Math.PI);
  }
  context.fillStyle = fill;
  context.fill();
  context.strokeStyle = stroke;
  context.lineWidth = width;
  context.stroke();
}

/** Draws the marks layer by layer, in the order schoolMarks gives them (small dots, clusters, numbered dots, the place). */
function draw(canvas: HTMLCanvasElement, width: number, height: number, marks: readonly MapMark[], colours: Colours) {
  const context = canvas.getContext('2d');
  if (!context) return;
  const scale = canvas.width / width;
  context.setTransform(scale, 0, 0, scale, 0, 0);
  context.clearRect(0, 0, width, height);
  const small = marks.filter((m) => m.kind === 'school' && !m.text);
  const clusters = marks.filter((m) => m.kind === 'cluster');
  const numbered = marks.filter((m) => m.kind === 'school' && m.text);
  circles(context, small, colours.accent, '#fff', 1);
  circles(context, clusters, '#fff', colours.accent, 2);
  context.textAlign = 'center';
  context.font = `700 9px ${colours.font}`;
  context.fillStyle = colours.accent;
  for (const m of clusters) context.fillText(m.text, m.x, m.y + 3.2);
  circles(context, numbered, colours.accent, '#fff', 1);
  context.fillStyle = '#fff';
  for (const m of numbered) context.fillText(m.text, m.x, m.y + 3.2);
  for (const m of marks) {
    if (m.kind !== 'home') continue;
    context.fillStyle = colours.home;
    context.strokeStyle = '#fff';
    context.lineWidth = 1.5;
    context.fillRect(m.x - m.r, m.y - m.r, 2 * m.r, 2 * m.r);
    context.strokeRect(m.x - m.r, m.y - m.r, 2 * m.r, 2 * m.r);
  }
}

export default function FinderMapCanvas({ width, height, marks }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const colours = useRef<Colours | null>(null);
  const shown = useRef(0);
  // Drawn in the same commit as the list and the sentence, so the map never shows another search than they do.
  useLayoutEffect(() => {
    const element = canvas.current;
    if (!element) return;
    if (!colours.current) {
      const style = getComputedStyle(element);
      colours.current = { accent: style.getPropertyValue('--accent').trim() || '#0b4f9c', home: '#9b1c1c', font: style.fontFamily || 'sans-serif' };
    }
    // Sized once per picture size (setting the size clears the canvas and allocates it again).
    if (!shown.current) shown.current = shownPixels();
    const scale = pixelScale(shown.current, width);
    if (element.width !== Math.round(width * scale) || element.height !== Math.round(height * scale)) {
      element.width = Math.round(width * scale);
      element.height = Math.round(height * scale);
    }
    draw(element, width, height, marks, colours.current);
  }, [width, height, marks]);

  const point = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return { x: ((event.clientX - box.left) / box.width) * width, y: ((event.clientY - box.top) / box.height) * height };
  };
  return (
    <canvas
      ref={canvas}
      aria-hidden="true"
      onPointerMove={(event) => {
        const { x, y } = point(event);
        const mark = markAt(marks, x, y, event.pointerType === 'mouse' ? 1 : 4);
        event.currentTarget.title = mark?.title ?? '';
        event.currentTarget.style.cursor = mark ? 'help' : '';
      }}
      onPointerLeave={(event) => {
        event.currentTarget.title = '';
      }}
    />
  );
}
