import type { Cell, CellValue } from 'exceljs';

/** Excel shows integers of up to 11 digits in full in a General cell, longer ones in scientific notation. */
const GENERAL_DIGITS = 11;
/** Excel keeps 15 significant digits of a number; the rest of an 18-digit NIP becomes zeros. */
const EXCEL_PRECISION = 15;

/** A number, or a formula whose cached result is one; a merged cell's copy is empty. */
export function isNumber(cell: Cell): boolean {
  if (cell.isMerged && cell.master !== cell) return false;
  const value = cell.value;
  if (typeof value === 'number') return true;
  return typeof value === 'object' && value !== null && 'result' in value && typeof value.result === 'number';
}

/** What Excel shows in a cell: cached formula results, General-format numbers, ISO dates. */
export function cellText(cell: Cell): string {
  if (cell.isMerged && cell.master !== cell) return '';
  return valueText(cell.value, cell.numFmt);
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
