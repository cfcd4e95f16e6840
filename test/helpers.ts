import { createRequire } from 'node:module';
import { runChecks } from '../src/checks/run-checks.js';
import { buildAppointee } from '../src/extract/appointee.js';
import type { RowCells } from '../src/extract/columns.js';
import type { ExtractedDocument } from '../src/extract/document.js';
import type { Decree, Finding } from '../src/model.js';

/** Keeps only `keys` of each item (absent keys stay absent), for readable diffs. */
export function project<T extends object, K extends keyof T>(
  items: readonly T[],
  keys: readonly K[],
): Array<Partial<Pick<T, K>>> {
  return items.map((item) => {
    const picked: Partial<Pick<T, K>> = {};
    for (const key of keys) if (item[key] !== undefined) picked[key] = item[key];
    return picked;
  });
}

/** An extracted CSV roster whose rows (1-based) are built from `rows` as the extractor would. */
export function docOf(rows: readonly RowCells[], extra: Partial<ExtractedDocument> = {}): ExtractedDocument {
  return {
    source: 'test.csv',
    kind: 'csv',
    decree: null,
    skNumber: null,
    claims: [],
    records: rows.map((cells, i) => buildAppointee(cells, i + 1)),
    notes: [],
    ...extra,
  };
}

/** The findings every registered check makes on `rows`, only those of `code` when given. */
export function findingsOf(
  rows: readonly RowCells[],
  code?: string,
  extra: Partial<ExtractedDocument> = {},
): Finding[] {
  const findings = runChecks(docOf(rows, extra));
  return code === undefined ? findings : findings.filter((finding) => finding.code === code);
}

/** A decree with only a number and a date, for checks that compare against the decree date. */
export function decreeOn(date: string, number = '800.1.3.3/Kep.411/BKPSDM/2026'): Decree {
  return {
    number,
    numberRaw: number,
    date,
    place: null,
    issuer: null,
    subject: null,
    signatory: null,
  };
}

/** The OCR packages are optional peer dependencies: where they are not installed, OCR tests are skipped. */
export const hasOcr = (() => {
  try {
    createRequire(import.meta.url).resolve('tesseract.js');
    return true;
  } catch {
    return false;
  }
})();
