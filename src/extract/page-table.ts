import type { PdfPage } from '../pdf/pdf.js';
import { decreeGroup } from './decree-group.js';
import { alignedEdges, columnOf, type Edges, rowSeparators, ruledEdges } from './grid.js';
import type { LayoutLine } from './layout.js';
import { bandOf, isLevelLabel } from './level-label.js';
import { TABLE_SETTINGS, type TableSettings } from './table-settings.js';
import type { EdgesSource } from './table-trace.js';
import { isPageFooter, SIGNATURE_LINE } from './text-lines.js';

const HEADER_WORDS =
  /\b(NO|NAMA|NIP|PANGKAT|GOL|GOLONGAN|RUANG|JABATAN|LAMA|BARU|SEMULA|ESELON|ESE|ESL|UNIT|KERJA|KET|KETERANGAN|PKT)\b/gi;
export const ROW_NUMBER = /^\(?\d{1,4}\)?\.?$/;
export const LONG_DIGITS = /\d{6}/;
/** A page header repeating the LAMPIRAN block, or a running title, above a table without its header. */
const PAGE_HEAD = /^(lampiran\b|nomor\b|nomer\b|tanggal\b|tgl\b|keputusan\b|daftar\b)|^(nomor|tanggal)\s*:/i;
/** `A. JABATAN ...`, `II. ...`: a section row's enumerator. */
export const SECTION = /^([A-H]|[IVX]{1,4})\.\s+\S/;

/**
 * A title printed over the table, never a header line however many header words it holds:
 * `DAFTAR NAMA ... YANG DIANGKAT DALAM JABATAN`, the LAMPIRAN block (`NOMOR : ...`, `TANGGAL : ...`).
 */
const TITLE =
  /^(?:daftar|lampiran|tentang|keputusan|rekapitulasi|salinan|petikan)\b|^(?:nomor|nomer|tanggal|tgl)\.?\s*(?::|\d)/i;

function headerWords(text: string): number {
  return new Set((text.match(HEADER_WORDS) ?? []).map((word) => word.toUpperCase())).size;
}

/** Words a header line is made of, besides the column names: `TEMPAT, TGL LAHIR`, `YANG DIANGKAT`. */
const HEADER_FILLER =
  /^(?:tempat|tgl|tanggal|lahir|tmt|pendidikan|urut|nomor|dan|yang|diangkat|dalam|sebagai|sk)$/i;

/**
 * A line of the table's header: it names a column, and most of its words are header words (the
 * first line of a row right under the header, `Kabupaten Banjar (Eselon IV.a) terbuka ...`, names
 * ESELON but is no header).
 */
function isHeaderLine(line: LayoutLine | undefined): boolean {
  if (line === undefined || headerWords(line.text) < 1 || LONG_DIGITS.test(line.text)) return false;
  if (TITLE.test(line.text.trim())) return false;
  const words = line.text.split(/[^\p{L}]+/u).filter((word) => word.length > 0);
  const known = words.filter((word) => headerWords(word) > 0 || HEADER_FILLER.test(word)).length;
  return known * 2 >= words.length;
}

/** The line where a table header starts on a page, or -1. */
export function findHeader(lines: readonly LayoutLine[]): number {
  return lines.findIndex(
    (line) => headerWords(line.text) >= 3 && !LONG_DIGITS.test(line.text) && !TITLE.test(line.text.trim()),
  );
}

/**
 * A line over the header line found that is a title, not the top of a header cell: its words say so,
 * or one of its items runs over the starts of several header labels (a header label spans a couple
 * of sub-columns at most), or starts in the first column and runs into the second (the NO column's
 * label never spans: a title printed tight on the table, left-aligned).
 */
function isTitleOver(line: LayoutLine, header: LayoutLine, settings: TableSettings): boolean {
  if (TITLE.test(line.text.trim())) return true;
  const starts = header.items.map((item) => item.x);
  const [first, second] = starts;
  if (first === undefined) return false;
  const tolerance = settings.columnStartTolerance;
  return line.items.some((item) => {
    const end = item.x + item.width - tolerance;
    const over = starts.filter((x) => x > item.x + tolerance && x < end).length;
    return (
      over >= settings.titleSpan || (item.x <= first + tolerance && second !== undefined && second < end)
    );
  });
}

/** One page of the table: its column edges, its header lines (none on a carried page), its row bands. */
export interface PageTable {
  edges: Edges;
  edgesFrom: EdgesSource;
  header: LayoutLine[];
  groups: LayoutLine[][];
  /** The table ended on this page (a signature block under it). */
  ended: boolean;
  /** The horizontal rules that separated rows (none without rules). */
  separators: number[];
}

/** Splits a page's table into header lines and row groups, by ruling lines where there are any. */
export function headedTable(
  page: PdfPage,
  lines: readonly LayoutLine[],
  found: number,
  settings: TableSettings = TABLE_SETTINGS,
): PageTable | null {
  const start = headerStart(lines, found, settings);
  const first = lines[start];
  const top = (first?.top ?? 0) - settings.headerTopMargin;
  // The table's top rule may sit well above the header line found: a one-line label centred in a
  // tall header, whose two-line neighbour OCR lost. Only lines from the header down are banded.
  const rulesTop = first ? top - (first.y - first.top) * settings.rulesAboveHeader : top;
  const ruled = ruledEdges(page, rulesTop, settings);
  if (ruled) {
    // Every line between the table's rules: a band cell over the post column may stand above `start`.
    const { bands, separators } = banded(page, lines, ruled, rulesTop, settings);
    // A band row spanning the table over its header (`ESELON V`) is read with the header.
    while (bands.length > 1 && bands[0]?.every((line) => bandOf(line.text) !== null))
      bands.splice(0, 2, [...(bands[0] ?? []), ...(bands[1] ?? [])]);
    const [header = [], ...groups] = bands;
    return { edges: ruled, edgesFrom: 'rules', header, groups, ended: endsTable(lines, start), separators };
  }
  let headerEnd = start;
  while (headerEnd < lines.length && isHeaderLine(lines[headerEnd])) headerEnd++;
  const body = lines.slice(headerEnd);
  const rowStarts = body.filter((line) => ROW_NUMBER.test(line.items[0]?.text.trim() ?? '')).length;
  const header = lines.slice(start, headerEnd);
  const edges = alignedEdges(untilTableEnds(body, settings), rowStarts, settings, header);
  if (!edges) return null;
  const { groups, ended } = anchoredGroups(body, edges, settings);
  return { edges, edgesFrom: 'aligned', header, groups, ended, separators: [] };
}

/**
 * A page with no header of its own, inside a table that started on an earlier page: the columns of
 * the page before carry on. With ruling lines, the page's own vertical rules must stand where the
 * carried edges are; without, the carried column positions are used. Null when the page holds no
 * continuation of the table (other rules, or nothing in its columns).
 */
export function carriedTable(
  page: PdfPage,
  lines: readonly LayoutLine[],
  carried: Edges,
  settings: TableSettings = TABLE_SETTINGS,
): PageTable | null {
  const body = withoutPageHead(lines);
  if (body.length === 0) return null;
  const ruled = ruledEdges(page, Number.NEGATIVE_INFINITY, settings);
  if (ruled) {
    if (!sameEdges(ruled, carried, settings)) return null;
    const top = Math.min(...page.rules.filter((rule) => rule.x1 === rule.x2).map((rule) => rule.y1));
    const { bands: groups, separators } = banded(page, body, ruled, top - settings.ruleSlack, settings);
    return { edges: ruled, edgesFrom: 'carried', header: [], groups, ended: endsTable(body, 0), separators };
  }
  const edges = [...carried.slice(0, -1), Math.max(carried.at(-1) ?? 0, page.width)];
  const inTable = body.filter((line) => line.items.some((item) => columnOf(item, edges, settings) >= 0));
  if (inTable.length === 0) return null;
  const { groups, ended } = anchoredGroups(body, edges, settings);
  return { edges, edgesFrom: 'carried', header: [], groups, ended, separators: [] };
}

/** The lines of each band between row separators, in order; lines outside every band are dropped. */
function banded(
  page: PdfPage,
  lines: readonly LayoutLine[],
  edges: Edges,
  top: number,
  settings: TableSettings,
): { bands: LayoutLine[][]; separators: number[] } {
  const separators = withTableEnds(rowSeparators(page, edges, top, settings), page, top, settings);
  const bands: LayoutLine[][] = separators.slice(1).map(() => []);
  for (const line of lines) {
    const anchor = line.y - (line.y - line.top) * settings.bandAnchor;
    const band = separators.findIndex((y, i) => anchor > y && anchor < (separators[i + 1] ?? y));
    if (band >= 0) bands[band]?.push(line);
  }
  return { bands: bands.filter((band) => band.length > 0), separators };
}

/**
 * A row cut by a page break has no rule under it at the page's foot (nor over its rest at the next
 * page's head) in some producers: the ends of the vertical rules close the table there.
 */
function withTableEnds(separators: number[], page: PdfPage, top: number, settings: TableSettings): number[] {
  const verticals = page.rules.filter((rule) => rule.x1 === rule.x2 && rule.y2 > top + settings.ruleSlack);
  if (verticals.length === 0 || separators.length === 0) return separators;
  const ends = [Math.min(...verticals.map((rule) => rule.y1)), Math.max(...verticals.map((rule) => rule.y2))];
  const near = (y: number) => separators.some((s) => Math.abs(s - y) <= settings.samePosition * 2);
  return [...separators, ...ends.filter((y) => y > top && !near(y))].sort((a, b) => a - b);
}

function sameEdges(a: Edges, b: Edges, settings: TableSettings): boolean {
  return (
    a.length === b.length && a.every((x, i) => Math.abs(x - (b[i] ?? 0)) <= settings.carriedEdgeTolerance)
  );
}

/** Drops a page's running head (a LAMPIRAN block repeated, a page number) above a carried table. */
function withoutPageHead(lines: readonly LayoutLine[]): LayoutLine[] {
  let start = 0;
  while (start < lines.length && isRunningHead(lines[start] as LayoutLine)) start++;
  return lines.slice(start).filter((line) => !isPageFooter(line.text));
}

function isRunningHead(line: LayoutLine): boolean {
  // `NOMOR : ... TANGGAL ...` at the top of a list's page starts the next decree's rows: no head.
  if (PAGE_HEAD.test(line.text)) return decreeGroup(line.text) === null;
  return isPageFooter(line.text) || /^\d{1,3}$/.test(line.text);
}

function endsTable(lines: readonly LayoutLine[], from: number): boolean {
  return lines.slice(from).some((line) => SIGNATURE_LINE.test(line.text));
}

/** Header cells of several lines (`PANGKAT / GOL.` over `RUANG`) begin above the line found. */
function headerStart(lines: readonly LayoutLine[], found: number, settings: TableSettings): number {
  const headerLine = lines[found];
  let start = found;
  for (;;) {
    const line = lines[start];
    const above = lines[start - 1];
    if (
      !line ||
      !above ||
      !headerLine ||
      !isHeaderLine(above) ||
      isTitleOver(above, headerLine, settings) ||
      line.top - above.y > (line.y - line.top) * settings.headerLineGap
    )
      return start;
    start--;
  }
}

/** The body lines of a borderless table, up to its end (signature, footer, a wide gap). */
function untilTableEnds(lines: readonly LayoutLine[], settings: TableSettings): LayoutLine[] {
  const kept: LayoutLine[] = [];
  let rowX: number | null = null;
  for (const [index, line] of lines.entries()) {
    if (SIGNATURE_LINE.test(line.text) || isPageFooter(line.text)) break;
    const previous = kept.at(-1);
    const first = line.items[0];
    // A wide gap ends the table, unless a new row starts after it where rows start (tall rows
    // printed from a spreadsheet leave more space under a cell's text than a line); in a table
    // without numbers, a person starts at a NIP or at the name right above it.
    const unnumberedRow =
      rowX === null && (NIP_START.test(line.text) || NIP_START.test(lines[index + 1]?.text ?? ''));
    const opensRow =
      first !== undefined &&
      (SECTION.test(line.text) ||
        decreeGroup(line.text) !== null ||
        unnumberedRow ||
        (ROW_NUMBER.test(first.text.trim()) &&
          (rowX === null ||
            Math.abs(first.x - rowX) <= settings.columnStartTolerance * settings.rowNumberReach)));
    if (previous && !opensRow && line.top - previous.y > (line.y - line.top) * settings.tableGap) break;
    if (opensRow && first && ROW_NUMBER.test(first.text.trim())) rowX ??= first.x;
    kept.push(line);
  }
  return kept;
}

/** Without rules a row starts where the first column holds a number, or at a section row. */
function anchoredGroups(
  lines: readonly LayoutLine[],
  edges: Edges,
  settings: TableSettings,
): { groups: LayoutLine[][]; ended: boolean } {
  const body = untilTableEnds(lines, settings);
  const numbered = body.some((line) => {
    const first = line.items[0];
    return (
      first !== undefined && columnOf(first, edges, settings) === 0 && ROW_NUMBER.test(first.text.trim())
    );
  });
  const anchors = numbered ? new Set<number>() : nipAnchors(body, edges, settings);
  const groups: LayoutLine[][] = [];
  // A numbering row (`(1) (2) (3)`) under a repeated header is a group of its own: the rest of a
  // row cut by the page break comes right after it, with no NO to open a group.
  let closed = false;
  for (const [index, line] of body.entries()) {
    const first = line.items[0];
    // A section or label row (`JABATAN FUNGSIONAL`) is a group of its own, like a numbering row.
    // `H. GUSTI ...` opening a person in a table without numbers is a name, not section H.
    const section = SECTION.test(line.text) && !anchors.has(index);
    // So is a list's group line (`NOMOR ... TANGGAL ...`): it starts another decree's rows.
    const alone =
      isNumberingLine(line) || section || isLevelLabel(line.text) || decreeGroup(line.text) !== null;
    const opensRow =
      groups.length === 0 ||
      closed ||
      alone ||
      (first !== undefined && columnOf(first, edges, settings) === 0 && ROW_NUMBER.test(first.text.trim())) ||
      anchors.has(index) ||
      section;
    if (opensRow) groups.push([line]);
    else groups.at(-1)?.push(line);
    closed = alone;
  }
  const rest = lines.slice(body.length);
  return { groups, ended: rest.some((line) => SIGNATURE_LINE.test(line.text)) };
}

/** The start of a NIP (its birth date), also when the rest is wrapped onto the next lines. */
const NIP_START = /(?:^|\D)(?:19|20)\d{6}(?:\s?\d{6}\s?\d\s?\d{3})?(?!\d)/;

/**
 * Where rows start in a table without numbers: at each line holding a NIP, or at the line right above
 * it when that line has text in the NIP's own column (the name, with the NIP stacked under it).
 */
function nipAnchors(lines: readonly LayoutLine[], edges: Edges, settings: TableSettings): Set<number> {
  const anchors = new Set<number>();
  lines.forEach((line, index) => {
    const item = line.items.find((candidate) => NIP_START.test(candidate.text));
    if (!item) return;
    const column = columnOf(item, edges, settings);
    const above = lines[index - 1];
    const stacked =
      above !== undefined &&
      !NIP_START.test(above.text) &&
      above.items.some((candidate) => columnOf(candidate, edges, settings) === column);
    anchors.add(stacked ? index - 1 : index);
  });
  return anchors;
}

/** `1 2 3 ...` or `(1) (2) (3) ...`: each item the next number. */
function isNumberingLine(line: LayoutLine): boolean {
  const numbers = line.text.split(' ').map((word) => word.replace(/^\((\d+)\)$/, '$1'));
  return numbers.length >= 3 && numbers.every((word, i) => word === String(i + 1));
}
