import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/batch/batch.js';
import { APPOINTEE_COLUMNS, FINDING_COLUMNS } from '../../src/formatters/csv.js';
import { workbookBytes } from '../../src/formatters/xlsx.js';
import type { Appointee, Document, Report } from '../../src/model.js';
import { openBuffer } from '../../src/sources/input.js';
import { readXlsxSheet } from '../../src/sources/xlsx.js';
import { project } from '../helpers.js';

const INPUTS = [
  'fixtures/rosters/roster-faults.csv',
  'fixtures/decrees/sample-decree.pdf',
  'fixtures/decrees/decree-faults.pdf',
  'fixtures/rosters/roster-excel-damaged.csv',
];

let report: Report;
let bytes: Uint8Array;
beforeAll(async () => {
  report = await run(INPUTS);
  bytes = await workbookBytes(report.documents);
}, 60_000);

afterEach(() => {
  vi.useRealTimers();
});

const appointees = () => report.documents.flatMap((doc) => doc.appointees);

async function loadBook(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  return book;
}

describe('--format xlsx: the daftar nominatif sheet', () => {
  it('the columns of extract --format csv, one row per appointee, every NIP the same 18-digit string', async () => {
    const sheet = await readXlsxSheet(openBuffer('out.xlsx', bytes));
    const [header, ...rows] = sheet.records;
    expect(header?.cells).toEqual([...APPOINTEE_COLUMNS]);
    const people = appointees();
    expect(rows).toHaveLength(people.length);
    expect(people.filter((a) => a.nip?.length === 18).length).toBeGreaterThan(30);
    const column = (name: (typeof APPOINTEE_COLUMNS)[number]) => APPOINTEE_COLUMNS.indexOf(name);
    rows.forEach((row, i) => {
      const a = people[i] as Appointee;
      expect(row.cells[column('nip')]).toBe(a.nip ?? '');
      expect(row.cells[column('birth_date')]).toBe(a.birthDate ?? '');
      expect(row.cells[column('tmt')]).toBe(a.tmt ?? '');
      expect(row.cells[column('name_raw')]).toBe(a.nameRaw ?? '');
      expect(row.cells[column('row')]).toBe(String(a.row));
    });
  });

  it('NIPs, dates and names are text cells formatted as text (@), never numbers', async () => {
    const sheet = (await loadBook(bytes)).worksheets[0] as ExcelJS.Worksheet;
    let nips = 0;
    for (let line = 2; line <= sheet.rowCount; line++) {
      for (const name of ['nip', 'birth_date', 'tmt', 'sk_number', 'name'] as const) {
        const cell = sheet.getRow(line).getCell(APPOINTEE_COLUMNS.indexOf(name) + 1);
        if (cell.value === null) continue;
        expect(cell.type, `${name} on line ${line}`).toBe(ExcelJS.ValueType.String);
        expect(cell.numFmt).toBe('@');
        if (name === 'nip') {
          expect(cell.value).toMatch(/^(\d{18}|\d{9})$/);
          nips++;
        }
      }
    }
    expect(nips).toBeGreaterThan(30);
    // An empty NIP cell stays text too, so what a clerk types there is not turned into a number.
    expect(sheet.getColumn(APPOINTEE_COLUMNS.indexOf('nip') + 1).numFmt).toBe('@');
  });

  it('header row frozen and filtered, columns as wide as their content', async () => {
    const book = await loadBook(bytes);
    for (const sheet of book.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      expect(sheet.getRow(1).font?.bold).toBe(true);
    }
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    const width = (name: (typeof APPOINTEE_COLUMNS)[number]) =>
      sheet.getColumn(APPOINTEE_COLUMNS.indexOf(name) + 1).width ?? 0;
    expect(width('nip')).toBeGreaterThanOrEqual(18);
    expect(width('position_new')).toBeGreaterThan(width('sex'));
    expect(width('position_new')).toBeLessThanOrEqual(60);
  });

  it('read back as a roster, the workbook gives the same people', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sk-xlsx-')), 'daftar.xlsx');
    writeFileSync(file, bytes);
    const back = (await run([file])).documents[0] as Document;
    const keys = ['nip', 'name', 'grade', 'rank', 'echelon', 'level', 'positionOld', 'positionNew'] as const;
    expect(project(back.appointees, keys)).toEqual(project(appointees(), keys));
    expect(back.appointees.filter((a) => a.nip?.length === 18)).toHaveLength(
      appointees().filter((a) => a.nip?.length === 18).length,
    );
  });
});

describe('--format xlsx: the findings sheet', () => {
  it('one row per finding with the columns of check --format csv', async () => {
    const sheet = (await loadBook(bytes)).worksheets[1] as ExcelJS.Worksheet;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...FINDING_COLUMNS]);
    // Each document's outcome row (no code) comes before its findings, as in the CSV.
    const rows = report.documents.flatMap((doc) => [null, ...doc.findings].map((f) => ({ doc, f })));
    expect(sheet.rowCount).toBe(rows.length + 1);
    rows.forEach(({ doc, f }, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(FINDING_COLUMNS.indexOf('outcome') + 1).value).toBe(doc.status);
      if (f === null) {
        expect(row.getCell(2).value).toBe('');
        return;
      }
      expect(row.getCell(1).value).toBe(doc.source);
      expect(row.getCell(2).value).toBe(f.code);
      expect(row.getCell(3).value).toBe(f.severity);
      expect(row.getCell(5).value).toBe(f.row ?? null);
      expect(row.getCell(7).value).toBe(f.message);
      // The columns the CSV gained with the person and the line reach the workbook too.
      expect(row.getCell(FINDING_COLUMNS.indexOf('person') + 1).value).toBe(f.person ?? null);
      expect(row.getCell(FINDING_COLUMNS.indexOf('line') + 1).value).toBe(f.line ?? null);
    });
    expect(rows.some(({ f }) => f?.person !== undefined)).toBe(true);
  });
});

describe('--format xlsx: bytes', () => {
  it('the same report gives the same bytes at another time of day', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-07-15T13:37:42Z'));
    const later = await workbookBytes(report.documents);
    expect(Buffer.from(later).equals(Buffer.from(bytes))).toBe(true);
  });

  it('a cell that looks like a formula stays text', async () => {
    const doc = report.documents[0] as Document;
    const first = doc.appointees[0] as Appointee;
    const formula: Document = { ...doc, appointees: [{ ...first, name: '=HYPERLINK("http://x","y")' }] };
    const sheet = (await loadBook(await workbookBytes([formula]))).worksheets[0] as ExcelJS.Worksheet;
    const cell = sheet.getRow(2).getCell(APPOINTEE_COLUMNS.indexOf('name') + 1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=HYPERLINK("http://x","y")');
  });

  it('the sheet names follow the language', async () => {
    const book = await loadBook(await workbookBytes(report.documents, { lang: 'id' }));
    expect(book.worksheets.map((s) => s.name)).toEqual(['Daftar Nominatif', 'Temuan']);
  });
});
