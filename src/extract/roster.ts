import { findSkNumber, parseSkNumber } from '../domain/sk-number.js';
import { SkError } from '../errors.js';
import type { Decree, Kind } from '../model.js';
import { type CsvOptions, csvLayout, readCsvRecords } from '../sources/csv.js';
import type { InputFile } from '../sources/input.js';
import { buildAppointee, oneLine } from './appointee.js';
import { type ColumnMap, isNumberingRow, joinSpannedHeader, matchHeader, rowCells } from './columns.js';
import type { AppointeeRecord, ExtractedDocument, Note } from './document.js';

/** Rows above the header that we look through: title rows, office name, blank lines. */
const HEADER_SEARCH_RECORDS = 30;

const TOTALS_ROW = /^(jumlah|total|jml)\b/i;

/** One row of a roster source: its cells as text and where it starts (CSV line, spreadsheet row). */
export interface SourceRecord {
  cells: string[];
  line: number;
}

/** What the row loop found in a roster, whatever its source. */
export interface RosterRows {
  records: AppointeeRecord[];
  /** The source line of each record, in record order. */
  lines: number[];
  columns: ColumnMap;
  skNumber: ReturnType<typeof parseSkNumber> | null;
  /** Rows holding U+FFFD: bytes the decoder could not read. */
  undecodable: { rows: number; first: number } | null;
}

/** A CSV roster's records, decoded as its layout says (detected, or as the options force). */
export function csvRecords(
  input: InputFile,
  options: CsvOptions,
): {
  records: AsyncIterable<SourceRecord>;
  encoding: string;
} {
  const layout = csvLayout(input, options);
  return { records: readCsvRecords(input, layout, options), encoding: layout.encoding };
}

/** Reads a CSV roster into appointees, streaming its records. */
export async function extractRoster(input: InputFile, options: CsvOptions): Promise<ExtractedDocument> {
  const { records, encoding } = csvRecords(input, options);
  const rows = await readRosterRows(records);
  return rosterDocument(input.source, 'csv', rows, encodingNotes(rows, encoding));
}

/** The note a roster gets when some of its bytes were not valid in the encoding it was read in. */
export function encodingNotes(rows: RosterRows, encoding: string): Note[] {
  if (!rows.undecodable) return [];
  return [
    {
      code: 'encoding-invalid',
      row: rows.undecodable.first,
      message: `${rows.undecodable.rows} row(s) hold bytes that are not valid ${encoding}; the file may be in another encoding (try --encoding windows-1252)`,
    },
  ];
}

/**
 * Called with each appointee row as it is read, instead of keeping it, with the SK number the
 * roster gives so far (a `Nomor SK` cell, else the title rows above the header).
 */
export type OnRosterRecord = (
  record: AppointeeRecord,
  line: number,
  skNumberRaw: string | null,
) => void | Promise<void>;

/**
 * The roster row loop shared by every tabular source: skips title rows above the header, joins a
 * spanned header, drops numbering and totals rows, and builds one appointee per remaining row.
 */
export async function readRosterRows(
  source: AsyncIterable<SourceRecord>,
  onRecord?: OnRosterRecord,
): Promise<RosterRows> {
  const records: AppointeeRecord[] = [];
  const lines: number[] = [];
  const above: string[] = [];
  let header: { cells: string[]; map: ColumnMap } | null = null;
  let pendingSubHeader = false;
  let skNumberRaw: string | null = null;
  let titleSkNumber: string | null = null;
  let count = 0;
  let firstUndecodable: number | null = null;
  let undecodableRows = 0;

  for await (const record of source) {
    if (!header) {
      header = findHeader(record, above);
      pendingSubHeader = header !== null;
      if (header) titleSkNumber = findSkNumber(above.join('\n'))?.raw ?? null;
      if (!header && above.length > HEADER_SEARCH_RECORDS) break;
      continue;
    }
    if (pendingSubHeader) {
      pendingSubHeader = false;
      const joined = joinSpannedHeader(header.cells, record.cells);
      const map = joined ? matchHeader(joined) : null;
      if (joined && map) {
        header = { cells: joined, map };
        continue;
      }
    }
    if (isNumberingRow(record.cells)) continue;
    const cells = rowCells(record.cells, header.map);
    if (isTotalsRow(record.cells)) continue;
    const row = ++count;
    const built = buildAppointee(cells, row);
    const width = rowWidth(record.cells, header.cells.length);
    if (width) built.width = width;
    skNumberRaw ??= oneLine(cells.skNumber);
    if (record.cells.some((cell) => cell.includes('\uFFFD'))) {
      undecodableRows++;
      firstUndecodable ??= row;
    }
    if (onRecord) {
      const done = onRecord(built, record.line, skNumberRaw ?? titleSkNumber);
      if (done) await done;
    } else {
      records.push(built);
      lines.push(record.line);
    }
  }

  if (!header) {
    throw new SkError(
      'roster-header-missing',
      'no roster header found (expected columns such as Nama, NIP, Pangkat/Gol, Jabatan)',
    );
  }
  skNumberRaw ??= titleSkNumber;
  return {
    records,
    lines,
    columns: header.map,
    skNumber: skNumberRaw ? parseSkNumber(skNumberRaw) : null,
    undecodable: firstUndecodable === null ? null : { rows: undecodableRows, first: firstUndecodable },
  };
}

/** The extracted document of a roster read by `readRosterRows`. */
export function rosterDocument(
  source: string,
  kind: Kind,
  rows: RosterRows,
  notes: Note[],
): ExtractedDocument {
  return {
    source,
    kind,
    decree: rosterDecree(rows.skNumber),
    skNumber: rows.skNumber,
    claims: [],
    records: rows.records,
    notes,
  };
}

function findHeader(record: SourceRecord, above: string[]): { cells: string[]; map: ColumnMap } | null {
  const map = matchHeader(record.cells);
  if (map) return { cells: record.cells, map };
  above.push(record.cells.filter((cell) => cell.trim() !== '').join(' '));
  return null;
}

/** `JUMLAH | 12 orang` at the foot of a sheet: no person in it, only a count. */
function isTotalsRow(cells: readonly string[]): boolean {
  return (
    cells.some((cell) => TOTALS_ROW.test(cell.trim())) &&
    !cells.some((cell) => /\d{9}/.test(cell.replace(/\s/g, '')))
  );
}

/** Excel pads short rows with empty cells; only filled cells past the header, or too few cells, count. */
function rowWidth(cells: readonly string[], header: number): { cells: number; header: number } | null {
  let filled = cells.length;
  while (filled > header && (cells[filled - 1] ?? '').trim() === '') filled--;
  return filled === header ? null : { cells: filled, header };
}

function rosterDecree(skNumber: ReturnType<typeof parseSkNumber> | null): Decree | null {
  if (!skNumber) return null;
  return {
    number: skNumber.normalized,
    numberRaw: skNumber.raw,
    date: null,
    place: null,
    issuer: null,
    subject: null,
    signatory: null,
  };
}
