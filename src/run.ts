import type { Readable } from 'node:stream';
import { fromNote, runChecks } from './checks/run-checks.js';
import { compareLevels, type Level } from './domain/level.js';
import { errorMessage, SkError } from './errors.js';
import { extractDecree } from './extract/decree.js';
import type { ExtractedDocument } from './extract/document.js';
import { extractRoster } from './extract/roster.js';
import { DEFAULT_LIMITS, type Limits, withinTime } from './limits.js';
import {
  type Appointee,
  type Counts,
  type Document,
  type Finding,
  type Kind,
  type Report,
  SCHEMA_VERSION,
  type Summary,
} from './model.js';
import type { CsvOptions } from './sources/csv.js';
import { detectKind, type InputFile, openInput } from './sources/input.js';
import type { PdfOptions } from './sources/pdf.js';

export interface RunOptions {
  csv?: CsvOptions;
  pdf?: PdfOptions;
  limits?: Partial<Limits>;
  /** Where `-` reads from. */
  stdin?: Readable;
  /** Called with each unexpected exception (a bug, not bad input), e.g. to print its stack. */
  onInternalError?: (source: string, error: unknown) => void;
}

const UNSUPPORTED: Partial<Record<Kind, string>> = {
  xlsx: 'XLSX workbooks are not supported by this version yet; save the sheet as CSV',
  text: 'plain-text and HTML inputs are not supported by this version yet',
};

async function extract(
  input: InputFile,
  options: RunOptions,
  signal: AbortSignal,
): Promise<ExtractedDocument> {
  const unsupported = UNSUPPORTED[input.kind];
  if (unsupported) throw new SkError('file-unsupported', unsupported);
  const { maxPages, maxInflatedBytes, maxRecordSize } = { ...DEFAULT_LIMITS, ...options.limits };
  if (input.kind === 'pdf')
    return extractDecree(input, { ...options.pdf, maxPages, maxInflatedBytes, signal });
  return extractRoster(input, { ...options.csv, maxRecordSize, signal });
}

/** Reads, extracts and checks one input. Never throws: what cannot be read is an unreadable document. */
export async function checkInput(source: string, options: RunOptions = {}): Promise<Document> {
  let kind: Kind = detectKind(source, Buffer.alloc(0));
  const controller = new AbortController();
  const work = async () => {
    const input = await openInput(source, options.stdin, options.limits, controller.signal);
    kind = input.kind;
    return checkedDocument(await extract(input, options, controller.signal));
  };
  try {
    return await withinTime(work(), options.limits?.timeout ?? DEFAULT_LIMITS.timeout, controller);
  } catch (error) {
    if (!(error instanceof SkError)) options.onInternalError?.(source, error);
    const code = error instanceof SkError ? error.code : 'internal-error';
    return unreadableDocument(source, kind, fromNote({ code, message: errorMessage(error) }));
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

function unreadableDocument(source: string, kind: Kind, finding: Finding): Document {
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

export function summarize(documents: readonly Document[]): Summary {
  const findings = documents.flatMap((doc) => doc.findings);
  return {
    documents: documents.length,
    ok: documents.filter((doc) => doc.status === 'ok').length,
    invalid: documents.filter((doc) => doc.status === 'invalid').length,
    unreadable: documents.filter((doc) => doc.status === 'unreadable').length,
    appointees: documents.reduce((sum, doc) => sum + doc.counts.total, 0),
    errors: findings.filter((finding) => finding.severity === 'error').length,
    warnings: findings.filter((finding) => finding.severity === 'warning').length,
  };
}

/** Checks every input in order and builds the report. */
export async function run(sources: readonly string[], options: RunOptions = {}): Promise<Report> {
  const documents: Document[] = [];
  for (const source of sources) documents.push(await checkInput(source, options));
  return { schemaVersion: SCHEMA_VERSION, documents, summary: summarize(documents) };
}
