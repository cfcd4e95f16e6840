import type { PdfPage, PdfRule, PdfTextItem } from '../../src/pdf/pdf.js';

/**
 * One page of a lampiran whose header has two rows: a top cell either stands alone (merged down over
 * both rows) or spans sub-cells (`JABATAN ESELON` over `LAMA` | `BARU`). Ruled as Writer rules it:
 * an edge inside a spanning cell starts under it. Lines above the table (a band) and rows follow.
 */
export interface SpannedPage {
  widths: number[];
  top: Array<{ text: string; span?: number; subs?: string[] }>;
  rows: string[][][];
  /** Lines printed above the table, over its left edge or centred over column `aboveOver`. */
  above?: string[];
  aboveOver?: number;
  rules?: boolean;
}

const SIZE = 9;
const LINE = SIZE * 1.25;
const PAD = 3;
const LEFT = 40;

const item = (text: string, x: number, y: number): PdfTextItem => ({
  text,
  x,
  y,
  width: text.length * SIZE * 0.5,
  height: SIZE,
});
const centred = (text: string, left: number, width: number, y: number) =>
  item(text, left + (width - text.length * SIZE * 0.5) / 2, y);

export function spannedPage(spec: SpannedPage): PdfPage {
  const edges = [LEFT];
  for (const w of spec.widths) edges.push((edges.at(-1) ?? 0) + w);
  const right = edges.at(-1) ?? 0;
  const items: PdfTextItem[] = [];
  const rules: PdfRule[] = [];
  const h = (y: number, x1 = LEFT, x2 = right) => rules.push({ x1, y1: y, x2, y2: y });
  let y = 40;
  for (const line of spec.above ?? []) {
    y += LINE;
    const k = spec.aboveOver;
    const left = edges[k ?? 0] ?? LEFT;
    items.push(k === undefined ? item(line, LEFT, y) : centred(line, left, (edges[k + 1] ?? left) - left, y));
  }
  y += LINE;
  const tableTop = y;
  const rowHeight = LINE + 2 * PAD;
  const subTop = y + rowHeight;
  const headerBottom = y + 2 * rowHeight;
  h(tableTop);
  const innerFrom = new Map<number, number>();
  let k = 0;
  for (const cell of spec.top) {
    const span = cell.span ?? 1;
    const left = edges[k] ?? 0;
    const width = (edges[k + span] ?? 0) - left;
    if (cell.subs) {
      items.push(centred(cell.text, left, width, tableTop + PAD + LINE - 2));
      h(subTop, left, left + width);
      cell.subs.forEach((sub, i) => {
        const subLeft = edges[k + i] ?? 0;
        items.push(centred(sub, subLeft, (edges[k + i + 1] ?? 0) - subLeft, subTop + PAD + LINE - 2));
        if (i > 0) innerFrom.set(k + i, subTop);
      });
    } else {
      items.push(centred(cell.text, left, width, tableTop + rowHeight + LINE / 2));
    }
    k += span;
  }
  h(headerBottom);
  y = headerBottom;
  for (const row of spec.rows) {
    const count = Math.max(...row.map((cell) => cell.length));
    row.forEach((cell, c) => {
      cell.forEach((text, i) => {
        items.push(item(text, (edges[c] ?? 0) + PAD, y + PAD + (i + 1) * LINE - 2));
      });
    });
    y += count * LINE + 2 * PAD;
    h(y);
  }
  edges.forEach((x, i) => {
    rules.push({ x1: x, y1: innerFrom.get(i) ?? tableTop, x2: x, y2: y });
  });
  items.push(item('BUPATI BANGKA,', 500, y + 3 * LINE));
  return {
    number: 1,
    width: 842,
    height: 595,
    items: items.filter((i) => i.text !== ''),
    rules: spec.rules === false ? [] : rules,
  };
}
