import type { Workbook, Worksheet } from 'exceljs';
import { cellText, isNumber } from './xlsx-cells.js';

/** One worksheet row as Excel would show it, with its spreadsheet row number (1-based). */
export interface XlsxRecord {
  cells: string[];
  line: number;
  /** The 0-based columns whose cell holds a number: only there can Excel have rounded a NIP. */
  numbers: ReadonlySet<number>;
}

const NO_NUMBERS: ReadonlySet<number> = new Set();

/** One worksheet's name, its position in the workbook (0-based) and its rows. */
export interface LoadedRows {
  name: string;
  index: number;
  records: XlsxRecord[];
}

/**
 * A workbook as exceljs read it: its sheets' names and the rows of the sheet `wanted` names (none
 * when it names no sheet), or of every sheet when none is wanted; or why it could not be read.
 */
export type LoadedSheet = { names: string[]; sheets: LoadedRows[] } | { error: string };

/**
 * Loads a workbook with exceljs and reads the sheet `wanted` names, or every sheet when undefined.
 * Plain data in and out, so that it can run in a worker thread; the caller turns the outcome into
 * errors.
 */
export async function loadSheet(data: Uint8Array, wanted: string | undefined): Promise<LoadedSheet> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook: Workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(data.buffer, data.byteOffset, data.byteLength) as unknown as ArrayBuffer,
    );
  } catch (error) {
    return { error: (error as Error).message };
  }
  const sheets = workbook.worksheets;
  const names = sheets.map((sheet) => sheet.name);
  const indexes = wanted === undefined ? names.map((_, i) => i) : [pickIndex(names, wanted)];
  return {
    names,
    sheets: indexes.flatMap((index) => {
      const sheet = index === null ? undefined : sheets[index];
      return sheet && index !== null
        ? [{ name: names[index] ?? '', index, records: sheetRecords(sheet) }]
        : [];
    }),
  };
}

/** The sheet by name (exact, then any case), or by 1-based position. */
function pickIndex(names: readonly string[], wanted: string): number | null {
  if (names.length === 0) return null;
  const exact = names.indexOf(wanted);
  if (exact >= 0) return exact;
  const anyCase = names.findIndex((name) => name.toLowerCase() === wanted.trim().toLowerCase());
  if (anyCase >= 0) return anyCase;
  const position = /^\d+$/.test(wanted.trim()) ? Number(wanted.trim()) : 0;
  return position >= 1 && position <= names.length ? position - 1 : null;
}

/**
 * Rows padded to the sheet's width, as Excel's CSV export writes them. Merged cells keep their value
 * in the top-left cell only. Hidden rows and columns are read: hiding is a view, not a deletion.
 * Only the cells the file has are visited: `getCell` on each padded column would make every one.
 */
function sheetRecords(sheet: Worksheet): XlsxRecord[] {
  const width = sheet.columnCount;
  const records: XlsxRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = new Array<string>(width).fill('');
    let numbers: Set<number> | null = null;
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (col > width) return;
      cells[col - 1] = cellText(cell);
      if (!isNumber(cell)) return;
      numbers ??= new Set();
      numbers.add(col - 1);
    });
    if (cells.some((cell) => cell.trim() !== ''))
      records.push({ cells, line, numbers: numbers ?? NO_NUMBERS });
  });
  return records;
}
