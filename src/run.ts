import type { Readable } from 'node:stream';
import { checkedDocument } from './checks/document.js';
import { isFindingCode } from './checks/index.js';
import { fromNote } from './checks/run-checks.js';
import { type Settings, withSettings } from './checks/settings.js';
import { errorMessage, SkError } from './errors.js';
import { withDocumentHints } from './extract/column-hints.js';
import type { ExtractedDocument } from './extract/document.js';
import { extractRoster } from './extract/roster.js';
import { DEFAULT_LIMITS, type Limits, withinTime } from './limits.js';
import type { Document, Finding, Kind, Summary } from './model.js';
import type { PdfOptions } from './pdf/pdf.js';
import { checkCsvRoster, csvOptions, type RosterStreamOptions } from './roster/stream.js';
import type { CsvOptions } from './sources/csv.js';
import { detectKind, type InputFile, type InputSource, openSource, sourceName } from './sources/input.js';
import type { XlsxOptions } from './sources/xlsx.js';
import { severityCount } from './spill.js';

export { checkedDocument, countAppointees } from './checks/document.js';
export type { AppointeeSink } from './roster/stream.js';

export interface RunOptions extends RosterStreamOptions {
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
}

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
  return extractWordDecree(input, { maxInflatedBytes, maxXmlDepth, maxXmlElements });
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
