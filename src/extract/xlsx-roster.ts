import { SkError } from '../errors.js';
import { say } from '../i18n/said.js';
import type { InputFile } from '../sources/input.js';
import { readXlsxBook, type XlsxOptions, type XlsxRecord, type XlsxSheet } from '../sources/xlsx.js';
import type { ExtractedDocument, Note } from './document.js';
import { type RosterRows, readRosterRows, rosterDocument } from './roster.js';

/**
 * Reads a workbook's rosters, with the cell of every record. `--sheet` reads the sheet it names;
 * else every sheet holding a table of people with NIPs is a document of its own (its title rows, if
 * any, name its decree), named `<file>#<sheet>` when there are several, and each other sheet is named
 * in a `sheet-skipped` note on the first. A workbook with no such sheet is read from its first sheet,
 * as one with a single sheet always was.
 */
export async function extractXlsxRosters(
  input: InputFile,
  options: XlsxOptions,
): Promise<ExtractedDocument[]> {
  const book = await readXlsxBook(input, options);
  const [first] = book.sheets as [XlsxSheet, ...XlsxSheet[]];
  if (options.sheet !== undefined)
    return [sheetDocument(input.source, first, await readRosterRows(iterate(first.records)))];
  const read: Array<{ sheet: XlsxSheet; rows: RosterRows }> = [];
  const skipped: XlsxSheet[] = [];
  for (const sheet of book.sheets) {
    const rows = await peopleOf(sheet);
    if (rows) read.push({ sheet, rows });
    else skipped.push(sheet);
  }
  if (read.length === 0) {
    const rows = await readRosterRows(iterate(first.records));
    read.push({ sheet: first, rows });
    skipped.splice(skipped.indexOf(first), 1);
  }
  const docs = read.map(({ sheet, rows }) =>
    sheetDocument(read.length === 1 ? input.source : `${input.source}#${sheet.name}`, sheet, rows),
  );
  docs[0]?.notes.push(...skipped.map((sheet) => skippedNote(sheet, book.names.length)));
  return docs;
}

/** A sheet's rows when they are a table of people with NIPs (a header naming the NIP, a row under it); else null. */
async function peopleOf(sheet: XlsxSheet): Promise<RosterRows | null> {
  try {
    const rows = await readRosterRows(iterate(sheet.records));
    const { nip, nameNip } = rows.columns;
    return (nip !== undefined || nameNip !== undefined) && rows.records.length > 0 ? rows : null;
  } catch (error) {
    if (error instanceof SkError && error.code === 'roster-header-missing') return null;
    throw error;
  }
}

function sheetDocument(source: string, sheet: XlsxSheet, rows: RosterRows): ExtractedDocument {
  const doc = rosterDocument(source, 'xlsx', rows, []);
  doc.sheet = { name: sheet.name, lines: rows.lines, columns: rows.columns };
  return doc;
}

function skippedNote(sheet: XlsxSheet, sheets: number): Note {
  return {
    code: 'sheet-skipped',
    ...say('sheet-skipped', { sheet: sheet.name, position: sheet.index + 1, sheets }),
  };
}

async function* iterate(records: readonly XlsxRecord[]): AsyncGenerator<XlsxRecord> {
  yield* records;
}
