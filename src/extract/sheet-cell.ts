import type { Finding } from '../model.js';
import type { ColumnMap, Field } from './columns.js';
import type { SheetLocation } from './document.js';

/** The columns a finding's field may sit in, best first: a NIP can share a cell with the name. */
const FIELD_COLUMNS: Record<string, Field[]> = {
  nip: ['nip', 'nameNip'],
  name: ['name', 'nameNip'],
  grade: ['grade', 'rankGrade'],
  rank: ['rank', 'rankGrade'],
  echelon: ['echelon'],
  no: ['no'],
  number: ['skNumber'],
};

/** `1` -> `A`, `27` -> `AA`. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Excel quotes a sheet name that is not a plain word: `'Daftar Nominatif'!C17`. */
export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replaceAll("'", "''")}'`;
}

/**
 * Names the cell of a row finding: the field's column when the header has one, else the row's first
 * recognised column.
 */
export function locateCell(finding: Finding, sheet: SheetLocation): void {
  if (finding.row === undefined) return;
  const line = sheet.lines[finding.row - 1];
  if (line === undefined) return;
  const index = fieldColumn(sheet.columns, finding.field) ?? Math.min(...Object.values(sheet.columns));
  if (!Number.isFinite(index)) return;
  finding.cell = `${sheetPrefix(sheet.name)}!${columnLetter(index + 1)}${line}`;
}

function fieldColumn(columns: ColumnMap, field: string | undefined): number | undefined {
  for (const candidate of FIELD_COLUMNS[field ?? ''] ?? []) {
    const index = columns[candidate];
    if (index !== undefined) return index;
  }
  return undefined;
}
