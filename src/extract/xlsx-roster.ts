import type { InputFile } from '../sources/input.js';
import { readXlsxSheet, type XlsxOptions, type XlsxRecord } from '../sources/xlsx.js';
import type { ExtractedDocument } from './document.js';
import { readRosterRows, rosterDocument } from './roster.js';

/** Reads one worksheet of an XLSX roster into appointees, with the cell of every record. */
export async function extractXlsxRoster(input: InputFile, options: XlsxOptions): Promise<ExtractedDocument> {
  const sheet = await readXlsxSheet(input, options);
  const rows = await readRosterRows(iterate(sheet.records));
  const doc = rosterDocument(input.source, 'xlsx', rows, []);
  doc.sheet = { name: sheet.name, lines: rows.lines, columns: rows.columns };
  return doc;
}

async function* iterate(records: readonly XlsxRecord[]): AsyncGenerator<XlsxRecord> {
  yield* records;
}
