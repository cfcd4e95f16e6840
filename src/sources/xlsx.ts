import type { Cell, CellValue, Workbook, Worksheet } from 'exceljs';
import { SkError } from '../errors.js';
import { say } from '../i18n/said.js';
import type { InputFile } from './input.js';

export interface XlsxOptions {
  /** A sheet's name, or its 1-based position; the first sheet when absent. */
  sheet?: string | undefined;
}

/** One worksheet row as Excel would show it, with its spreadsheet row number (1-based). */
export interface XlsxRecord {
  cells: string[];
  line: number;
  /** The 0-based columns whose cell holds a number: only there can Excel have rounded a NIP. */
  numbers: ReadonlySet<number>;
}

const NO_NUMBERS: ReadonlySet<number> = new Set();

export interface XlsxSheet {
  name: string;
  records: XlsxRecord[];
}

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
/** Excel shows integers of up to 11 digits in full in a General cell, longer ones in scientific notation. */
const GENERAL_DIGITS = 11;
/** Excel keeps 15 significant digits of a number; the rest of an 18-digit NIP becomes zeros. */
const EXCEL_PRECISION = 15;

/**
 * Reads the chosen worksheet of a workbook into rows of display strings. exceljs is loaded here, on
 * first use, so CSV and PDF runs never pay for it.
 */
export async function readXlsxSheet(input: InputFile, options: XlsxOptions = {}): Promise<XlsxSheet> {
  if (input.head.subarray(0, 4).equals(CFB_MAGIC)) {
    throw new SkError('file-unreadable', say('file-unreadable/xlsx-package', {}));
  }
  const { default: ExcelJS } = await import('exceljs');
  const workbook: Workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load((await readAll(input)) as unknown as ArrayBuffer);
  } catch (error) {
    throw new SkError('file-unreadable', say('file-unreadable/xlsx', { error: (error as Error).message }));
  }
  const sheet = pickSheet(workbook, options.sheet);
  return { name: sheet.name, records: sheetRecords(sheet) };
}

async function readAll(input: InputFile): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of input.chunks()) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function pickSheet(workbook: Workbook, wanted: string | undefined): Worksheet {
  const sheets = workbook.worksheets;
  const first = sheets[0];
  if (!first) throw new SkError('file-unreadable', say('file-unreadable/no-worksheet', {}));
  if (wanted === undefined) return first;
  const byName =
    sheets.find((sheet) => sheet.name === wanted) ??
    sheets.find((sheet) => sheet.name.toLowerCase() === wanted.trim().toLowerCase());
  if (byName) return byName;
  const position = /^\d+$/.test(wanted.trim()) ? Number(wanted.trim()) : 0;
  const byPosition = position >= 1 ? sheets[position - 1] : undefined;
  if (byPosition) return byPosition;
  const names = sheets.map((sheet) => sheet.name);
  throw new SkError('sheet-missing', say('sheet-missing', { wanted, sheets: names }));
}

/**
 * Rows padded to the sheet's width, as Excel's CSV export writes them. Merged cells keep their value
 * in the top-left cell only. Hidden rows and columns are read: hiding is a view, not a deletion.
 */
function sheetRecords(sheet: Worksheet): XlsxRecord[] {
  const width = sheet.columnCount;
  const records: XlsxRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    let numbers: Set<number> | null = null;
    for (let col = 1; col <= width; col++) {
      const cell = row.getCell(col);
      cells.push(cellText(cell));
      if (!isNumber(cell)) continue;
      numbers ??= new Set();
      numbers.add(col - 1);
    }
    if (cells.some((cell) => cell.trim() !== ''))
      records.push({ cells, line, numbers: numbers ?? NO_NUMBERS });
  });
  return records;
}

/** What Excel shows in a cell: cached formula results, General-format numbers, ISO dates. */
export function cellText(cell: Cell): string {
  if (cell.isMerged && cell.master !== cell) return '';
  return valueText(cell.value, cell.numFmt);
}

/** A number, or a formula whose cached result is one; a merged cell's copy is empty. */
function isNumber(cell: Cell): boolean {
  if (cell.isMerged && cell.master !== cell) return false;
  const value = cell.value;
  if (typeof value === 'number') return true;
  return typeof value === 'object' && value !== null && 'result' in value && typeof value.result === 'number';
}

function valueText(value: CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberText(value, numFmt);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if ('result' in value || 'formula' in value || 'sharedFormula' in value) {
    return valueText((value as { result?: CellValue }).result ?? null, numFmt);
  }
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('text' in value) return valueText(value.text as CellValue, numFmt);
  if ('error' in value) return String(value.error);
  return '';
}

/** `0`-style formats print every digit Excel kept; anything else reads as General. */
export function numberText(value: number, numFmt: string | undefined): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && numFmt && /^[0#]+$/.test(numFmt.trim())) return integerDigits(value);
  if (Number.isInteger(value)) {
    if (Math.abs(value) < 10 ** GENERAL_DIGITS) return String(value);
    return scientific(value);
  }
  return String(Number(value.toPrecision(10)));
}

/** `197005121995031002` as a double -> `197005121995031000`: 15 significant digits, then zeros. */
function integerDigits(value: number): string {
  const [mantissa = '0', exponent = '0'] = Math.abs(value)
    .toExponential(EXCEL_PRECISION - 1)
    .split('e');
  const digits = mantissa.replace('.', '');
  const length = Number(exponent) + 1;
  const text = length <= digits.length ? digits.slice(0, length) : digits.padEnd(length, '0');
  return `${value < 0 ? '-' : ''}${text}`;
}

/** `1.97005E+17`: General format's six significant digits, trailing zeros dropped. */
function scientific(value: number): string {
  const [mantissa = '0', exponent = '0'] = value.toExponential(5).split('e');
  const trimmed = mantissa.replace(/\.?0+$/, '');
  const power = Number(exponent);
  return `${trimmed}E${power < 0 ? '-' : '+'}${String(Math.abs(power)).padStart(2, '0')}`;
}

/** exceljs turns date-formatted serials into UTC dates; a time of day is kept only when there is one. */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}
