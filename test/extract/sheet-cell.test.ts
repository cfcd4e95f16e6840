import { describe, expect, it } from 'vitest';
import { columnLetter, locateCell, sheetPrefix } from '../../src/extract/sheet-cell.js';
import type { Finding } from '../../src/model.js';

describe('spreadsheet cell names', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [702, 'ZZ'],
    [703, 'AAA'],
  ])('column %d is %s', (column, letters) => {
    expect(columnLetter(column)).toBe(letters);
  });

  it('quotes a sheet name the way Excel does when it is not a plain word', () => {
    expect(sheetPrefix('Sheet1')).toBe('Sheet1');
    expect(sheetPrefix('Daftar Nominatif')).toBe("'Daftar Nominatif'");
    expect(sheetPrefix("Pak Ma'ruf")).toBe("'Pak Ma''ruf'");
  });

  it("names the field's column, falls back to the row's first column, and skips rowless findings", () => {
    const sheet = { name: 'Lampiran', lines: [8, 9, 12], columns: { no: 0, nameNip: 1, rankGrade: 2 } };
    const at = (row: number | undefined, field?: string): Finding => {
      const finding: Finding = { code: 'x', severity: 'error', message: '' };
      if (row !== undefined) finding.row = row;
      if (field !== undefined) finding.field = field;
      locateCell(finding, sheet);
      return finding;
    };
    expect(at(1, 'nip').cell).toBe('Lampiran!B8');
    expect(at(2, 'grade').cell).toBe('Lampiran!C9');
    expect(at(3, 'echelon').cell).toBe('Lampiran!A12');
    expect(at(3).cell).toBe('Lampiran!A12');
    expect(at(undefined, 'nip').cell).toBeUndefined();
    expect(at(4, 'nip').cell).toBeUndefined();
  });
});
