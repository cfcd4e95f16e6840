import type { PdfPage, PdfRule, PdfTextItem } from '../../src/pdf/pdf.js';

/**
 * Builds attachment pages the way a layout engine would print a table, from cells given as lines of
 * text: positioned items (one per cell line, width from the character count) and, for ruled tables,
 * the ruling lines. Every way real lampiran vary is an option, so a test can build the hard case
 * directly instead of hoping a fixture shows it.
 */
export interface SyntheticColumn {
  width: number;
  header: string[];
  align?: 'left' | 'center';
}

export interface SyntheticTable {
  columns: SyntheticColumn[];
  /** Each row: its cells, each cell its lines; `{ label }` is a row spanning the table (a section). */
  rows: Array<string[][] | { label: string }>;
  rules: 'stroked' | 'none';
  /** Header on every page, or on the first only. */
  header: 'every' | 'first';
  /** A row that does not fit may be cut by the page break (its lines go on over the page). */
  breakRows: boolean;
  /** With `breakRows`: is a rule drawn under the cut part at the foot of the page? */
  closeCut?: boolean;
  /** A row of column numbers under the header (repeated with it): `plain` 1 2 3, `paren` (1) (2) (3). */
  numbering?: 'plain' | 'paren';
  /** Lines above the table on the first page (LAMPIRAN block, title), and on every page. */
  firstHead?: string[];
  runningHead?: string[];
  /** Space between those lines and the table's top, in points (a line height if not given; a title printed tight on the table: 0). */
  headGap?: number;
  /** Lines after the table (signature block). */
  after?: string[];
  fontSize?: number;
  /** Usable height of a page for the table, in points (the rest is margins). */
  pageHeight?: number;
  /** The page number the first page gets. */
  firstPage?: number;
}

const LEFT = 50;
const TOP = 50;
const PAD = 3;

export function syntheticPages(spec: SyntheticTable): PdfPage[] {
  const size = spec.fontSize ?? 9;
  const lineHeight = size * 1.25;
  const bottom = TOP + (spec.pageHeight ?? 480);
  const width = 842;
  const edges = [LEFT];
  for (const column of spec.columns) edges.push((edges.at(-1) ?? 0) + column.width);
  const right = edges.at(-1) ?? 0;
  const pages: PdfPage[] = [];
  let page: PdfPage;
  let y = 0;
  let tableTop = 0;
  const text = (value: string, x: number, baseline: number) => {
    if (value.trim() === '') return;
    page.items.push(item(value, x, baseline, size));
  };
  const hrule = (at: number) => page.rules.push({ x1: LEFT, y1: at, x2: right, y2: at });
  let tableBottom = 0;
  const closePage = () => {
    const end = tableBottom > tableTop ? tableBottom : y;
    if (spec.rules === 'stroked' && end > tableTop) {
      for (const x of edges) page.rules.push({ x1: x, y1: tableTop, x2: x, y2: end });
    }
    tableBottom = 0;
  };
  const newPage = (first: boolean) => {
    if (pages.length > 0) closePage();
    page = { number: (spec.firstPage ?? 1) + pages.length, width, height: 595, items: [], rules: [] };
    pages.push(page);
    y = TOP;
    for (const line of [...(spec.runningHead ?? []), ...(first ? (spec.firstHead ?? []) : [])]) {
      y += lineHeight;
      text(line, LEFT, y);
    }
    y += spec.headGap ?? lineHeight;
    tableTop = y;
    if (spec.rules === 'stroked') hrule(y);
    if (first || spec.header === 'every') {
      const lines = Math.max(...spec.columns.map((column) => column.header.length));
      spec.columns.forEach((column, k) => {
        column.header.forEach((line, i) => {
          text(
            line,
            place(line, edges[k] ?? 0, column.width, 'center', size),
            y + PAD + (i + 1) * lineHeight - 2,
          );
        });
      });
      y += lines * lineHeight + 2 * PAD;
      if (spec.rules === 'stroked') hrule(y);
      if (spec.numbering) {
        spec.columns.forEach((column, k) => {
          const label = spec.numbering === 'paren' ? `(${k + 1})` : String(k + 1);
          text(label, place(label, edges[k] ?? 0, column.width, 'center', size), y + PAD + lineHeight - 2);
        });
        y += lineHeight + 2 * PAD;
        if (spec.rules === 'stroked') hrule(y);
      }
    }
  };
  newPage(true);
  for (const row of spec.rows) {
    if ('label' in row) {
      if (y + lineHeight + 2 * PAD > bottom) newPage(false);
      text(row.label, LEFT + PAD, y + PAD + lineHeight - 2);
      y += lineHeight + 2 * PAD;
      if (spec.rules === 'stroked') hrule(y);
      continue;
    }
    const count = Math.max(...row.map((cell) => cell.length));
    const height = count * lineHeight + 2 * PAD;
    if (y + height > bottom && !spec.breakRows) newPage(false);
    let from = 0;
    while (from < count) {
      const fits = Math.max(0, Math.floor((bottom - y - 2 * PAD) / lineHeight));
      if (fits === 0) {
        newPage(false);
        continue;
      }
      const to = Math.min(count, from + fits);
      row.forEach((cell, k) => {
        const column = spec.columns[k] as SyntheticColumn;
        for (let i = from; i < to; i++) {
          const line = cell[i];
          if (line === undefined) continue;
          const x = place(line, edges[k] ?? 0, column.width, column.align ?? 'left', size);
          text(line, x, y + PAD + (i - from + 1) * lineHeight - 2);
        }
      });
      y += (to - from) * lineHeight + 2 * PAD;
      if (to < count) {
        if (spec.rules === 'stroked' && spec.closeCut) hrule(y);
        newPage(false);
      } else if (spec.rules === 'stroked') hrule(y);
      from = to;
    }
  }
  tableBottom = y;
  for (const line of spec.after ?? []) {
    y += lineHeight;
    text(line, LEFT + 400, y + lineHeight);
  }
  closePage();
  return pages;
}

/** Average glyph width as a share of the font size (a Times-like face). */
const GLYPH = 0.5;

function item(value: string, x: number, y: number, size: number): PdfTextItem {
  return { text: value, x, y, width: value.length * size * GLYPH, height: size };
}

function place(value: string, left: number, width: number, align: 'left' | 'center', size: number): number {
  if (align === 'left') return left + PAD;
  return left + (width - value.length * size * GLYPH) / 2;
}

export const spacedNip = (nip: string) =>
  `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;

/** The rules drawn on a page, for tests that take them away (a table read without its rules). */
export function withoutRules(pages: PdfPage[]): PdfPage[] {
  return pages.map((page) => ({ ...page, rules: [] as PdfRule[] }));
}
