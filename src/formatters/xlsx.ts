import type { Workbook, Worksheet } from 'exceljs';
import { SkError } from '../errors.js';
import { helpWith } from '../i18n/help.js';
import type { Document, Summary } from '../model.js';
import {
  APPOINTEE_COLUMNS,
  appointeeCells,
  type Cell,
  FINDING_COLUMNS,
  findingCells,
  outcomeCells,
} from './csv.js';
import { type Lang, labelsFor } from './html-labels.js';

export interface XlsxOptions {
  lang?: Lang | undefined;
}

/** A workbook made whole at the end: its documents are kept until then. */
export interface XlsxStream {
  start(): string;
  document(doc: Document): string;
  end(summary: Summary): Promise<Uint8Array>;
}

/** Rows of one sheet Excel opens, the header row included. */
const EXCEL_ROWS = 1_048_576;
/** Widths in characters: wide enough for an 18-digit NIP, never wider than a readable column. */
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/** ZIP's own epoch, and the workbook's dates: a workbook of the same report is the same bytes. */
const FIXED_DATE = new Date(Date.UTC(1980, 0, 1));

/** The columns that hold counts; every other column is text (numFmt '@'), NIPs and dates above all. */
const NUMBER_COLUMNS: ReadonlySet<string> = new Set(['row', 'page', 'line']);

export function xlsxStream(options: XlsxOptions = {}): XlsxStream {
  const documents: Document[] = [];
  return {
    start: () => '',
    document(doc) {
      documents.push(doc);
      return '';
    },
    end: () => workbookBytes(documents, options),
  };
}

/**
 * The daftar nominatif workbook: the appointees with the columns of `extract --format csv`, then the
 * findings. Identifiers and dates are text cells, so Excel never turns a NIP into 1,97E+17.
 */
export async function workbookBytes(
  documents: readonly Document[],
  options: XlsxOptions = {},
): Promise<Uint8Array> {
  const t = labelsFor(options.lang);
  const people = documents.reduce((n, doc) => n + doc.appointees.length, 0);
  const findings = documents.reduce((n, doc) => n + doc.findings.length, 0);
  for (const [rows, key] of [
    [people, 'err.xlsx-too-many-appointees'],
    [findings, 'err.xlsx-too-many-findings'],
  ] as const) {
    if (rows >= EXCEL_ROWS)
      throw new SkError('output-too-big', helpWith(options.lang ?? 'en', key, { rows, max: EXCEL_ROWS - 1 }));
  }
  const { default: ExcelJS } = await import('exceljs');
  const book: Workbook = new ExcelJS.Workbook();
  book.creator = 'sk-check';
  book.created = FIXED_DATE;
  book.modified = FIXED_DATE;
  fillSheet(
    book.addWorksheet(t('sheetAppointees')),
    APPOINTEE_COLUMNS,
    documents.flatMap((doc) =>
      doc.appointees.map((a) => appointeeCells(doc.source, doc.decree?.number ?? null, a)),
    ),
  );
  fillSheet(
    book.addWorksheet(t('sheetFindings')),
    FINDING_COLUMNS,
    documents.flatMap((doc) => [
      outcomeCells(doc),
      ...doc.findings.map((f) => findingCells(doc.source, f, doc.status)),
    ]),
  );
  const bytes = Buffer.from(await book.xlsx.writeBuffer());
  return pinZipTimes(bytes);
}

/** Header row frozen and filtered, text columns formatted as text, widths from the content. */
function fillSheet(sheet: Worksheet, header: readonly string[], rows: readonly Cell[][]): void {
  const widths = header.map((name) => name.length);
  header.forEach((name, i) => {
    const column = sheet.getColumn(i + 1);
    if (!NUMBER_COLUMNS.has(name)) column.numFmt = '@';
  });
  sheet.addRow([...header]).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(
      row.map((value, i) => {
        const text = value === null || value === undefined ? '' : String(value);
        widths[i] = Math.max(widths[i] ?? 0, text.length);
        if (value === null || value === undefined) return null;
        return NUMBER_COLUMNS.has(header[i] ?? '') ? value : text;
      }),
    );
  }
  widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + 2));
  });
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: header.length } };
}

/**
 * JSZip stamps every entry with the time it was written; the same DOS date (1980-01-01 00:00) in the
 * local headers and the central directory makes the bytes depend on the report alone. Neither field
 * is covered by a checksum.
 */
function pinZipTimes(zip: Buffer): Buffer {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('the workbook is not a ZIP archive');
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('unexpected ZIP central directory');
    zip.writeUInt16LE(0, at + 12);
    zip.writeUInt16LE(0x21, at + 14);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error('unexpected ZIP local header');
    zip.writeUInt16LE(0, local + 10);
    zip.writeUInt16LE(0x21, local + 12);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}
