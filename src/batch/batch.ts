import { open, stat } from 'node:fs/promises';
import { availableParallelism, freemem } from 'node:os';
import { extname } from 'node:path';
import { fromNote } from '../checks/run-checks.js';
import { withSettings } from '../checks/settings.js';
import { restoreSaid, type Spoken, say } from '../i18n/said.js';
import { PAGE_KINDS } from '../kinds.js';
import { DEFAULT_LIMITS } from '../limits.js';
import type { Document, Report, Summary } from '../model.js';
import { checkInputs, type RunOptions, Tally, unreadableDocument } from '../run.js';
import { SCHEMA_VERSION } from '../schema-version.js';
import { detectKind, type InputSource, sourceName } from '../sources/input.js';
import { AcrossDocuments } from './across.js';
import { DecreeJoiner } from './join.js';
import { sharedPool, TaskTimeout } from './pool.js';
import type { WorkerOptions, WorkerRequest, WorkerResponse } from './protocol.js';

export interface BatchOptions extends RunOptions {
  /** Worker threads for PDF files (at least one); other inputs are read in this thread. */
  jobs?: number;
  /** OCR progress of a PDF read in a worker: pages done of the pages to read. */
  onOcrPage?: (source: string, done: number, total: number) => void;
  /** Each document in input order, as soon as it and every one before it are done. */
  onDocument?: (doc: Document, index: number) => void | Promise<void>;
  /**
   * A batch of one PDF (without OCR) is read in this process, by PDFium, with no second Node
   * start-up; a file PDFium refuses still goes to a worker process (pdf.js can loop for minutes).
   * The time limit holds here too: PDFium's work runs under a V8 watchdog that stops it at the
   * limit (`PdfOptions.deadline`), where a worker process is killed at it.
   */
  oneFileHere?: boolean;
}

/** Memory a worker process takes reading decrees, with room to spare (its peak: docs/benchmarks.md). */
const WORKER_BYTES = 150 * 1024 * 1024;

/**
 * The most workers this machine runs: one per core, and no more than free memory holds (`--jobs
 * 5000` started 60 workers, 5 GB on 2 cores, before the PDFs ran out).
 */
export function jobsLimit(): { jobs: number; cores: number; freeBytes: number } {
  const cores = availableParallelism();
  const freeBytes = freemem();
  return { jobs: Math.max(1, Math.min(cores, Math.floor(freeBytes / WORKER_BYTES))), cores, freeBytes };
}

/** How long past --timeout a worker may take to end a file itself before it is stopped. */
const HARD_LIMIT_GRACE_MS = 1000;

/** Compiled JS runs the worker beside it; tests that run the TypeScript use the build's copy. */
const WORKER_FILE = import.meta.url.endsWith('.ts')
  ? new URL('../../dist/batch/worker.js', import.meta.url)
  : new URL('./worker.js', import.meta.url);

/** One input of a batch, or an argument that named nothing (kept, so that it is reported). */
export interface BatchInput {
  source: InputSource;
  /** Why the argument gave no file. */
  problem?: Spoken | undefined;
}

/** PDF files go to the worker processes (the first bytes decide, as they do for reading); bytes in memory stay here. */
async function isPdf(source: InputSource): Promise<boolean> {
  if (typeof source !== 'string' || source === '-') return false;
  if (extname(source).toLowerCase() === '.pdf') return true;
  // Only a regular file is opened: a FIFO's open would wait for a writer (it is reported unreadable here).
  if (!(await stat(source).catch(() => null))?.isFile()) return false;
  const handle = await open(source, 'r').catch(() => null);
  if (!handle) return false;
  try {
    const head = Buffer.alloc(8);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return PAGE_KINDS.includes(detectKind(source, head.subarray(0, bytesRead)));
  } finally {
    await handle.close();
  }
}

function workerOptions(options: BatchOptions): WorkerOptions {
  const {
    stdin: _stdin,
    onInternalError: _onInternalError,
    onDocument: _onDocument,
    onAppointees: _onAppointees,
    onOcrPage: _onOcrPage,
    jobs: _jobs,
    oneFileHere: _oneFileHere,
    ...plain
  } = options;
  return plain;
}

/**
 * OCR is the heaviest work there is: one scan alone gets every thread for its pages, a batch of
 * scans one thread per worker (so both cores work either way, and never oversubscribed).
 */
function withOcrThreads(options: WorkerOptions, jobs: number, pdfCount: number): WorkerOptions {
  const ocr = options.pdf?.ocr;
  if (!ocr) return options;
  const threads = ocr.threads ?? Math.max(1, Math.floor(jobs / Math.max(1, Math.min(jobs, pdfCount))));
  return { ...options, pdf: { ...options.pdf, ocr: { ...ocr, threads } } };
}

/**
 * Checks a batch of inputs: PDFs in up to `jobs` worker processes, the rest in this thread, with the
 * cross-document checks applied in input order. Documents come out in input order whatever `jobs`
 * is, so output bytes do not depend on it. Returns the summary; documents go to `onDocument`.
 */
export function runBatch(inputs: readonly BatchInput[], options: BatchOptions = {}): Promise<Summary> {
  // The cross-document checks here obey the settings as the checks of each document do.
  return withSettings(options.settings, () => runBatchNow(inputs, options));
}

async function runBatchNow(inputs: readonly BatchInput[], options: BatchOptions): Promise<Summary> {
  const jobs = Math.max(1, Math.min(options.jobs ?? 1, jobsLimit().jobs));
  const pdfs = await Promise.all(inputs.map((input) => (input.problem ? false : isPdf(input.source))));
  const pdfCount = pdfs.filter(Boolean).length;
  if (options.oneFileHere && inputs.length === 1 && pdfCount === 1 && !options.pdf?.ocr) {
    const docs = await readHere((inputs[0] as BatchInput).source, options);
    // Else PDFium refused it: a worker process reads it, as in any batch.
    if (docs) {
      // One file joins no body to its lampiran: its documents (a list's decrees) go out as they are.
      const tally = new Tally();
      const across = new AcrossDocuments();
      for (const doc of docs) {
        const seen = across.visit(doc);
        tally.add(seen);
        await options.onDocument?.(seen, 0);
      }
      return tally.summary;
    }
  }
  // Other PDFs are read in worker processes: pdf.js, their fallback, can be stuck in one long
  // built-in call that only killing a process stops.
  // The workers outlive the batch a few seconds: the next batch in this process finds them warm.
  // The pool starts them in order, on at most this many workers.
  const workers = Math.min(jobs, pdfCount);
  const pool = (request: WorkerRequest, ms?: number, onProgress?: (p: unknown) => void) =>
    sharedPool<WorkerRequest, WorkerResponse>(WORKER_FILE).run(request, ms, onProgress, workers);
  const plain = withOcrThreads(workerOptions(options), jobs, pdfCount);
  // The worker's own clock ends a file that waits; this one stops a worker stuck in a loop, a little later.
  const timeout = options.limits?.timeout ?? DEFAULT_LIMITS.timeout;
  const hardLimitMs = timeout > 0 ? timeout * 1000 + HARD_LIMIT_GRACE_MS : undefined;
  const across = new AcrossDocuments();
  const joiner = new DecreeJoiner();
  const tally = new Tally();
  // Results wait here until every document before them is out; the window bounds how many wait.
  const window = Math.max(16, jobs * 4);
  const pending = new Map<number, Promise<Document[]>>();
  let inThread: Promise<unknown> = Promise.resolve();

  const start = (index: number): void => {
    const input = inputs[index] as BatchInput;
    const name = sourceName(input.source);
    let result: Promise<Document[]>;
    if (input.problem) {
      const finding = fromNote({ code: 'file-unreadable', ...input.problem });
      result = Promise.resolve([unreadableDocument(name, detectKind(name, Buffer.alloc(0)), finding)]);
    } else if (pdfs[index]) {
      const onProgress = (progress: unknown) => {
        const { done, total } = progress as { done: number; total: number };
        options.onOcrPage?.(name, done, total);
      };
      result = workerDocument(
        name,
        pool({ source: name, options: plain }, hardLimitMs, onProgress),
        timeout,
        options,
      );
    } else {
      // One at a time in this thread: a roster streams, and two at once would only interleave.
      // A roster that streams its rows out waits until every document before it is out.
      const turn = options.onAppointees ? inThread.then(() => emittedUpTo(index)) : inThread;
      result = turn.then(() => checkInputs(input.source, { ...options, splitRosters: jobs > 1 }));
      inThread = result.catch(() => undefined);
    }
    pending.set(index, result);
  };

  let emitted = 0;
  const waiting = new Map<number, () => void>();
  const emittedUpTo = (index: number): Promise<void> =>
    emitted >= index ? Promise.resolve() : new Promise((resolve) => waiting.set(index, resolve));
  const emitNext = async (): Promise<void> => {
    const docs = await (pending.get(emitted) as Promise<Document[]>);
    pending.delete(emitted);
    for (const doc of docs) {
      for (const out of joiner.take(across.visit(doc))) {
        tally.add(out);
        await options.onDocument?.(out, emitted);
      }
    }
    emitted++;
    waiting.get(emitted)?.();
    waiting.delete(emitted);
  };

  for (let index = 0; index < inputs.length; index++) {
    while (index - emitted >= window) await emitNext();
    start(index);
  }
  while (emitted < inputs.length) await emitNext();
  for (const out of joiner.finish()) {
    tally.add(out);
    await options.onDocument?.(out, inputs.length);
  }
  return tally.summary;
}

/**
 * A worker process's answer as a document: its findings' catalogue data restored and its caught
 * stacks passed on; a worker past its time limit is `limit-exceeded`, one that died `internal-error`.
 */
function workerDocument(
  name: string,
  answer: Promise<WorkerResponse>,
  timeout: number,
  options: BatchOptions,
): Promise<Document[]> {
  return answer.then(
    ({ documents, stacks, said }) => {
      documents.forEach((document, i) => {
        restoreSaid(document.findings, said?.[i]);
      });
      for (const stack of stacks) options.onInternalError?.(name, Object.assign(new Error(), { stack }));
      return documents;
    },
    (error: Error) => {
      if (error instanceof TaskTimeout) {
        const spoken = say('limit-exceeded/timeout', { seconds: timeout });
        return [unreadableDocument(name, 'pdf', fromNote({ code: 'limit-exceeded', ...spoken }))];
      }
      options.onInternalError?.(name, error);
      return [
        unreadableDocument(
          name,
          'pdf',
          fromNote({
            code: 'internal-error',
            message: `reading it stopped a worker process: ${error.message}`,
          }),
        ),
      ];
    },
  );
}

/** One PDF read in this process by PDFium alone; undefined when PDFium refuses it. */
async function readHere(source: InputSource, options: BatchOptions): Promise<Document[] | undefined> {
  const { PdfiumRefused } = await import('../pdf/pdfium.js');
  let refused = false;
  const docs = await checkInputs(source, {
    ...options,
    pdf: { ...options.pdf, fallback: false },
    onInternalError: (name, error) => {
      if (error instanceof PdfiumRefused) refused = true;
      else options.onInternalError?.(name, error);
    },
  });
  return refused ? undefined : docs;
}

/** Checks every input (paths or bytes, in order) and builds the whole report. */
export async function run(sources: readonly InputSource[], options: BatchOptions = {}): Promise<Report> {
  const documents: Document[] = [];
  const summary = await runBatch(
    sources.map((source) => ({ source })),
    {
      ...options,
      onDocument: async (doc, index) => {
        documents.push(doc);
        await options.onDocument?.(doc, index);
      },
    },
  );
  return { schemaVersion: SCHEMA_VERSION, documents, summary };
}
