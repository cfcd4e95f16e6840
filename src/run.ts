import type { Readable } from 'node:stream';
import { isFindingCode, RULES } from './checks/index.js';
import { outcomeOf, pagesOf } from './checks/outcome.js';
import { compareFindings, fromNote, RowChecker, runChecks, sortFindings } from './checks/run-checks.js';
import { type Settings, withSettings } from './checks/settings.js';
import { compareLevels, type Level } from './domain/level.js';
import { parseSkNumber } from './domain/sk-number.js';
import { errorMessage, SkError } from './errors.js';
import { unusedHintNotes, withDocumentHints } from './extract/column-hints.js';
import type { ExtractedDocument } from './extract/document.js';
import {
  csvRecords,
  encodingNotes,
  extractRoster,
  type RosterRows,
  readRosterRows,
  rosterDocument,
} from './extract/roster.js';
import { type Said, saidOf, withSaid } from './i18n/said.js';
import { DEFAULT_LIMITS, type Limits, withinTime } from './limits.js';
import type { Appointee, Counts, Document, Finding, Kind, Summary } from './model.js';
import type { PdfOptions } from './pdf/pdf.js';
import { readRosterInTwo } from './roster/split.js';
import { type CsvOptions, csvLayout } from './sources/csv.js';
import { detectKind, type InputFile, type InputSource, openSource, sourceName } from './sources/input.js';
import type { XlsxOptions } from './sources/xlsx.js';
import { Spool, severityCount, standFor } from './spill.js';

export interface RunOptions {
  csv?: CsvOptions;
  pdf?: PdfOptions;
  xlsx?: XlsxOptions;
  limits?: Partial<Limits>;
  /** Where `-` reads from. */
  stdin?: Readable;
  /** An office's settings for the checks (rule levels, thresholds): plain data, sent to workers too. */
  settings?: Settings;
  /** Called with each unexpected exception (a bug, not bad input), e.g. to print its stack. */
  onInternalError?: (source: string, error: unknown) => void;
  /**
   * False: a CSV roster's document keeps its counts and findings but not its appointees, so that a
   * roster of millions is checked in flat memory (a report that lists no appointees needs none).
   */
  keepAppointees?: boolean;
  /** Big CSV rosters (when their appointees are not kept) may be read in two threads. */
  splitRosters?: boolean;
  /** How big a roster must be for that (default `SPLIT_MIN_BYTES`); tests make it small. */
  splitRosterMinBytes?: number;
  /** A CSV roster's appointees as they are read, in batches, instead of in its document. */
  onAppointees?: AppointeeSink;
  /**
   * A CSV roster's findings and appointees past this many go to a temporary file, so a million of
   * them take flat memory; the document's lists then stand for them (`each`, `sizeOf` in spill.ts)
   * until the report writer has written it and `release`s them. Unset: every one is kept in memory.
   */
  spillAfter?: number;
}

/** Takes a roster's appointees as they stream past, with its source and its SK number so far. */
export type AppointeeSink = (
  source: string,
  decreeNumber: string | null,
  appointees: readonly Appointee[],
) => void | Promise<void>;

/** Appointees handed to an `AppointeeSink` at a time. */
const SINK_BATCH = 1000;

/** A kind's reader: an input gives one document, or several (a list of decrees, a workbook's sheets). */
type Reader = (input: InputFile, options: RunOptions, signal: AbortSignal) => Promise<ExtractedDocument[]>;

/** A decree read as pages: a PDF, or a photo or scan of one (`--ocr`). */
const readPages: Reader = async (input, options, signal) => {
  const {
    maxPages,
    maxInflatedBytes,
    maxImagePixels,
    maxImageDirectories,
    ocrMaxPages,
    ocrPageTimeout,
    timeout,
  } = {
    ...DEFAULT_LIMITS,
    ...options.limits,
  };
  // PDFium's own calls are stopped at the file's time limit too, not only between pages.
  const deadline = timeout > 0 ? { at: Date.now() + timeout * 1000, seconds: timeout } : undefined;
  const ocr = options.pdf?.ocr && {
    ...options.pdf.ocr,
    maxPages: ocrMaxPages,
    pageTimeout: ocrPageTimeout,
  };
  const { extractDecree } = await import('./extract/decree.js');
  return extractDecree(input, {
    ...options.pdf,
    ...(ocr ? { ocr } : {}),
    maxPages,
    maxInflatedBytes,
    maxImagePixels,
    maxImageDirectories,
    signal,
    deadline,
  });
};

const readWord: Reader = async (input, options) => {
  const { extractWordDecree } = await import('./extract/word-decree.js');
  const { maxInflatedBytes, maxXmlDepth, maxXmlElements } = { ...DEFAULT_LIMITS, ...options.limits };
  return [await extractWordDecree(input, { maxInflatedBytes, maxXmlDepth, maxXmlElements })];
};

/**
 * The reader of each kind (src/kinds.ts lists the kinds): a `Record` over every kind, so a kind
 * added there without a reader here does not compile, instead of being read as something else.
 */
const READERS: Record<Kind, Reader> = {
  pdf: readPages,
  image: readPages,
  docx: readWord,
  odt: readWord,
  xlsx: async (input, options, signal) => {
    const { maxInflatedBytes, maxSheetRows, maxSheetCells, maxXmlDepth } = {
      ...DEFAULT_LIMITS,
      ...options.limits,
    };
    const budget = { maxInflatedBytes, maxSheetRows, maxSheetCells, maxXmlDepth };
    const { extractXlsxRosters } = await import('./extract/xlsx-roster.js');
    return extractXlsxRosters(input, { ...options.xlsx, ...budget, signal });
  },
  text: async (input) => [await (await import('./extract/press.js')).extractPress(input)],
  csv: async (input, options, signal) => [await extractRoster(input, csvOptions(options, signal))],
};

function extract(input: InputFile, options: RunOptions, signal: AbortSignal): Promise<ExtractedDocument[]> {
  return READERS[input.kind](input, options, signal);
}

/** The CSV options with the record-size limit and the file's time signal. */
function csvOptions(options: RunOptions, signal?: AbortSignal): CsvOptions {
  const { maxRecordSize } = { ...DEFAULT_LIMITS, ...options.limits };
  return { ...options.csv, maxRecordSize, ...(signal ? { signal } : {}) };
}

/**
 * A CSV roster checked as it streams: each row goes through the row checks and is counted, then
 * dropped unless the report lists appointees, so memory stays flat however long the file is.
 */
async function checkCsvRoster(
  input: InputFile,
  options: RunOptions,
  path: string | null,
  signal: AbortSignal,
): Promise<Document> {
  const csv = csvOptions(options, signal);
  // A big roster whose rows nobody waits for is read in two threads when there are two.
  // The second thread would not see an office's settings: a roster checked under them is read in one.
  const plain = !options.settings;
  if (path && plain && options.splitRosters && options.keepAppointees === false && !options.onAppointees) {
    const layout = csvLayout(input, csv);
    const split = await readRosterInTwo(path, input.head, layout, csv, options.splitRosterMinBytes);
    if (split) {
      const rows: RosterRows = {
        records: [],
        lines: [],
        columns: split.header.map,
        skNumber: split.skNumberRaw ? parseSkNumber(split.skNumberRaw) : null,
        decreeDate: split.decreeDate,
        undecodable: split.undecodable,
      };
      const doc = rosterDocument(input.source, 'csv', rows, encodingNotes(rows, layout.encoding));
      return rosterResult(doc, split.findings, [], split.levels);
    }
  }
  const { records, encoding } = csvRecords(input, csv);
  const checker = new RowChecker({ kind: 'csv', decree: null });
  const keep = options.keepAppointees !== false && !options.onAppointees;
  const spill = options.spillAfter ?? Number.POSITIVE_INFINITY;
  const kept = new Spool<Appointee>(spill);
  const rowFindings = new RowFindings(spill);
  const levels = new Map<Level, number>();
  let batch: Appointee[] = [];
  let batchNumber: string | null = null;
  const flush = async () => {
    if (batch.length === 0 || !options.onAppointees) return;
    const out = batch;
    batch = [];
    await options.onAppointees(input.source, batchNumber, out);
  };
  const rows = await readRosterRows(records, (record, line, skNumberRaw) => {
    checker.visit(record, line);
    if (checker.findings.length > 0) rowFindings.take(checker.findings);
    const { appointee } = record;
    levels.set(appointee.level, (levels.get(appointee.level) ?? 0) + 1);
    if (keep) kept.push(appointee);
    if (!options.onAppointees) return;
    batchNumber = skNumberRaw ? parseSkNumber(skNumberRaw).normalized : null;
    batch.push(appointee);
    return batch.length >= SINK_BATCH ? flush() : undefined;
  });
  await flush();
  const notes = [...encodingNotes(rows, encoding), ...unusedHintNotes()];
  const doc = rosterDocument(input.source, 'csv', rows, notes);
  if (!rowFindings.spool.spilled && !kept.spilled)
    return rosterResult(doc, [...rowFindings.early, ...rowFindings.spool.kept], kept.kept, levels);
  const result = rosterResult(doc, rowFindings.early, [], levels);
  const docLevel = result.findings;
  const spool = rowFindings.spool;
  const findings = standFor([...docLevel], {
    length: docLevel.length + spool.length,
    items: () => mergeSorted(docLevel, spool),
    severities: {
      error: severityCount(docLevel, 'error') + rowFindings.severities.error,
      warning: severityCount(docLevel, 'warning') + rowFindings.severities.warning,
      info: severityCount(docLevel, 'info') + rowFindings.severities.info,
    },
    dispose: () => spool.dispose(),
  });
  const appointees = standFor<Appointee>([], {
    length: kept.length,
    items: () => kept,
    dispose: () => kept.dispose(),
  });
  // The row findings are in the spool, not in the document's list the outcome was decided from.
  const status = rowFindings.severities.error > 0 ? 'invalid' : result.status;
  return { ...result, status, appointees, findings };
}

/**
 * A streamed roster's row findings, in the report's order as they come (rows come in order; each
 * row's few are sorted), into a spool; one that would come out of order is kept apart, in memory.
 */
class RowFindings {
  readonly spool: Spool<Finding>;
  readonly early: Finding[] = [];
  readonly severities = { error: 0, warning: 0, info: 0 };
  #last: Finding | null = null;

  constructor(keep: number) {
    // A finding's catalogue data (a hidden property: JSON leaves it out) goes with it, so that a
    // spilled finding is said in the report's language as one in memory is.
    this.spool = new Spool<Finding>(keep, {
      save: (finding) => [finding, saidOf(finding) ?? null],
      load: (data) => {
        const [finding, said] = data as [Finding, Said | null];
        return withSaid(finding, said ?? undefined);
      },
    });
  }

  /** Takes the findings of the record just checked, emptying the list. */
  take(findings: Finding[]): void {
    sortFindings(findings);
    for (const finding of findings) {
      if (this.#last && compareFindings(finding, this.#last) < 0) {
        this.early.push(finding);
        continue;
      }
      this.spool.push(finding);
      this.severities[finding.severity]++;
      this.#last = finding;
    }
    findings.length = 0;
  }
}

/** Two sorted lists as one, in the report's order. */
function* mergeSorted(a: readonly Finding[], b: Iterable<Finding>): Generator<Finding> {
  let i = 0;
  for (const finding of b) {
    while (i < a.length && compareFindings(a[i] as Finding, finding) <= 0) yield a[i++] as Finding;
    yield finding;
  }
  while (i < a.length) yield a[i++] as Finding;
}

function rosterResult(
  doc: ExtractedDocument,
  rowFindings: readonly Finding[],
  kept: Appointee[],
  levels: ReadonlyMap<Level, number>,
): Document {
  let total = 0;
  for (const count of levels.values()) total += count;
  return documentOf(doc, runChecks(doc, RULES, rowFindings), kept, { total, byLevel: byLevel(levels) });
}

/** The report's document for what was read, with its findings and its outcome. */
function documentOf(
  doc: ExtractedDocument,
  findings: Finding[],
  appointees: Appointee[],
  counts: Counts,
): Document {
  const outcome = outcomeOf({
    doc,
    codes: new Set(findings.map((finding) => finding.code)),
    hasError: findings.some((finding) => finding.severity === 'error'),
    counts,
    rowPages: pagesOf(appointees),
  });
  return {
    source: doc.source,
    kind: doc.kind,
    status: outcome.status,
    ...(outcome.checked ? { checked: outcome.checked } : {}),
    ...(outcome.unverified ? { unverified: outcome.unverified } : {}),
    decree: doc.decree,
    claims: doc.claims,
    appointees,
    counts,
    findings,
    ...(doc.ocr ? { ocr: true as const, ocrConfidence: doc.ocr.confidence } : {}),
  };
}

function byLevel(tally: ReadonlyMap<Level, number>): Counts['byLevel'] {
  const result: Counts['byLevel'] = {};
  for (const level of [...tally.keys()].sort(compareLevels)) result[level] = tally.get(level);
  return result;
}

/**
 * Reads, extracts and checks one input: its documents, in order. Most inputs are one document; a
 * list of appointees grouped under several decrees gives one per decree (`list.pdf#<SK number>`),
 * a workbook one per sheet with people (`book.xlsx#<sheet>`). Never throws: what cannot be read is
 * one unreadable document.
 */
export function checkInputs(source: InputSource, options: RunOptions = {}): Promise<Document[]> {
  return withSettings(options.settings, () => checkInputsNow(source, options));
}

async function checkInputsNow(source: InputSource, options: RunOptions): Promise<Document[]> {
  const name = sourceName(source);
  let kind: Kind = detectKind(name, Buffer.alloc(0));
  const controller = new AbortController();
  const work = async () => {
    const input = await openSource(source, options.stdin, options.limits, controller.signal);
    kind = input.kind;
    const path = typeof source === 'string' && source !== '-' ? source : null;
    // A roster's header is read before any SK number: only the column hints without `match` hold.
    if (input.kind === 'csv')
      return [await withDocumentHints(null, () => checkCsvRoster(input, options, path, controller.signal))];
    const read = () => extract(input, options, controller.signal);
    return (await (input.kind === 'xlsx' ? withDocumentHints(null, read) : read())).map(checkedDocument);
  };
  try {
    return await withinTime(work(), options.limits?.timeout ?? DEFAULT_LIMITS.timeout, () =>
      controller.abort(),
    );
  } catch (error) {
    if (!(error instanceof SkError)) options.onInternalError?.(name, error);
    const code = error instanceof SkError && isFindingCode(error.code) ? error.code : 'internal-error';
    const said = error instanceof SkError ? error.said : undefined;
    return [unreadableDocument(name, kind, fromNote({ code, message: errorMessage(error), said }))];
  }
}

/**
 * `checkInputs` for an input known to be one document: its first. A list of several decrees or a
 * workbook of several sheets gives more; call `checkInputs` for those.
 */
export async function checkInput(source: InputSource, options: RunOptions = {}): Promise<Document> {
  return (await checkInputs(source, options))[0] as Document;
}

export function checkedDocument(doc: ExtractedDocument): Document {
  const appointees = doc.records.map((record) => record.appointee);
  return documentOf(doc, runChecks(doc), appointees, countAppointees(appointees));
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
  return { total: appointees.length, byLevel: byLevel(tally) };
}

/** The summary, counted as documents go by, so that a batch need not keep them. */
export class Tally {
  readonly summary: Summary = {
    documents: 0,
    verified: 0,
    invalid: 0,
    unverified: 0,
    notADecree: 0,
    unreadable: 0,
    appointees: 0,
    errors: 0,
    warnings: 0,
  };

  add(doc: Document): void {
    const s = this.summary;
    s.documents++;
    s[SUMMARY_KEY[doc.status]]++;
    s.appointees += doc.counts.total;
    s.errors += severityCount(doc.findings, 'error');
    s.warnings += severityCount(doc.findings, 'warning');
  }
}

/** The summary's count of each outcome. */
const SUMMARY_KEY = {
  verified: 'verified',
  invalid: 'invalid',
  unverified: 'unverified',
  'not-a-decree': 'notADecree',
  unreadable: 'unreadable',
} as const satisfies Record<Document['status'], keyof Summary>;

export function summarize(documents: readonly Document[]): Summary {
  const tally = new Tally();
  for (const doc of documents) tally.add(doc);
  return tally.summary;
}
