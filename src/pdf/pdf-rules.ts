import type { PdfRule } from './page.js';

/** Thicker than this, a filled rectangle is a shape (a shaded cell), not a ruling line. */
const RULE_THICKNESS = 2.5;

export type Point = [number, number];

/** An affine matrix [a, b, c, d, e, f] as PDF writes it. */
export type Matrix = number[];

export function apply(m: Matrix, x: number, y: number): Point {
  return [(m[0] ?? 1) * x + (m[2] ?? 0) * y + (m[4] ?? 0), (m[1] ?? 0) * x + (m[3] ?? 1) * y + (m[5] ?? 0)];
}

/** `first` then `second`, as pdf.js `Util.transform(second, first)` composes them. */
export function multiply(second: Matrix, first: Matrix): Matrix {
  const [a1 = 1, b1 = 0, c1 = 0, d1 = 1, e1 = 0, f1 = 0] = second;
  const [a2 = 1, b2 = 0, c2 = 0, d2 = 1, e2 = 0, f2 = 0] = first;
  return [
    a1 * a2 + c1 * b2,
    b1 * a2 + d1 * b2,
    a1 * c2 + c1 * d2,
    b1 * c2 + d1 * d2,
    a1 * e2 + c1 * f2 + e1,
    b1 * e2 + d1 * f2 + f1,
  ];
}

/** The lines of a stroked path: its horizontal and vertical segments longer than 2 pt. */
export function strokedSegments(subpaths: readonly Point[][]): PdfRule[] {
  const rules: PdfRule[] = [];
  for (const points of subpaths) {
    for (let i = 1; i < points.length; i++) {
      const [x1, y1] = points[i - 1] as Point;
      const [x2, y2] = points[i] as Point;
      if (Math.abs(y1 - y2) < 0.5 && Math.abs(x1 - x2) > 2) rules.push(ordered(x1, y1, x2, y1));
      else if (Math.abs(x1 - x2) < 0.5 && Math.abs(y1 - y2) > 2) rules.push(ordered(x1, y1, x1, y2));
    }
  }
  return rules;
}

/** The lines of a filled path: each subpath whose bounds are thin enough to be a rule, as its centre line. */
export function thinRectangles(subpaths: readonly Point[][]): PdfRule[] {
  const rules: PdfRule[] = [];
  for (const points of subpaths) {
    const xs = points.map(([x]) => x);
    const ys = points.map(([, y]) => y);
    const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const width = right - left;
    const height = bottom - top;
    if (height <= RULE_THICKNESS && width > 2)
      rules.push({ x1: left, y1: (top + bottom) / 2, x2: right, y2: (top + bottom) / 2 });
    else if (width <= RULE_THICKNESS && height > 2)
      rules.push({ x1: (left + right) / 2, y1: top, x2: (left + right) / 2, y2: bottom });
  }
  return rules;
}

function ordered(x1: number, y1: number, x2: number, y2: number): PdfRule {
  return { x1: Math.min(x1, x2), y1: Math.min(y1, y2), x2: Math.max(x1, x2), y2: Math.max(y1, y2) };
}

/** A page's box and /Rotate turned into the transform from PDF space to points from the top-left (pdf.js `PageViewport` at scale 1). */
export function viewportOf(
  box: readonly [number, number, number, number],
  rotate: number,
): { transform: Matrix; width: number; height: number } {
  const [x0, y0, x1, y1] = box;
  const centerX = (x0 + x1) / 2;
  const centerY = (y0 + y1) / 2;
  const turn = ((rotate % 360) + 360) % 360;
  const [a, b, c, d] =
    turn === 90 ? [0, 1, 1, 0] : turn === 180 ? [-1, 0, 0, 1] : turn === 270 ? [0, -1, -1, 0] : [1, 0, 0, -1];
  const sideways = a === 0;
  const offsetX = sideways ? Math.abs(centerY - y0) : Math.abs(centerX - x0);
  const offsetY = sideways ? Math.abs(centerX - x0) : Math.abs(centerY - y0);
  return {
    transform: [a, b, c, d, offsetX - a * centerX - c * centerY, offsetY - b * centerX - d * centerY],
    width: sideways ? y1 - y0 : x1 - x0,
    height: sideways ? x1 - x0 : y1 - y0,
  };
}
