import type { Level } from '../domain/level.js';
import { say } from '../i18n/said.js';
import type { WordBlock, WordRow } from '../sources/word.js';
import { buildAppointee } from './appointee.js';
import { type AttachmentTable, NIP_DIGITS, sectionLevel, type TableRow } from './attachment.js';
import {
  type ColumnMap,
  type Field,
  isNumberingRow,
  matchHeader,
  matchHeaderPaths,
  pathText,
  rowCells,
  spannedHeaderPaths,
} from './columns.js';
import { addGroup, decreeGroup } from './decree-group.js';
import { bandOf } from './level-label.js';
import { endsTable } from './roster-rows.js';

/** Rows of a table looked through for its header: a title or the LAMPIRAN block may come first. */
const HEADER_SEARCH_ROWS = 12;
const TOTALS = /^(jumlah|total|jml)\b/i;
/** Columns never filled from a cell merged down: a person's own cells, and the NO that counts them. */
const OWN_FIELDS: readonly Field[] = ['no', 'name', 'nip', 'nameNip'];

interface Header {
  cells: string[];
  map: ColumnMap;
}

const sameColumns = (a: ColumnMap, b: ColumnMap) => JSON.stringify(a) === JSON.stringify(b);
const isEmpty = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');
const holdsNip = (cells: readonly string[]) => NIP_DIGITS.test(cells.join(' ').replace(/\n/g, ' '));

/**
 * The header at the top of a table (a spanned header's two rows joined), the row after it, and the
 * level a band in the header names (`ADMINISTRATOR/ESELON - III` over the post column).
 */
function tableHeader(rows: readonly WordRow[]): { header: Header; next: number; band: Level | null } | null {
  for (let at = 0; at < Math.min(rows.length, HEADER_SEARCH_ROWS); at++) {
    const cells = rows[at]?.cells ?? [];
    const map = matchHeader(cells);
    if (!map) continue;
    const band = cells.map(bandOf).find((found) => found !== null)?.level ?? null;
    const paths = spannedHeaderPaths(cells, rows[at + 1]?.cells ?? []);
    const joinedMap = paths ? matchHeaderPaths(paths) : null;
    if (paths && joinedMap)
      return { header: { cells: paths.map(pathText), map: joinedMap }, next: at + 2, band };
    return { header: { cells, map }, next: at + 1, band };
  }
  return null;
}

/**
 * Reads the lampiran tables of a word-processor document, cell by cell: the same rules as a printed
 * table (numbering and totals rows, section rows giving the level, a row without NO continuing the
 * person above, the signature block ending the table, group lines `NOMOR ... TANGGAL ...` starting
 * another decree's rows), with no layout to guess. A table that goes on in a second table (split at
 * a page break, or at a group line typed as a paragraph between them) carries the first one's
 * header, whether it repeats it or not; a header row marked to repeat is read once. Paragraphs
 * among the blocks are read for group lines only.
 */
export function cellAttachment(blocks: readonly WordBlock[]): AttachmentTable {
  const result: AttachmentTable = { records: [], rows: [], doubts: [], found: false, groups: [], trace: [] };
  let header: Header | null = null;
  let level: Level | undefined;
  let restart = false;
  let numbered = false;
  // A group line starts another decree's rows: its level and numbering start afresh.
  const groupLine = (text: string, page: number): boolean => {
    const group = decreeGroup(text);
    if (!group) return false;
    if (addGroup(result.groups, group, result.records.length, page)) {
      level = undefined;
      restart = true;
    }
    return true;
  };
  for (const table of blocks) {
    if (table.kind === 'paragraph') {
      for (const line of table.text.split('\n')) groupLine(line, table.page);
      continue;
    }
    const found = tableHeader(table.rows);
    let from = 0;
    if (found) {
      // A group line typed in the table above its header.
      for (const row of table.rows.slice(0, found.next)) groupLine(row.cells.join(' '), row.page);
      if (!header || !sameColumns(header.map, found.header.map)) numbered = false;
      header = found.header;
      from = found.next;
      result.found = true;
      if (found.band && found.band !== level) {
        level = found.band;
        restart = true;
      }
    } else if (!header || (table.rows[0]?.cells.length ?? 0) !== header.cells.length) {
      if (table.rows.filter((row) => holdsNip(row.cells)).length >= 2) {
        const { message, said } = say('attachment-uncertain/header-unknown-cells', {});
        result.doubts.push({ page: table.page, code: 'attachment-uncertain', message, said });
      }
      continue;
    }
    const { map } = header;
    let afterHeader = false;
    for (let i = from; i < table.rows.length; i++) {
      const row = table.rows[i] as WordRow;
      const cells = row.cells;
      if (isEmpty(cells) || isNumberingRow(cells)) continue;
      // A header typed again at the top of a table's second part, or a repeated heading row.
      const again = matchHeader(cells);
      if (row.header || (again && sameColumns(again, map))) {
        afterHeader = true;
        continue;
      }
      if (afterHeader && spannedHeaderPaths(header.cells, cells)) continue;
      afterHeader = false;
      if (groupLine(cells.join(' '), row.page)) continue;
      if (cells.some((cell) => TOTALS.test(cell.trim())) && !holdsNip(cells)) continue;
      if (endsTable(cells)) return result;
      const section = sectionLevel(cells);
      if (section) {
        level = section;
        restart = true;
        continue;
      }
      const picked = rowCells(cells, map);
      const numberedRow = picked.no !== undefined && /\d/.test(picked.no);
      const previous = result.rows.at(-1);
      if (previous && !numberedRow) {
        const both = holdsNip(cells) && holdsNip(previous.cells);
        if (!both && continues(picked, numbered, map)) {
          previous.cells = previous.cells.map((cell, k) => [cell, cells[k] ?? ''].filter(Boolean).join('\n'));
          const number = result.records.length;
          result.records[number - 1] = build(previous, map, number, level);
          continue;
        }
        if (both && numbered && map.no !== undefined) {
          const { message, said } = say('attachment-uncertain/nip-row', {});
          result.doubts.push({ page: row.page, code: 'attachment-uncertain', message, said });
        }
      }
      if (numberedRow) numbered = true;
      const filled = fillMerged(row, map);
      const tableRow: TableRow = { page: row.page, cells: filled, no: picked.no?.trim() ?? null, restart };
      restart = false;
      result.rows.push(tableRow);
      result.records.push(build(tableRow, map, result.records.length + 1, level));
    }
  }
  return result;
}

/**
 * A row without NO continues the person above in a numbered table (a NIP on a row of its own, the
 * end of a long post); in a table without numbers, only when it names nobody.
 */
function continues(picked: ReturnType<typeof rowCells>, numbered: boolean, map: ColumnMap): boolean {
  if (numbered && map.no !== undefined) return true;
  return picked.name === undefined && picked.nameNip === undefined && picked.nip === undefined;
}

/** A cell merged down over several people (a shared unit, a shared post) is each person's. */
function fillMerged(row: WordRow, map: ColumnMap): string[] {
  const own = new Set(OWN_FIELDS.map((field) => map[field]));
  return row.cells.map((cell, k) => {
    const above = row.above[k];
    return cell.trim() === '' && above && !own.has(k) ? above : cell;
  });
}

function build(row: TableRow, map: ColumnMap, number: number, level: Level | undefined) {
  return buildAppointee(rowCells(row.cells, map), number, { page: row.page, sectionLevel: level });
}
