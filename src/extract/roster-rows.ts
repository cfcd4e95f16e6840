import { findDates } from '../domain/date.js';
import type { NipOrigin } from '../domain/nip.js';
import type { ColumnMap } from './columns.js';
import { SIGNATURE_LINE } from './text-lines.js';

/** A NO cell that numbers a person: `1`, `12.`, `(3)`. */
const ROW_NUMBER = /^\s*\(?\d{1,6}[.)]?\s*$/;

/** A NIP written alone in a cell, as offices put it under the name: ` 19700512 199503 1 002`, `NIP. 1970...`. */
const NIP_ALONE = /^\s*(?:NIP\s*[.:]?\s*)?\d[\d .]{7,}\d\s*$/i;

/** Eighteen digits somewhere in a cell, spaces and dots aside: a person's NIP. */
const FULL_NIP = /(?<!\d)\d{18}(?!\d)/;

/** A signature row holds one or two filled cells: the title, maybe a place and date beside it. */
const SIGNATURE_CELLS = 2;

/** `TANGGAL : 15 JANUARI 2024` in the title rows: a label with a colon, then the decree's date. */
const DATE_LABEL = /\b(?:tanggal|tgl\.?)\s*:\s*/giu;

export function isRowNumber(cell: string | undefined): boolean {
  return cell !== undefined && ROW_NUMBER.test(cell);
}

/** True when a row is the signature block (or the `Ditetapkan` lines above it): the table has ended. */
export function endsTable(cells: readonly string[]): boolean {
  let filled = 0;
  let signature = false;
  for (const cell of cells) {
    const text = cell.trim();
    if (text === '') continue;
    if (++filled > SIGNATURE_CELLS) return false;
    if (SIGNATURE_LINE.test(text)) signature = true;
  }
  return signature;
}

/** The decree's date in the title rows above a roster's header (`NOMOR : ... TANGGAL : 15 JANUARI 2024`). */
export function titleDate(text: string): string | null {
  for (const label of text.matchAll(DATE_LABEL)) {
    const after = text.slice(label.index + label[0].length);
    const date = findDates(after)[0];
    if (date && date.start === 0) return date.iso;
  }
  return null;
}

/** The columns that hold a person: a second NIP in them means a second person, not a continuation. */
function personColumns(map: ColumnMap): number[] {
  return [map.nip, map.nameNip, map.name].filter((index): index is number => index !== undefined);
}

function holdsNip(cells: readonly string[], columns: readonly number[]): boolean {
  return columns.some((index) => FULL_NIP.test((cells[index] ?? '').replace(/[\s.]/g, '')));
}

/**
 * One person's record over the rows of a spreadsheet lampiran: the first row's cells, with the cells
 * of each row that continues it (no NO cell) joined in, line by line. A NIP alone under the name goes
 * to the NIP column when the table has one, or is kept aside when the name column is all there is.
 * A reader keeps one and refills it for every record: a roster of a million rows makes no garbage here.
 */
export class HeldRecord {
  cells: readonly string[] = [];
  line = 0;
  /** Whether a record is held. */
  full = false;
  /** A NIP found alone under the name in a table with a name column and no NIP column. */
  nip: string | null = null;
  #copied = false;
  #numbers: ReadonlySet<number> | undefined;
  /** Whether a NIP taken from a continuation row was a number there; null when none was taken. */
  #movedNumber: boolean | null = null;

  hold(cells: readonly string[], line: number, numbers?: ReadonlySet<number>): void {
    this.cells = cells;
    this.line = line;
    this.full = true;
    this.nip = null;
    this.#copied = false;
    this.#numbers = numbers;
    this.#movedNumber = null;
  }

  /** Whether the record's NIP was a spreadsheet number, text, or from a source that cannot tell. */
  nipOrigin(map: ColumnMap): NipOrigin {
    if (this.#numbers === undefined) return 'unknown';
    if (this.#movedNumber !== null) return this.#movedNumber ? 'number' : 'text';
    const column = map.nip ?? map.nameNip;
    return column !== undefined && this.#numbers.has(column) ? 'number' : 'text';
  }

  /** Whether `cells` (a row with an empty NO cell) continue this record rather than start a person. */
  continuedBy(cells: readonly string[], map: ColumnMap): boolean {
    const columns = personColumns(map);
    return !(holdsNip(cells, columns) && (this.nip !== null || holdsNip(this.cells, columns)));
  }

  join(cells: readonly string[], map: ColumnMap, numbers?: ReadonlySet<number>): void {
    // The first row's array may belong to the source (a worksheet's records): join into a copy.
    const joined = this.#copied ? (this.cells as string[]) : [...this.cells];
    this.cells = joined;
    this.#copied = true;
    for (let k = 0; k < cells.length; k++) {
      const text = (cells[k] ?? '').trim();
      if (text === '') continue;
      if (k === map.name && NIP_ALONE.test(text)) {
        const moved = numbers?.has(k) ?? false;
        if (map.nip !== undefined && (joined[map.nip] ?? '').trim() === '') {
          joined[map.nip] = text;
          this.#movedNumber = moved;
          continue;
        }
        if (map.nip === undefined && this.nip === null) {
          this.nip = text;
          this.#movedNumber = moved;
          continue;
        }
      }
      const above = joined[k] ?? '';
      joined[k] = above.trim() === '' ? text : `${above}\n${text}`;
    }
  }
}
