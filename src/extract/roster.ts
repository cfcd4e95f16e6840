import { findSkNumber, parseSkNumber } from '../domain/sk-number.js';
import { SkError } from '../errors.js';
import { say } from '../i18n/said.js';
import type { Decree, Kind } from '../model.js';
import { type CsvOptions, csvLayout, parseCsvBatches } from '../sources/csv.js';
import type { InputFile } from '../sources/input.js';
import { buildAppointee, oneLine } from './appointee.js';
import {
  type ColumnMap,
  isNumberingRow,
  matchHeader,
  matchHeaderPaths,
  pathText,
  rowCells,
  spannedHeaderPaths,
} from './columns.js';
import { attachmentHeadingNumeral } from './decree-text.js';
import type { AppointeeRecord, ExtractedDocument, Note } from './document.js';
import { endsTable, HeldRecord, isRowNumber, titleDate } from './roster-rows.js';

/** Rows above the header that we look through: title rows, office name, blank lines. */
const HEADER_SEARCH_RECORDS = 30;

const TOTALS_ROW = /^(jumlah|total|jml)\b/i;

/** One row of a roster source: its cells as text and where it starts (CSV line, spreadsheet row). */
export interface SourceRecord {
  cells: string[];
  line: number;
  /** The columns whose cell was a number, when the source knows (a workbook); CSV cannot tell. */
  numbers?: ReadonlySet<number>;
}

/** What the row loop found in a roster, whatever its source. */
export interface RosterRows {
  records: AppointeeRecord[];
  /** The source line of each record, in record order. */
  lines: number[];
  columns: ColumnMap;
  skNumber: ReturnType<typeof parseSkNumber> | null;
  /** The decree's date from the title rows above the header. */
  decreeDate?: string | null;
  /** Rows holding U+FFFD: bytes the decoder could not read. */
  undecodable: { rows: number; first: number } | null;
}

/** A CSV roster's records, decoded as its layout says (detected, or as the options force). */
export function csvRecords(
  input: InputFile,
  options: CsvOptions,
): {
  records: AsyncIterable<readonly SourceRecord[]>;
  encoding: string;
} {
  const layout = csvLayout(input, options);
  return { records: parseCsvBatches(input.chunks(), layout, options, true), encoding: layout.encoding };
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
      ...say('encoding-invalid/rows', { rows: rows.undecodable.rows, encoding }),
    },
  ];
}

/**
 * Called with each appointee row as it is read, instead of keeping it, with the SK number the
 * roster gives so far (a `Nomor SK` cell, else the title rows above the header) and whether its
 * title rows name a decree's number and date (`RosterReader.namesDecree`).
 */
export type OnRosterRecord = (
  record: AppointeeRecord,
  line: number,
  skNumberRaw: string | null,
  namesDecree: boolean,
) => void | Promise<void>;

/** A roster's header: its cells (a spanned header joined) and the columns recognised in them. */
export interface RosterHeader {
  cells: string[];
  map: ColumnMap;
}

/**
 * The roster row loop shared by every tabular source, one record at a time: skips title rows above
 * the header, joins a spanned header, drops numbering and totals rows, and builds one appointee per
 * person. A person may take several rows (a spreadsheet lampiran puts the NIP under the name): a row
 * with an empty NO cell, in a table whose NO column numbers its rows, continues the record above, so
 * each record is held back until the next row shows it is complete. The signature block under the
 * table ends it. Given a header, the reader reads a stretch of rows from the middle of a roster.
 */
export class RosterReader {
  header: RosterHeader | null;
  /** Appointee rows handed out so far. */
  rows = 0;
  /** The source line of the record `feed` or `finish` last handed out. */
  line = 0;
  /** The first `Nomor SK` cell. */
  skNumberCell: string | null = null;
  /** An SK number in the title rows above the header. */
  titleSkNumber: string | null = null;
  /** The decree's date in the title rows above the header (`TANGGAL : 15 JANUARI 2024`). */
  titleDate: string | null = null;
  /** The lampiran the title rows name (`LAMPIRAN II KEPUTUSAN ...` gives `II`): every row is in it. */
  titleAttachment: string | null = null;
  /** Rows holding U+FFFD: bytes the decoder could not read. */
  undecodable: { rows: number; first: number } | null = null;
  /** The signature block was reached: later rows are not appointees. */
  ended = false;
  /** The first row after the header had no NO cell: a stretch that may begin inside a record. */
  startsUnnumbered = false;
  readonly #above: string[] = [];
  #pendingSubHeader = false;
  readonly #held = new HeldRecord();
  #heldNumbered = false;
  #heldWidth: AppointeeRecord['width'] | null = null;
  #seenRow = false;

  constructor(header: RosterHeader | null = null) {
    this.header = header;
  }

  /** True once so many records went by without a header that there is none. */
  get gaveUp(): boolean {
    return !this.header && this.#above.length > HEADER_SEARCH_RECORDS;
  }

  /** True once the header is known and a row under it was read. */
  get settled(): boolean {
    return this.#seenRow;
  }

  /**
   * Reads one source row. Returns the appointee it completes (the record held back before it), or
   * null for a title, header, numbering or totals row, a row that continues the held record, or the
   * first row of a record now held; `line` then says where the returned record starts.
   */
  feed(record: SourceRecord): AppointeeRecord | null {
    if (!this.header) {
      this.header = findHeader(record, this.#above);
      this.#pendingSubHeader = this.header !== null;
      if (this.header) {
        const title = this.#above.join('\n');
        this.titleSkNumber = findSkNumber(title)?.raw ?? null;
        this.titleDate = titleDate(title);
        this.titleAttachment = this.#above.map(attachmentHeadingNumeral).find((n) => n !== null) ?? null;
      }
      return null;
    }
    if (this.#pendingSubHeader) {
      this.#pendingSubHeader = false;
      const paths = spannedHeaderPaths(this.header.cells, record.cells);
      const map = paths ? matchHeaderPaths(paths) : null;
      if (paths && map) {
        this.header = { cells: paths.map(pathText), map };
        return null;
      }
    }
    if (this.ended || isNumberingRow(record.cells)) return null;
    if (isTotalsRow(record.cells)) return this.#release();
    const { map } = this.header;
    const cells = record.cells;
    const numbered = map.no !== undefined && isRowNumber(cells[map.no]);
    if (!numbered) {
      if (endsTable(cells)) {
        this.ended = true;
        return this.#release();
      }
      if (map.no !== undefined && (cells[map.no] ?? '').trim() === '') {
        if (!this.#seenRow) this.startsUnnumbered = true;
        const held = this.#held;
        if (held.full && this.#heldNumbered && held.continuedBy(cells, map)) {
          held.join(cells, map, record.numbers);
          return null;
        }
      }
    }
    this.#seenRow = true;
    const released = this.#release();
    this.#held.hold(cells, record.line, record.numbers);
    this.#heldNumbered = numbered;
    this.#heldWidth = rowWidth(cells, this.header.cells.length);
    return released;
  }

  /** The record still held back once the rows are done, if any. */
  finish(): AppointeeRecord | null {
    return this.#release();
  }

  /** The title rows name a decree's number and date: the roster is a lampiran, which may join its body. */
  get namesDecree(): boolean {
    return this.titleDate !== null && this.skNumberRaw !== null;
  }

  /** The SK number the roster gives so far: a `Nomor SK` cell, else the title rows. */
  get skNumberRaw(): string | null {
    return this.skNumberCell ?? this.titleSkNumber;
  }

  #release(): AppointeeRecord | null {
    const held = this.#held;
    if (!held.full || !this.header) return null;
    held.full = false;
    const cells = rowCells(held.cells, this.header.map);
    if (held.nip !== null) cells.nip ??= held.nip;
    const row = ++this.rows;
    this.line = held.line;
    const built = buildAppointee(cells, row, { nipOrigin: held.nipOrigin(this.header.map) });
    if (this.#heldWidth) built.width = this.#heldWidth;
    this.skNumberCell ??= oneLine(cells.skNumber);
    if (held.cells.some((cell) => cell.includes('\uFFFD'))) {
      if (this.undecodable) this.undecodable.rows++;
      else this.undecodable = { rows: 1, first: row };
    }
    return built;
  }
}

/** Reads every record of a roster source through a `RosterReader`, keeping the rows or handing them on. */
export async function readRosterRows(
  source: AsyncIterable<SourceRecord | readonly SourceRecord[]>,
  onRecord?: OnRosterRecord,
): Promise<RosterRows> {
  const reader = new RosterReader();
  const records: AppointeeRecord[] = [];
  const lines: number[] = [];
  const keep = (built: AppointeeRecord): void | Promise<void> => {
    if (reader.titleAttachment) built.appointee.attachment = reader.titleAttachment;
    if (onRecord) return onRecord(built, reader.line, reader.skNumberRaw, reader.namesDecree);
    records.push(built);
    lines.push(reader.line);
  };
  reading: for await (const item of source) {
    for (const record of eachRecordOf(item)) {
      const built = reader.feed(record);
      if (reader.gaveUp) break reading;
      if (!built) continue;
      // An await only when the callback returned a promise: one per row would cost a tick each.
      const done = keep(built);
      if (done) await done;
    }
  }
  const last = reader.finish();
  if (last) await keep(last);
  return rosterRows(reader, records, lines);
}

/** Records one by one from a source that yields them singly or in batches, without an await each. */
export function* eachRecordOf(item: SourceRecord | readonly SourceRecord[]): Generator<SourceRecord> {
  if (Array.isArray(item)) yield* item as readonly SourceRecord[];
  else yield item as SourceRecord;
}

/** What a reader found, once its records are done; no header at all is an unreadable roster. */
function rosterRows(reader: RosterReader, records: AppointeeRecord[] = [], lines: number[] = []): RosterRows {
  if (!reader.header) {
    throw new SkError('roster-header-missing', say('roster-header-missing', {}));
  }
  const skNumberRaw = reader.skNumberRaw;
  return {
    records,
    lines,
    columns: reader.header.map,
    skNumber: skNumberRaw ? parseSkNumber(skNumberRaw) : null,
    decreeDate: reader.titleDate,
    undecodable: reader.undecodable,
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
    decree: rosterDecree(rows.skNumber, rows.decreeDate ?? null),
    skNumber: rows.skNumber,
    claims: [],
    records: rows.records,
    notes,
  };
}

function findHeader(record: SourceRecord, above: string[]): RosterHeader | null {
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

function rosterDecree(skNumber: ReturnType<typeof parseSkNumber> | null, date: string | null): Decree | null {
  if (!skNumber && !date) return null;
  return {
    number: skNumber?.normalized ?? null,
    numberRaw: skNumber?.raw ?? null,
    date,
    place: null,
    issuer: null,
    subject: null,
    signatory: null,
  };
}
