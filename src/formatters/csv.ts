import { stringify } from 'csv-stringify/sync';
import type { Appointee, Document, Finding, Report } from '../model.js';
import { each } from '../spill.js';

export const FINDING_COLUMNS = [
  'source',
  'code',
  'severity',
  'page',
  'row',
  'field',
  'message',
  'cell',
  'person',
  'line',
  'outcome',
] as const;

export const APPOINTEE_COLUMNS = [
  'source',
  'sk_number',
  'row',
  'name',
  'titles_before',
  'titles_after',
  'name_raw',
  'nip',
  'birth_date',
  'sex',
  'tmt',
  'grade',
  'rank',
  'echelon',
  'level',
  'position_old',
  'position_new',
  'unit',
  'page',
  'nip_raw',
] as const;

export type Cell = string | number | null | undefined;

/**
 * A spreadsheet runs a cell that starts with = + - @ tab or CR as a formula (CSV injection). OWASP's
 * advice: prefix such cells with a single quote, unless the cell is a plain number.
 */
export function neutralizeFormula(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  if (typeof value === 'number' || /^[-+]?\d+([.,]\d+)?$/.test(text)) return text;
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function toCsv(rows: Cell[][]): string {
  return stringify(
    rows.map((row) => row.map(neutralizeFormula)),
    { record_delimiter: '\n' },
  );
}

/** The header line of `check --format csv` (findings) or `extract --format csv` (appointees). */
export function csvHeader(kind: 'findings' | 'appointees'): string {
  return toCsv([[...(kind === 'findings' ? FINDING_COLUMNS : APPOINTEE_COLUMNS)]]);
}

/** Rows written at a time: a roster's million findings are never one string. */
const CSV_BATCH = 1000;

function* inBatches<T>(items: Iterable<T>, write: (batch: T[]) => string): Generator<string> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length >= CSV_BATCH) {
      yield write(batch);
      batch = [];
    }
  }
  if (batch.length > 0) yield write(batch);
}

/** One document's findings as CSV lines, without the header. */
function findingsCsvRows(doc: Document): string {
  return [...findingsCsvPieces(doc)].join('');
}

/**
 * The same, a thousand lines at a time: first the document's outcome row (no code; its message says
 * what was checked and what could not be), then its findings, each with the outcome too.
 */
export function* findingsCsvPieces(doc: Document): Generator<string> {
  yield toCsv([outcomeCells(doc)]);
  yield* inBatches(each(doc.findings), (findings) => findingsCsv(doc, findings));
}

function findingsCsv(doc: Document, findings: readonly Finding[]): string {
  return findingsCsvLines(doc.source, findings, doc.status);
}

/** Findings of one source as CSV lines, without the header (an audit's have no outcome). */
export function findingsCsvLines(
  source: string,
  findings: readonly Finding[],
  outcome?: Document['status'],
): string {
  return toCsv(findings.map((f) => findingCells(source, f, outcome)));
}

/** The row that gives a document's outcome even when it has no finding. */
export function outcomeCells(doc: Document): Cell[] {
  const said = [doc.checked?.message, ...(doc.unverified ?? []).map((reason) => reason.message)];
  const message = said.filter((text) => text !== undefined).join('; ');
  return [doc.source, '', '', null, null, null, message, null, null, null, doc.status];
}

/** A finding's cells, in the order of `FINDING_COLUMNS` (the CSV and the workbook's findings sheet). */
export function findingCells(source: string, f: Finding, outcome?: Document['status']): Cell[] {
  return [source, f.code, f.severity, f.page, f.row, f.field, f.message, f.cell, f.person, f.line, outcome];
}

/** One document's appointees as CSV lines, without the header. */
function appointeesCsvRows(doc: Document): string {
  return [...appointeesCsvPieces(doc)].join('');
}

/** The same, a thousand lines at a time. */
export function appointeesCsvPieces(doc: Document): Generator<string> {
  const number = doc.decree?.number ?? null;
  return inBatches(each(doc.appointees), (list) => appointeeCsvLines(doc.source, number, list));
}

/** Appointees of one source as CSV lines, without the header: a streamed roster's, a batch at a time. */
export function appointeeCsvLines(
  source: string,
  decreeNumber: string | null,
  appointees: readonly Appointee[],
): string {
  return toCsv(appointees.map((a) => appointeeCells(source, decreeNumber, a)));
}

/** An appointee's cells, in the order of `APPOINTEE_COLUMNS` (the CSV and the workbook's first sheet). */
export function appointeeCells(source: string, decreeNumber: string | null, a: Appointee): Cell[] {
  return [
    source,
    decreeNumber,
    a.row,
    a.name,
    a.titlesBefore.join(' '),
    a.titlesAfter.join(', '),
    a.nameRaw,
    a.nip,
    a.birthDate,
    a.sex,
    a.tmt,
    a.grade,
    a.rank,
    a.echelon,
    a.level,
    a.positionOld,
    a.positionNew,
    a.unit,
    a.page,
    a.nipRaw,
  ];
}

/** `check --format csv`: one row per finding. */
export function formatFindingsCsv(report: Report): string {
  return csvHeader('findings') + report.documents.map(findingsCsvRows).join('');
}

/** `extract --format csv`: one row per appointee, normalized. */
export function formatAppointeesCsv(report: Report): string {
  return csvHeader('appointees') + report.documents.map(appointeesCsvRows).join('');
}
