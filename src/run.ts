import type { Readable } from 'node:stream';
import { fromNote, runChecks } from './checks/run-checks.js';
import { compareLevels, type Level } from './domain/level.js';
import { errorMessage, SkError } from './errors.js';
import { extractDecree } from './extract/decree.js';
import type { ExtractedDocument } from './extract/document.js';
import { extractPress } from './extract/press.js';
import { extractRoster } from './extract/roster.js';
import { extractXlsxRoster } from './extract/xlsx-roster.js';
import type { Appointee, Counts, Document, Finding, Kind, Summary } from './model.js';
import type { CsvOptions } from './sources/csv.js';
import { detectKind, type InputFile, type InputSource, openSource, sourceName } from './sources/input.js';
import type { PdfOptions } from './sources/pdf.js';
import type { XlsxOptions } from './sources/xlsx.js';

export interface RunOptions {
  csv?: CsvOptions;
  pdf?: PdfOptions;
  xlsx?: XlsxOptions;
  /** Where `-` reads from. */
  stdin?: Readable;
  /** Called with each unexpected exception (a bug, not bad input), e.g. to print its stack. */
  onInternalError?: (source: string, error: unknown) => void;
}

async function extract(input: InputFile, options: RunOptions): Promise<ExtractedDocument> {
  if (input.kind === 'pdf') return extractDecree(input, options.pdf ?? {});
  if (input.kind === 'xlsx') return extractXlsxRoster(input, options.xlsx ?? {});
  if (input.kind === 'text') return extractPress(input);
  return extractRoster(input, options.csv ?? {});
}

/** Reads, extracts and checks one input. Never throws: what cannot be read is an unreadable document. */
export async function checkInput(source: InputSource, options: RunOptions = {}): Promise<Document> {
  const name = sourceName(source);
  let kind: Kind = detectKind(name, Buffer.alloc(0));
  try {
    const input = await openSource(source, options.stdin);
    kind = input.kind;
    return checkedDocument(await extract(input, options));
  } catch (error) {
    if (!(error instanceof SkError)) options.onInternalError?.(name, error);
    const code = error instanceof SkError ? error.code : 'internal-error';
    return unreadableDocument(name, kind, fromNote({ code, message: errorMessage(error) }));
  }
}

export function checkedDocument(doc: ExtractedDocument): Document {
  const findings = runChecks(doc);
  const appointees = doc.records.map((record) => record.appointee);
  return {
    source: doc.source,
    kind: doc.kind,
    status: findings.some((finding) => finding.severity === 'error') ? 'invalid' : 'ok',
    decree: doc.decree,
    claims: doc.claims,
    appointees,
    counts: countAppointees(appointees),
    findings,
  };
}

/** A document that could not be read: its one finding says why. */
export function unreadableDocument(source: string, kind: Kind, finding: Finding): Document {
  return {
    source,
    kind,
    status: 'unreadable',
    decree: null,
    claims: [],
    appointees: [],
    counts: { total: 0, byLevel: {} },
    findings: [finding],
  };
}

export function countAppointees(appointees: readonly Appointee[]): Counts {
  const tally = new Map<Level, number>();
  for (const { level } of appointees) tally.set(level, (tally.get(level) ?? 0) + 1);
  const byLevel: Counts['byLevel'] = {};
  for (const level of [...tally.keys()].sort(compareLevels)) byLevel[level] = tally.get(level);
  return { total: appointees.length, byLevel };
}

/** The summary, counted as documents go by, so that a batch need not keep them. */
export class Tally {
  readonly summary: Summary = {
    documents: 0,
    ok: 0,
    invalid: 0,
    unreadable: 0,
    appointees: 0,
    errors: 0,
    warnings: 0,
  };

  add(doc: Document): void {
    const s = this.summary;
    s.documents++;
    s[doc.status]++;
    s.appointees += doc.counts.total;
    for (const finding of doc.findings) {
      if (finding.severity === 'error') s.errors++;
      else if (finding.severity === 'warning') s.warnings++;
    }
  }
}

export function summarize(documents: readonly Document[]): Summary {
  const tally = new Tally();
  for (const doc of documents) tally.add(doc);
  return tally.summary;
}
