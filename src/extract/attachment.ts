import { levelFromText } from '../domain/echelon.js';
import type { Level } from '../domain/level.js';
import type { PdfPage } from '../sources/pdf.js';
import { buildAppointee } from './appointee.js';
import { type ColumnMap, isNumberingRow, matchHeader, rowCells } from './columns.js';
import type { AppointeeRecord } from './document.js';
import {
  alignedEdges,
  cellTexts,
  columnOf,
  columnsSpanned,
  type Edges,
  rowSeparators,
  ruledEdges,
} from './grid.js';
import { type LayoutLine, pageLines } from './layout.js';
import { isPageFooter } from './text-lines.js';

/** One row of the attachment as read, before it becomes an appointee. */
export interface TableRow {
  page: number;
  cells: string[];
  /** The row's NO cell, and whether a section row restarted the numbering before it. */
  no: string | null;
  restart: boolean;
}

export interface AttachmentTable {
  records: AppointeeRecord[];
  rows: TableRow[];
  /** Why the reconstruction may be wrong; empty when it checked out. */
  doubts: string[];
  found: boolean;
}

const HEADER_WORDS =
  /\b(NO|NAMA|NIP|PANGKAT|GOL|GOLONGAN|RUANG|JABATAN|LAMA|BARU|SEMULA|ESELON|UNIT|KERJA|KET|KETERANGAN)\b/gi;
const ROW_NUMBER = /^\(?\d{1,4}\)?\.?$/;
const SECTION = /^([A-H]|[IVX]{1,4})\.\s+\S/;
/** The signature block under the table: `Ditetapkan di ...`, `GUBERNUR ...,`. */
const SIGNATURE = /^ditetapkan\b|^(a\.n\.\s*)?(gubernur|bupati|wali ?kota|pj\.)\b.*,$/i;
const LONG_DIGITS = /\d{6}/;

function headerWords(text: string): number {
  return new Set((text.match(HEADER_WORDS) ?? []).map((word) => word.toUpperCase())).size;
}

/** Header texts per column; a label spanning columns (`JABATAN` over `LAMA`/`BARU`) prefixes each. */
function headerTexts(lines: readonly LayoutLine[], edges: Edges): string[] {
  const texts: string[][] = Array.from({ length: edges.length - 1 }, () => []);
  for (const line of lines) {
    for (const item of line.items) {
      if (/^\(?\d{1,2}\)?$/.test(item.text.trim())) continue;
      const spanned = columnsSpanned(item, edges);
      const targets = spanned.length > 1 ? spanned : [columnOf(item, edges)];
      for (const k of targets) if (k >= 0) texts[k]?.push(item.text.trim());
    }
  }
  return texts.map((words) => words.join(' '));
}

interface PageTable {
  edges: Edges;
  header: LayoutLine[];
  groups: LayoutLine[][];
}

/** Splits a page's table into header lines and row groups, by ruling lines where there are any. */
function pageTable(page: PdfPage, lines: LayoutLine[], found: number): PageTable | null {
  const start = headerStart(lines, found);
  const first = lines[start];
  const top = (first?.top ?? 0) - 3;
  const below = lines.slice(start);
  // The table's top rule may sit well above the header line found: a one-line label centred in a
  // tall header, whose two-line neighbour OCR lost. Only lines from the header down are banded.
  const rulesTop = first ? top - (first.y - first.top) * 2 : top;
  const ruled = ruledEdges(page, rulesTop);
  if (ruled) {
    const separators = rowSeparators(page, ruled, rulesTop);
    const bands: LayoutLine[][] = separators.slice(1).map(() => []);
    for (const line of below) {
      const middle = line.y - (line.y - line.top) * 0.35;
      const band = separators.findIndex((y, i) => middle > y && middle < (separators[i + 1] ?? y));
      if (band >= 0) bands[band]?.push(line);
    }
    const [header = [], ...groups] = bands.filter((band) => band.length > 0);
    return { edges: ruled, header, groups };
  }
  let headerEnd = start;
  while (headerEnd < lines.length && isHeaderLine(lines[headerEnd])) headerEnd++;
  const rowStarts = below.filter((line) => ROW_NUMBER.test(line.items[0]?.text.trim() ?? '')).length;
  const edges = alignedEdges(lines.slice(headerEnd), rowStarts);
  if (!edges) return null;
  return {
    edges,
    header: lines.slice(start, headerEnd),
    groups: anchoredGroups(lines.slice(headerEnd), edges),
  };
}

/** Header cells of several lines (`PANGKAT / GOL.` over `RUANG`) begin above the line found. */
function headerStart(lines: readonly LayoutLine[], found: number): number {
  let start = found;
  for (;;) {
    const line = lines[start];
    const above = lines[start - 1];
    if (!line || !above || !isHeaderLine(above) || line.top - above.y > (line.y - line.top) * 1.2)
      return start;
    start--;
  }
}

function isHeaderLine(line: LayoutLine | undefined): boolean {
  return line !== undefined && headerWords(line.text) >= 1 && !LONG_DIGITS.test(line.text);
}

/** Without rules a row starts where the first column holds a number, or at a section row. */
function anchoredGroups(lines: readonly LayoutLine[], edges: Edges): LayoutLine[][] {
  const groups: LayoutLine[][] = [];
  let previous: LayoutLine | null = null;
  for (const line of lines) {
    if (SIGNATURE.test(line.text) || isPageFooter(line.text)) break;
    const height = line.y - line.top;
    if (previous && line.top - previous.y > height * 2.5) break;
    const first = line.items[0];
    const opensRow =
      groups.length === 0 ||
      (first !== undefined && columnOf(first, edges) === 0 && ROW_NUMBER.test(first.text.trim())) ||
      SECTION.test(line.text);
    if (opensRow) groups.push([line]);
    else groups.at(-1)?.push(line);
    previous = line;
  }
  return groups;
}

function sectionLevel(cells: readonly string[]): Level | null {
  const filled = cells.filter((cell) => cell.trim() !== '');
  const text = filled.join(' ').replace(/\s+/g, ' ').trim();
  if (filled.length > 2 || !SECTION.test(text) || LONG_DIGITS.test(text)) return null;
  return levelFromText(text);
}

/** Reads the attachment table on the given pages into appointees, page by page. */
export function extractAttachment(
  pages: readonly PdfPage[],
  attachmentPages: readonly number[],
): AttachmentTable {
  const result: AttachmentTable = { records: [], rows: [], doubts: [], found: false };
  let map: ColumnMap | null = null;
  let level: Level | undefined;
  let restart = false;
  for (const page of pages.filter((p) => attachmentPages.includes(p.number))) {
    const lines = pageLines(page);
    const start = lines.findIndex((line) => headerWords(line.text) >= 3);
    if (start < 0) {
      if (map && lines.some((line) => /\d{8}\s?\d{6}\s?\d\s?\d{3}/.test(line.text))) {
        result.doubts.push(`page ${page.number} holds NIPs but no table header`);
      }
      continue;
    }
    const table = pageTable(page, lines, start);
    if (!table) {
      result.doubts.push(`page ${page.number}: the table's columns could not be found`);
      continue;
    }
    const header = matchHeader(headerTexts(table.header, table.edges));
    if (!header) {
      result.doubts.push(`page ${page.number}: the table header was not recognised`);
      continue;
    }
    map = header;
    result.found = true;
    let firstOnPage = true;
    for (const group of table.groups) {
      const cells = cellTexts(group, table.edges);
      if (isNumberingRow(cells) || cells.some((cell) => /^(jumlah|total)\b/i.test(cell.trim()))) continue;
      // The numbering row as OCR reads it (`2 3 4`, `(6) 161)`): right under the header, no cell longer than four characters.
      if (firstOnPage && isShortRow(cells)) continue;
      const section = sectionLevel(cells);
      if (section) {
        level = section;
        restart = true;
        continue;
      }
      const picked = rowCells(cells, map);
      const previous = result.rows.at(-1);
      if (firstOnPage && previous && !picked.no && !picked.nip && !/\d{8}/.test(cells.join(' '))) {
        // A row the page break cut in two: its rest continues the last row of the page before.
        previous.cells = previous.cells.map((cell, k) => [cell, cells[k] ?? ''].filter(Boolean).join('\n'));
        const row = result.records.length;
        result.records[row - 1] = build(previous, map, row, level);
        continue;
      }
      firstOnPage = false;
      const row: TableRow = { page: page.number, cells, no: picked.no?.trim() ?? null, restart };
      restart = false;
      result.rows.push(row);
      result.records.push(build(row, map, result.records.length + 1, level));
    }
  }
  return result;
}

function isShortRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim().length <= 4) && cells.some((cell) => cell.trim() !== '');
}

function build(row: TableRow, map: ColumnMap, number: number, level: Level | undefined): AppointeeRecord {
  return buildAppointee(rowCells(row.cells, map), number, { page: row.page, sectionLevel: level });
}
