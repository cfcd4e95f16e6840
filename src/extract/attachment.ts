import { levelFromText } from '../domain/echelon.js';
import type { Level } from '../domain/level.js';
import { type Spoken, say } from '../i18n/said.js';
import type { PdfPage } from '../pdf/pdf.js';
import { buildAppointee } from './appointee.js';
import { blockSegments } from './attachment-sections.js';
import {
  type ColumnMap,
  type Field,
  fieldOfPath,
  isNumberingRow,
  matchHeaderPaths,
  pathText,
  rowCells,
} from './columns.js';
import { addGroup, type DecreeGroup, decreeGroup } from './decree-group.js';
import type { AppointeeRecord, AttachmentTable, TableRow } from './document.js';
import { cellTexts, type Edges } from './grid.js';
import { headerTree } from './header-tree.js';
import { type LayoutLine, pageLines } from './layout.js';
import { type Band, bandOf, isLevelLabel } from './level-label.js';
import { completesNip } from './nip-cut.js';
import { carriedTable, findHeader, headedTable, LONG_DIGITS, type PageTable, SECTION } from './page-table.js';
import { TABLE_SETTINGS, type TableSettings } from './table-settings.js';
import type { BandKind, PageTrace } from './table-trace.js';

export type { AttachmentTable, Doubt, TableRow } from './document.js';

export const NIP_DIGITS = /\d{8}\s?\d{6}\s?\d\s?\d{3}/;

/** The level a section or label row spanning the table gives the rows under it, or null for another row. */
export function sectionLevel(cells: readonly string[]): Level | null {
  const filled = cells.filter((cell) => cell.trim() !== '');
  const text = filled.join(' ').replace(/\s+/g, ' ').trim();
  if (LONG_DIGITS.test(text)) return null;
  // A spanning label's words may fall in several columns (`B.` | `JABATAN ADMINISTRATOR (ESELON` |
  // `III)`); a person's row never starts with a letter enumerator.
  if (SECTION.test(text) && filled.length <= 4) return levelFromText(text);
  if (isLevelLabel(text) && filled.length <= 3) return levelFromText(text);
  return null;
}

interface Table {
  edges: Edges;
  map: ColumnMap;
  fields: Array<Field | null>;
  paths: string[];
  /** The NO column held numbers: a band without one continues the row above. */
  numbered: boolean;
}

/** Reads the attachment table on the given pages into appointees, page by page. */
export function extractAttachment(
  pages: readonly PdfPage[],
  attachmentPages: readonly number[],
  settings: TableSettings = TABLE_SETTINGS,
): AttachmentTable {
  const result: AttachmentTable = { records: [], rows: [], doubts: [], found: false, groups: [], trace: [] };
  let table: Table | null = null;
  let level: Level | undefined;
  let restart = false;
  // A group line starts another decree's rows: its level and numbering start afresh. The same line
  // again (over every page, as a running head) starts nothing.
  const startGroup = (group: DecreeGroup, page: number) => {
    if (!addGroup(result.groups, group, result.records.length, page)) return;
    level = undefined;
    restart = true;
  };
  // A LAMPIRAN block printed under the end of the table before it (Lampiran II right under Lampiran
  // I's last row) ends that table: the page is read in parts, as if the block started a page.
  const parts = pages
    .filter((p) => attachmentPages.includes(p.number))
    .flatMap((whole) =>
      blockSegments(pageLines(whole), whole).map((part, i) => ({ whole, first: i === 0, ...part })),
    );
  for (const { whole, first, lines, rules } of parts) {
    const page = rules === whole.rules ? whole : { ...whole, rules };
    const trace: PageTrace = first
      ? {
          page: page.number,
          width: page.width,
          height: page.height,
          items: page.items,
          rules: whole.rules,
          edges: null,
          edgesFrom: null,
          fields: [],
          bands: [],
        }
      : (result.trace.at(-1) as PageTrace);
    if (first) result.trace.push(trace);
    const doubt = ({ message, said }: Spoken) => {
      // The picture names its page itself: its note is the message without `page N: `.
      trace.note = message.slice(`page ${page.number}: `.length);
      result.doubts.push({ page: page.number, code: 'attachment-uncertain', message, said });
    };
    if (lines.length === 0) {
      // A lampiran pasted into the decree as a picture: nothing to read without OCR.
      doubt(say('attachment-uncertain/no-text', { page: page.number }));
      continue;
    }
    // Two NIPs at least: one alone is a signatory's or a certifier's under the table, not people.
    const holdsNips = lines.filter((line) => NIP_DIGITS.test(line.text)).length >= 2;
    const headerAt = findHeader(lines);
    let pageTable: PageTable | null;
    let headerCells: string[] = [];
    if (headerAt >= 0) {
      pageTable = headedTable(page, lines, headerAt, settings);
      if (!pageTable) {
        doubt(say('attachment-uncertain/no-columns', { page: page.number }));
        continue;
      }
      const tree = headerTree(pageTable.header, pageTable.edges, page.rules, settings);
      headerCells = tree.paths.map(pathText);
      const map = matchHeaderPaths(tree.paths);
      if (!map) {
        const header = headerCells.filter(Boolean).join(' | ');
        doubt(say('attachment-uncertain/header-unknown', { page: page.number, header }));
        continue;
      }
      table = {
        edges: pageTable.edges,
        map,
        fields: tree.paths.map(fieldOfPath),
        paths: headerCells,
        numbered: stillNumbered(table, map),
      };
      result.found = true;
      const above = groupAbove(lines, pageTable.header);
      if (above) startGroup(above, page.number);
      // A band names the level of every row under it, until a section row or another band.
      const band = tree.band ?? bandAbove(lines, pageTable.header, settings);
      if (band && band.level !== level) {
        level = band.level;
        restart = true;
      }
    } else if (table !== null) {
      const carried: Table = table;
      pageTable = carriedTable(page, lines, carried.edges, settings);
      if (!pageTable) {
        if (holdsNips) doubt(say('attachment-uncertain/not-carried', { page: page.number }));
        table = null;
        continue;
      }
      // A borderless page widens the last column to its margin for itself only.
      if (page.rules.length > 0) table = { ...carried, edges: pageTable.edges };
    } else {
      if (holdsNips) doubt(say('attachment-uncertain/no-header', { page: page.number }));
      continue;
    }
    const current: Table = table;
    trace.edges = pageTable.edges;
    trace.edgesFrom = pageTable.edgesFrom;
    trace.separators = pageTable.separators;
    trace.ended = pageTable.ended;
    trace.fields = current.fields;
    trace.paths = current.paths;
    const band = (group: readonly LayoutLine[], kind: BandKind, cells: string[], row?: number) =>
      trace.bands.push({
        kind,
        top: Math.min(...group.map((line) => line.top)),
        bottom: Math.max(...group.map((line) => line.y)),
        row,
        cells,
      });
    if (pageTable.header.length > 0) band(pageTable.header, 'header', headerCells);
    let firstOnPage = true;
    for (const group of pageTable.groups) {
      const cells = cellTexts(group, current.edges, settings);
      if (isNumberingRow(cells)) {
        band(group, 'numbering', cells);
        continue;
      }
      if (cells.some((cell) => /^(jumlah|total)\b/i.test(cell.trim()))) {
        band(group, 'total', cells);
        continue;
      }
      const decree = decreeGroup(cells.join(' '));
      if (decree) {
        startGroup(decree, page.number);
        // The row under it starts afresh: it continues no row of the page before.
        firstOnPage = false;
        band(group, 'decree', cells);
        continue;
      }
      const previous = result.rows.at(-1);
      // The last digits of a NIP cut by the page break are short too, but make the NIP whole.
      const nipRest =
        firstOnPage && previous !== undefined && completesNip(cells, previous.cells, current.map);
      // The numbering row as OCR reads it (`2 3 4`, `(6) 161)`): right under the header, no cell longer than four characters.
      if (firstOnPage && pageTable.header.length > 0 && isShortRow(cells) && !nipRest) {
        band(group, 'ignored', cells);
        continue;
      }
      const section = sectionLevel(cells);
      if (section) {
        level = section;
        restart = true;
        band(group, 'section', cells);
        continue;
      }
      const picked = rowCells(cells, current.map);
      if (previous && (nipRest || continues(picked, cells, previous, current, firstOnPage))) {
        // The rest of the row above: cut by a page break, or a NIP printed on a row of its own.
        previous.cells = previous.cells.map((cell, k) => [cell, cells[k] ?? ''].filter(Boolean).join('\n'));
        const row = result.records.length;
        result.records[row - 1] = build(previous, current.map, row, level);
        band(group, 'continuation', cells, row);
        continue;
      }
      firstOnPage = false;
      const numberedRow = picked.no !== undefined && /\d/.test(picked.no);
      if (previous && current.numbered && current.map.no !== undefined && !numberedRow) {
        // In a numbered table a row without NO continues the one above, unless both hold a NIP:
        // then it is read as a person of its own, and the count cannot be vouched for.
        const { message, said } = say('attachment-uncertain/nip-row', {});
        result.doubts.push({ page: page.number, code: 'attachment-uncertain', message, said });
      }
      if (numberedRow) current.numbered = true;
      const row: TableRow = {
        page: page.number,
        cells,
        no: picked.no?.trim() ?? null,
        restart,
        ...(group[0] ? { y: group[0].y } : {}),
      };
      restart = false;
      result.rows.push(row);
      result.records.push(build(row, current.map, result.records.length + 1, level));
      band(group, 'person', cells, result.records.length);
    }
    if (pageTable.ended) table = null;
  }
  return result;
}

/**
 * A band continues the row above when it has no NO of its own in a numbered table (anywhere: a NIP
 * on a row of its own; the rest of a row cut by a page break), or, in a table without numbers, when
 * it opens a page and names nobody new. Never when both hold a NIP: that is a second person whose
 * NO was lost, and joining them would hide one.
 */
function continues(
  picked: ReturnType<typeof rowCells>,
  cells: readonly string[],
  previous: TableRow,
  table: Table,
  firstOnPage: boolean,
): boolean {
  if (picked.no && /\d/.test(picked.no)) return false;
  const hasNip = NIP_DIGITS.test(cells.join(' ').replace(/\n/g, ' '));
  const previousNip = NIP_DIGITS.test(previous.cells.join(' ').replace(/\n/g, ' '));
  if (hasNip && previousNip) return false;
  if (table.numbered && table.map.no !== undefined) return true;
  return firstOnPage && !hasNip && !/\d{8}/.test(cells.join(' '));
}

/** A header repeated on the next page is the same table: what its rows showed still holds. */
function stillNumbered(before: Table | null, map: ColumnMap): boolean {
  return before?.numbered === true && map.no === before.map.no;
}

/**
 * A band printed just above the table's header, outside its rules: `ESELON V` over the table, the
 * lampiran's only word on the level.
 */
function bandAbove(
  lines: readonly LayoutLine[],
  header: readonly LayoutLine[],
  settings: TableSettings,
): Band | null {
  const first = header[0];
  if (!first) return null;
  const at = lines.indexOf(first);
  const height = first.y - first.top;
  let below = first;
  for (const line of lines.slice(Math.max(0, at - settings.bandLines), Math.max(0, at)).reverse()) {
    if (below.top - line.y > height * settings.bandGap) return null;
    const band = bandOf(line.text);
    if (band) return band;
    below = line;
  }
  return null;
}

/** A group line printed above the page's table header, under the list's title: the rows below are its decree's. */
function groupAbove(lines: readonly LayoutLine[], header: readonly LayoutLine[]): DecreeGroup | null {
  const first = header[0];
  const at = first ? lines.indexOf(first) : -1;
  for (let i = at - 1; i >= 0; i--) {
    const found = decreeGroup((lines[i] as LayoutLine).text);
    if (found) return found;
  }
  return null;
}

function isShortRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim().length <= 4) && cells.some((cell) => cell.trim() !== '');
}

function build(row: TableRow, map: ColumnMap, number: number, level: Level | undefined): AppointeeRecord {
  return buildAppointee(rowCells(row.cells, map), number, { page: row.page, sectionLevel: level });
}
