import type { PdfRule, PdfTextItem } from '../pdf/page.js';

/** A rectangle in the page's deskewed points. */
export interface Cell {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Positions closer than this (points) are one line. */
const SAME = 3;

function distinct(values: number[]): number[] {
  const out: number[] = [];
  for (const value of [...values].sort((a, b) => a - b)) {
    if (out.length === 0 || value - (out.at(-1) ?? 0) > SAME) out.push(value);
  }
  return out;
}

/**
 * The cells of a ruled table's first row (its header), from the ruling lines found in a scan: the
 * band between the two topmost lines that run across the table, cut by the vertical lines that cross
 * it. OCR of a whole page often loses a header cell of two short lines beside one-line cells
 * (`PANGKAT / GOL.` over `RUANG`); read alone, such a cell comes out right.
 */
export function headerCells(rules: readonly PdfRule[]): Cell[] {
  const verticals = rules.filter((rule) => rule.x1 === rule.x2);
  if (verticals.length < 3) return [];
  const left = Math.min(...verticals.map((rule) => rule.x1));
  const right = Math.max(...verticals.map((rule) => rule.x1));
  const across = rules.filter(
    (rule) =>
      rule.y1 === rule.y2 && rule.x1 <= left + SAME * 2 && rule.x2 >= right - SAME * 2 && right - left > 100,
  );
  const [top, bottom] = distinct(across.map((rule) => rule.y1));
  if (top === undefined || bottom === undefined) return [];
  const edges = distinct(
    verticals.filter((rule) => rule.y1 <= top + SAME && rule.y2 >= bottom - SAME).map((rule) => rule.x1),
  );
  if (edges.length < 4) return [];
  return edges.slice(1).map((edge, i) => ({ left: edges[i] ?? left, top, right: edge, bottom }));
}

/** Whether an item's centre lies in the cell. */
export function inCell(item: PdfTextItem, cell: Cell): boolean {
  const x = item.x + item.width / 2;
  const y = item.y - item.height / 3;
  return x > cell.left && x < cell.right && y > cell.top && y < cell.bottom;
}

/**
 * The cell as a rectangle of the (skewed) image, in pixels: the bounding box of its corners taken
 * back through the skew, a little inside the lines.
 */
export function imageRectangle(
  cell: Cell,
  scale: number,
  slope: number,
): { left: number; top: number; width: number; height: number } {
  const corners = [
    [cell.left, cell.top],
    [cell.right, cell.top],
    [cell.left, cell.bottom],
    [cell.right, cell.bottom],
  ].map(([x = 0, y = 0]) => [(x - y * slope) * scale, (y + x * slope) * scale] as const);
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  const inset = 2;
  const left = Math.round(Math.min(...xs) + inset);
  const top = Math.round(Math.min(...ys) + inset);
  return {
    left,
    top,
    width: Math.max(1, Math.round(Math.max(...xs) - inset) - left),
    height: Math.max(1, Math.round(Math.max(...ys) - inset) - top),
  };
}
