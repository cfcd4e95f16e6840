import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SkError } from '../../src/errors.js';
import { openBuffer } from '../../src/sources/input.js';
import { numberText, readXlsxSheet } from '../../src/sources/xlsx.js';
// @ts-expect-error: a plain .mjs script, shared with the fuzzer
import { workbook } from '../fuzz/hostile-office.mjs';

async function workbookBytes(build: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  build(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function sheetOf(bytes: Buffer, sheet?: string) {
  return readXlsxSheet(openBuffer('test.xlsx', bytes), { sheet });
}

async function failure(promise: Promise<unknown>): Promise<SkError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SkError);
  return error as SkError;
}

// An 18-digit NIP as a spreadsheet number: already rounded to a double (a literal would say so too).
const NIP_NUMBER = Number('197005121995031002');

describe('numberText: numbers as Excel shows them', () => {
  it.each([
    [42, undefined, '42'],
    [99_999_999_999, undefined, '99999999999'],
    [131110468, 'General', '131110468'],
    [100_000_000_000, undefined, '1E+11'],
    [NIP_NUMBER, undefined, '1.97005E+17'],
    [NIP_NUMBER, 'General', '1.97005E+17'],
    [Number('6371041204790003'), undefined, '6.37104E+15'],
    [NIP_NUMBER, '0', '197005121995031000'],
    [Number('197005121995031999'), '#', '197005121995032000'],
    [3.5, undefined, '3.5'],
    [0.1 + 0.2, undefined, '0.3'],
  ])('%d in format %s -> %s', (value, format, shown) => {
    expect(numberText(value, format)).toBe(shown);
  });
});

describe('readXlsxSheet', () => {
  it('shows merged cells once, cached formula results, dates as ISO dates, and hidden columns', async () => {
    const bytes = await workbookBytes((book) => {
      const sheet = book.addWorksheet('Daftar');
      sheet.getCell('A1').value = 'DAFTAR NOMINATIF';
      sheet.mergeCells('A1:D1');
      sheet.getCell('A3').value = 'NO';
      sheet.getCell('B3').value = { formula: 'UPPER("nama")', result: 'NAMA' };
      sheet.getCell('C3').value = 'TGL';
      sheet.getCell('D3').value = 'X';
      sheet.getColumn(4).hidden = true;
      sheet.getCell('A4').value = { formula: 'ROW()-3', result: 1 };
      sheet.getCell('B4').value = { richText: [{ text: 'Siti ' }, { text: 'Aminah' }] };
      sheet.getCell('C4').value = new Date(Date.UTC(1970, 4, 12));
      sheet.getCell('C4').numFmt = 'dd/mm/yyyy';
      sheet.getCell('D4').value = 'hidden but kept';
      sheet.getCell('A5').value = { formula: 'A4+1' };
    });
    const { name, records } = await sheetOf(bytes);
    expect(name).toBe('Daftar');
    expect(records).toEqual([
      { line: 1, cells: ['DAFTAR NOMINATIF', '', '', ''], numbers: new Set() },
      { line: 3, cells: ['NO', 'NAMA', 'TGL', 'X'], numbers: new Set() },
      // A formula's cached number is a number too: only such cells can Excel have rounded.
      { line: 4, cells: ['1', 'Siti Aminah', '1970-05-12', 'hidden but kept'], numbers: new Set([0]) },
    ]);
  });

  it('keeps a NIP stored as text exact and shows one stored as a number the way Excel damaged it', async () => {
    const bytes = await workbookBytes((book) => {
      const sheet = book.addWorksheet('Sheet1');
      sheet.addRow(['197005121995031002', NIP_NUMBER, NIP_NUMBER]);
      sheet.getCell('C1').numFmt = '0';
    });
    const { records } = await sheetOf(bytes);
    expect(records[0]?.cells).toEqual(['197005121995031002', '1.97005E+17', '197005121995031000']);
    expect(records[0]?.numbers).toEqual(new Set([1, 2]));
  });

  it('reads dates of a workbook on the 1904 date system as the same calendar dates', async () => {
    const bytes = await workbookBytes((book) => {
      book.properties.date1904 = true;
      const sheet = book.addWorksheet('Sheet1');
      sheet.getCell('A1').value = new Date(Date.UTC(2026, 1, 6));
      sheet.getCell('A1').numFmt = 'd mmmm yyyy';
    });
    expect((await sheetOf(bytes)).records[0]?.cells).toEqual(['2026-02-06']);
  });

  it('picks a sheet by name (any case) or 1-based position, and names the sheets when none matches', async () => {
    const bytes = await workbookBytes((book) => {
      book.addWorksheet('Sampul').addRow(['cover']);
      book.addWorksheet('Lampiran I').addRow(['roster']);
    });
    expect((await sheetOf(bytes)).name).toBe('Sampul');
    expect((await sheetOf(bytes, 'lampiran i')).records[0]?.cells).toEqual(['roster']);
    expect((await sheetOf(bytes, '2')).name).toBe('Lampiran I');
    const missing = await failure(sheetOf(bytes, '3'));
    expect(missing.code).toBe('sheet-missing');
    expect(missing.message).toBe('no sheet "3" in the workbook; it has 1 "Sampul", 2 "Lampiran I"');
  });

  it('reports a damaged package, an encrypted workbook and an old .xls as unreadable', async () => {
    const zipHeadOnly = Buffer.from('PK\u0003\u0004 not really a zip', 'latin1');
    expect((await failure(sheetOf(zipHeadOnly))).code).toBe('file-unreadable');
    const cfb = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
    ]);
    const encrypted = await failure(sheetOf(cfb));
    expect(encrypted.message).toMatch(/encrypted workbook or an old \.xls/);
  });

  it('holds the workbook to its row and padded-cell budgets before exceljs reads it', async () => {
    const rows = '<row r="2"><c r="A2"><v>1</v></c><c r="D2"><v>2</v></c></row>';
    const bytes: Buffer = workbook(rows);
    const read = (budget: { maxSheetRows?: number; maxSheetCells?: number }) =>
      readXlsxSheet(openBuffer('budget.xlsx', bytes), budget);
    expect((await read({})).records.map((record) => record.cells)).toEqual([
      ['NO', 'NAMA', 'NIP', ''],
      ['1', '', '', '2'],
    ]);
    expect((await failure(read({ maxSheetRows: 1 }))).message).toBe('the workbook has more than 1 rows');
    expect((await failure(read({ maxSheetCells: 7 }))).message).toMatch(
      /is 4 columns wide: .* more than 7 cells/,
    );
    expect((await read({ maxSheetRows: 2, maxSheetCells: 8 })).records).toHaveLength(2);
  });

  it('counts a binary part without parsing it: bytes that look like tags are no XML depth', async () => {
    const macros = { name: 'xl/vbaProject.bin', data: Buffer.from('<a>'.repeat(1000)) };
    const bytes: Buffer = workbook('<row r="2"><c r="A2"><v>1</v></c></row>', [macros]);
    expect((await readXlsxSheet(openBuffer('macros.xlsx', bytes))).records).toHaveLength(2);
  });
});
