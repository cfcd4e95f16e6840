import { stat } from 'node:fs/promises';
import type { Worker } from 'node:worker_threads';
import { RowChecker } from '../checks/run-checks.js';
import { type RosterHeader, RosterReader } from '../extract/roster.js';
import { restoreSaid, type Said } from '../i18n/said.js';
import { type CsvLayout, type CsvOptions, parseCsvChunks } from '../sources/csv.js';
import { recordStartAfter } from '../sources/csv-split.js';
import { joinRosterParts, PART_MAX_FINDINGS, PART_RULES, type RosterPart } from './part.js';

/** Smaller rosters take less time than a second thread takes to start. */
export const SPLIT_MIN_BYTES = 16 * 1024 * 1024;

const WORKER_FILE = import.meta.url.endsWith('.ts')
  ? new URL('../../dist/roster/roster-worker.js', import.meta.url)
  : new URL('./roster-worker.js', import.meta.url);

/** What reading a roster in two threads gives, as if it had been read in one. */
export type SplitRoster = ReturnType<typeof joinRosterParts> & { header: RosterHeader };

/**
 * The header as the first rows of the file give it, once the first appointee row has settled it,
 * and how many findings the rows of the head have (every row check but `nip-duplicate`).
 */
async function headOf(
  head: Buffer,
  layout: CsvLayout,
  csv: CsvOptions,
): Promise<{ header: RosterHeader; findings: number } | null> {
  const reader = new RosterReader();
  const checker = new RowChecker({ kind: 'csv', decree: null }, PART_RULES);
  try {
    for await (const record of parseCsvChunks([head], layout, csv, true)) {
      const built = reader.feed(record);
      if (reader.gaveUp) break;
      if (built) checker.visit(built, reader.line);
    }
  } catch {
    // The head ends inside a record: the rows before it are what we need.
  }
  // A lampiran (its title rows name the decree) keeps its rows to join its body: it is read whole.
  return reader.settled && reader.header && !reader.namesDecree
    ? { header: reader.header, findings: checker.findings.length }
    : null;
}

/**
 * Reads a big CSV roster in two worker threads, one half each, each parsing and checking its own
 * stretch; the parts are then joined in order. Null when the file does
 * not lend itself (too small, UTF-16, no clean record start near the middle, a header not in the
 * first bytes) or when the first half does not end cleanly where the split was made (a record cut
 * from the rows that continue it, a signature block before the split): the caller then
 * reads it whole, in one thread, so the result never depends on the split.
 */
export async function readRosterInTwo(
  path: string,
  head: Buffer,
  layout: CsvLayout,
  csv: CsvOptions,
  minBytes = SPLIT_MIN_BYTES,
): Promise<SplitRoster | null> {
  if (layout.encoding.startsWith('utf-16')) return null;
  const { size } = await stat(path);
  if (size < minBytes) return null;
  const seen = await headOf(head, layout, csv);
  if (!seen) return null;
  const { header } = seen;
  // Findings on most rows of the head: each half would stop at PART_MAX_FINDINGS, so the workers
  // would only cost time and memory (their heaps' pages stay with the process) before the roster
  // is read whole anyway. Read it whole at once.
  if ((seen.findings * size) / 2 / head.length > PART_MAX_FINDINGS) return null;
  const middle = await recordStartAfter(path, Math.floor(size / 2), layout.delimiter, layout.bom ? 3 : 0);
  if (middle === null || middle >= size) return null;

  // Both halves in worker threads with small heaps: this thread only waits and joins, so the
  // process stays in bounded memory. The time signal stays here and stops both.
  const { signal, ...plainCsv } = csv;
  // Loaded here: a small roster never needs worker_threads (a faster start; docs/speed.md).
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  const start = (from: number, to: number | undefined, given: RosterHeader | null) =>
    new Worker(WORKER_FILE, {
      workerData: { path, start: from, end: to, layout, csv: plainCsv, header: given },
      execArgv: [],
      // A young generation of 8 MB, not 16: a clean 1M-row roster's check peaked at 203-204 MB
      // against 219-221 MB, in the same time (two runs each, idle machine); 4 MB saved 20 MB more
      // but took 40% more CPU.
      resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 },
    });
  const workers = [start(0, middle - 1, null), start(middle, undefined, header)];
  const stop = () => {
    for (const worker of workers) void worker.terminate();
  };
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const [first, rest] = await Promise.all(workers.map(partOf));
    // The first half found the header itself: it must be the one the second half was given.
    if (!first?.header || !rest || JSON.stringify(first.header) !== JSON.stringify(header)) return null;
    // A person over several rows cut at the split, or a table that ended before it: read it whole.
    if (rest.startsUnnumbered || first.ended || first.tooManyFindings || rest.tooManyFindings) return null;
    return { ...joinRosterParts([first, rest]), header: first.header };
  } finally {
    signal?.removeEventListener('abort', stop);
    stop();
  }
}

/** A worker's part, or null when it failed (a bad split, a heap too small): the file is then read whole. */
function partOf(worker: Worker): Promise<RosterPart | null> {
  return new Promise((resolve) => {
    worker.once('message', (message: { part?: RosterPart; said?: Array<Said | null>; error?: string }) => {
      if (message.part) restoreSaid(message.part.findings, message.said);
      resolve(message.part ?? null);
      // Its part is here: the worker's heap is freed before the join builds its own index.
      void worker.terminate();
    });
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null));
  });
}
