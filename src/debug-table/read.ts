import type { Readable } from 'node:stream';
import { SkError } from '../errors.js';
import { extractDecree } from '../extract/decree.js';
import type { PageTrace } from '../extract/table-trace.js';
import { say } from '../i18n/said.js';
import { DEFAULT_LIMITS, withinTime } from '../limits.js';
import { openInput } from '../sources/input.js';

/** What the attachment reader saw on a decree's attachment pages. */
export interface TableTraces {
  attachmentPages: number[];
  traces: PageTrace[];
  /** What the reader noted of column hints that matched no header. */
  unusedHints: string[];
}

export interface ReadOptions {
  password?: string | undefined;
  stdin?: Readable | undefined;
}

/**
 * Reads a decree PDF exactly as a check does and returns the table reader's trace of every
 * attachment page: the picture shows what the verdict rests on.
 */
export async function readTableTraces(source: string, options: ReadOptions = {}): Promise<TableTraces> {
  const controller = new AbortController();
  return withinTime(read(source, options, controller.signal), DEFAULT_LIMITS.timeout, () =>
    controller.abort(),
  );
}

async function read(source: string, options: ReadOptions, signal: AbortSignal): Promise<TableTraces> {
  const input = await openInput(source, options.stdin, {}, signal);
  if (input.kind !== 'pdf') throw new SkError('file-unsupported', say('file-unsupported/debug-table', {}));
  // A list's documents (one per decree) share the trace of its one table.
  const [doc] = await extractDecree(input, { password: options.password, signal });
  const traces = doc?.decreeParts?.attachment.trace ?? [];
  const unusedHints = (doc?.notes ?? [])
    .filter((note) => note.code === 'column-hint-unused')
    .map((note) => note.message);
  return { attachmentPages: traces.map((trace) => trace.page), traces, unusedHints };
}
