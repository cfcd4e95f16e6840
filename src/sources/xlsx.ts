import { SkError } from '../errors.js';
import { say } from '../i18n/said.js';
import { DEFAULT_LIMITS } from '../limits.js';
import type { InputFile } from './input.js';
import { type LoadedSheet, loadSheet, type XlsxRecord } from './xlsx-load.js';
import { checkedWorkbook, type XlsxBudget } from './xlsx-package.js';

export { cellText, numberText } from './xlsx-cells.js';
export type { XlsxRecord } from './xlsx-load.js';

export interface XlsxOptions extends Partial<XlsxBudget> {
  /** A sheet's name, or its 1-based position; every sheet when absent. */
  sheet?: string | undefined;
  /** The file's time limit: a workbook read in a worker thread is ended with it. */
  signal?: AbortSignal | undefined;
}

export interface XlsxSheet {
  name: string;
  /** Its position in the workbook, 0-based. */
  index: number;
  records: XlsxRecord[];
}

/** A workbook's sheets: every sheet's name, and the rows of those read. */
export interface XlsxBook {
  names: string[];
  sheets: XlsxSheet[];
}

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
/**
 * Padded cells up to which exceljs reads in this thread (well under a second); a bigger workbook is
 * read in a worker thread, which the time limit can end and whose heap is capped.
 */
const IN_THREAD_CELLS = 100_000;
/** The worker's heap: the largest workbook the budgets let through took ~730 MB in all. */
const WORKER_HEAP_MB = 1536;
const WORKER_FILE = import.meta.url.endsWith('.ts')
  ? new URL('../../dist/sources/xlsx-worker.js', import.meta.url)
  : new URL('./xlsx-worker.js', import.meta.url);

/** Reads the worksheet `options.sheet` names, or the first, into rows of display strings. */
export async function readXlsxSheet(input: InputFile, options: XlsxOptions = {}): Promise<XlsxSheet> {
  // `sheet` unset means every sheet to readXlsxBook: ask for the first alone.
  const { sheets } = await readXlsxBook(input, { ...options, sheet: options.sheet ?? '1' });
  return sheets[0] as XlsxSheet;
}

/**
 * Reads the worksheet `options.sheet` names, or every worksheet, into rows of display strings.
 * exceljs is loaded on first use, so CSV and PDF runs never pay for it.
 */
export async function readXlsxBook(input: InputFile, options: XlsxOptions = {}): Promise<XlsxBook> {
  if (input.head.subarray(0, 4).equals(CFB_MAGIC)) {
    throw new SkError('file-unreadable', say('file-unreadable/xlsx-package', {}));
  }
  const { data, cells } = await checkedWorkbook(await readAll(input), {
    maxInflatedBytes: options.maxInflatedBytes ?? DEFAULT_LIMITS.maxInflatedBytes,
    maxSheetRows: options.maxSheetRows ?? DEFAULT_LIMITS.maxSheetRows,
    maxSheetCells: options.maxSheetCells ?? DEFAULT_LIMITS.maxSheetCells,
    maxXmlDepth: options.maxXmlDepth ?? DEFAULT_LIMITS.maxXmlDepth,
  });
  const loaded =
    cells > IN_THREAD_CELLS
      ? await loadInWorker(data, options.sheet, options.signal)
      : await loadSheet(data, options.sheet);
  if ('error' in loaded) throw new SkError('file-unreadable', say('file-unreadable/xlsx', loaded));
  const { names, sheets } = loaded;
  if (names.length === 0) throw new SkError('file-unreadable', say('file-unreadable/no-worksheet', {}));
  if (sheets.length === 0) {
    throw new SkError('sheet-missing', say('sheet-missing', { wanted: options.sheet ?? '', sheets: names }));
  }
  return { names, sheets };
}

async function readAll(input: InputFile): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of input.chunks()) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** exceljs in a worker thread: ended when `signal` aborts; a heap it outgrows is `limit-exceeded`. */
async function loadInWorker(
  data: Buffer,
  wanted: string | undefined,
  signal?: AbortSignal,
): Promise<LoadedSheet> {
  signal?.throwIfAborted();
  // Loaded here: a small workbook never needs worker_threads (a faster start; docs/speed.md).
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  const copy = new Uint8Array(data);
  const worker = new Worker(WORKER_FILE, {
    workerData: { data: copy, wanted },
    transferList: [copy.buffer],
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  const stop = () => void worker.terminate();
  signal?.addEventListener('abort', stop, { once: true });
  try {
    return await new Promise<LoadedSheet>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new SkError('limit-exceeded', say('limit-exceeded/workbook-memory', { max: WORKER_HEAP_MB }))
            : error,
        ),
      );
      worker.once('exit', (code) =>
        reject(new Error(`the workbook reader's thread ended (exit code ${code})`)),
      );
    });
  } finally {
    signal?.removeEventListener('abort', stop);
    stop();
  }
}
