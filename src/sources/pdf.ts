import { SkError } from '../errors.js';
import { DEFAULT_LIMITS } from '../limits.js';
import type { InputFile } from './input.js';
import { type CanvasFactory, type OcrOptions, type OcrPage, ocrPages, type RenderablePage } from './ocr.js';
import { refuseBombs } from './pdf-guard.js';

/** A run of text on a page, in points from the page's top-left corner; `y` is the baseline. */
export interface PdfTextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A horizontal or vertical ruling line: a stroked segment or a thin filled rectangle. */
export interface PdfRule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  items: PdfTextItem[];
  rules: PdfRule[];
}

export interface PdfOptions {
  password?: string | undefined;
  maxPages?: number | undefined;
  maxInflatedBytes?: number | undefined;
  /** Aborted when the file's time is up: pdf.js stops and frees the document. */
  signal?: AbortSignal | undefined;
  /** Read pages without text (or all pages) by OCR; without it a scan is `pdf-no-text`. */
  ocr?: OcrOptions | undefined;
  /** OCR progress: pages done of the pages to read. */
  onOcrPage?: ((done: number, total: number) => void) | undefined;
}

/** What OCR did to a document: the pages it read and how sure the engine was. */
export interface PdfOcr {
  pages: OcrPage[];
  /** Mean of the pages' mean word confidence (0-100). */
  confidence: number;
}

/** Thicker than this, a filled rectangle is a shape (a shaded cell), not a ruling line. */
const RULE_THICKNESS = 2.5;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let engine: Promise<PdfJs> | undefined;

/**
 * pdf.js (5.4) leaves some promises of its worker side unhandled when a damaged page tree sends it
 * looking for pages (found by the fuzzer: "Bad (uncompressed) XRef entry"). The failure already
 * reaches us through the page we asked for; these strays would end the process. Anything else
 * unhandled is rethrown, so Node reports it as before.
 */
function ignorePdfJsStrays(reason: unknown): void {
  if (String((reason as { stack?: unknown } | null)?.stack).includes('pdfjs-dist')) return;
  throw reason;
}

/** Loaded on first use: CSV and text inputs never pay for the PDF engine. */
function pdfjs(): Promise<PdfJs> {
  if (!engine) process.on('unhandledRejection', ignorePdfJsStrays);
  engine ??= loadEngine();
  return engine;
}

/** A variable, so that TypeScript does not look for types the worker build does not ship. */
const WORKER_MODULE = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

/**
 * Loads pdf.js and its worker code into this thread. The legacy build's core-js replaces the
 * engine's own `Array.prototype.push` and `JSON.parse` with spec-polyfills that are several times
 * slower (a sixth of a batch's time went to `push`), for edge cases we never meet: put the natives back.
 */
async function loadEngine(): Promise<PdfJs> {
  const natives = { push: Array.prototype.push, parse: JSON.parse };
  const [lib, worker] = await Promise.all([
    import('pdfjs-dist/legacy/build/pdf.mjs'),
    import(WORKER_MODULE) as Promise<{ WorkerMessageHandler: unknown }>,
  ]);
  // pdf.js runs a "fake worker" in this thread with the handler it finds here, instead of importing it again.
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  Object.defineProperty(Array.prototype, 'push', { value: natives.push, writable: true, configurable: true });
  Object.defineProperty(JSON, 'parse', { value: natives.parse, writable: true, configurable: true });
  return lib;
}

async function readAll(input: InputFile): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of input.chunks()) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

function loadError(error: unknown, password: string | undefined): SkError {
  const name = (error as { name?: string })?.name;
  const message = (error as { message?: string })?.message ?? String(error);
  if (/Maximum call stack size exceeded/.test(message)) {
    return new SkError('limit-exceeded', 'the PDF nests its objects too deeply to be read');
  }
  if (name === 'PasswordException') {
    return new SkError(
      'pdf-encrypted',
      password === undefined
        ? 'the PDF is encrypted: give its password with --password'
        : 'the PDF is encrypted and the password given is wrong',
    );
  }
  return new SkError('file-unreadable', `not a readable PDF (truncated or corrupt): ${message}`);
}

/** An open PDF: every page's text at once; ruling lines only for the pages that need them. */
export interface PdfDocument {
  pages: PdfPage[];
  /** Fills `rules` of the given pages: reading drawing operations costs as much as the text. */
  loadRules(numbers: readonly number[]): Promise<void>;
  close(): Promise<void>;
  /** Set when some pages were read by OCR. */
  ocr?: PdfOcr;
}

/** Opens a PDF and reads the positioned text of every page. */
export async function openPdf(input: InputFile, options: PdfOptions = {}): Promise<PdfDocument> {
  const lib = await pdfjs();
  const data = await readAll(input);
  refuseBombs(
    Buffer.from(data.buffer, data.byteOffset, data.byteLength),
    options.maxInflatedBytes ?? DEFAULT_LIMITS.maxInflatedBytes,
  );
  options.signal?.throwIfAborted();
  const task = lib.getDocument({
    data,
    password: options.password,
    verbosity: lib.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
  });
  const abort = () => void task.destroy();
  options.signal?.addEventListener('abort', abort, { once: true });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    throw loadError(error, options.password);
  }
  const loaded = doc;
  try {
    const maxPages = options.maxPages ?? DEFAULT_LIMITS.maxPages;
    if (doc.numPages > maxPages) {
      throw new SkError(
        'limit-exceeded',
        `the PDF has ${doc.numPages} pages, more than --max-pages ${maxPages}`,
      );
    }
    const pages: PdfPage[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      // pdf.js settles promises without returning to the event loop: let a --timeout timer run.
      await new Promise((resolve) => setImmediate(resolve));
      options.signal?.throwIfAborted();
      const page = await doc.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, c, d, e, f] = lib.Util.transform(viewport.transform, item.transform);
        const height = Math.hypot(c ?? 0, d ?? 0) || Math.hypot(a ?? 0, b ?? 0);
        items.push({ text: item.str, x: e ?? 0, y: f ?? 0, width: item.width, height });
      }
      pages.push({ number, width: viewport.width, height: viewport.height, items, rules: [] });
    }
    const ocr = options.ocr ? await recognize(loaded, pages, options) : undefined;
    if (pages.every((page) => page.items.length === 0)) {
      throw new SkError(
        'pdf-no-text',
        ocr
          ? 'the PDF has no text layer and OCR found no words on its pages'
          : 'the PDF has no text layer: it looks like a scanned decree (images only); read it with --ocr',
      );
    }
    return {
      ...(ocr ? { ocr } : {}),
      pages,
      async loadRules(numbers) {
        for (const number of numbers) {
          const target = pages[number - 1];
          // An OCR'd page already has the rules drawn in its image.
          if (!target || ocr?.pages.some((page) => page.number === number)) continue;
          const page = await loaded.getPage(number);
          const viewport = page.getViewport({ scale: 1 });
          target.rules = rulesOf(await page.getOperatorList(), viewport.transform, lib);
          page.cleanup();
        }
      },
      close: async () => {
        options.signal?.removeEventListener('abort', abort);
        await loaded.destroy();
      },
    };
  } catch (error) {
    options.signal?.removeEventListener('abort', abort);
    await doc.destroy();
    if (error instanceof SkError) throw error;
    throw loadError(error, options.password);
  }
}

/** OCRs the pages `options.ocr.when` picks and puts their words in place of the text layer. */
async function recognize(
  doc: Awaited<ReturnType<PdfJs['getDocument']>['promise']>,
  pages: PdfPage[],
  options: PdfOptions,
): Promise<PdfOcr | undefined> {
  const ocr = options.ocr as OcrOptions;
  const targets = pages.filter((page) => ocr.when === 'all' || page.items.length === 0);
  if (targets.length === 0) return undefined;
  const canvases = (doc as unknown as { canvasFactory: CanvasFactory }).canvasFactory;
  const read = await ocrPages(
    targets.map((page) => ({
      number: page.number,
      load: () => doc.getPage(page.number) as unknown as Promise<RenderablePage>,
    })),
    canvases,
    ocr,
    options.signal,
    options.onOcrPage,
  );
  for (const result of read) {
    const page = pages[result.number - 1];
    if (!page) continue;
    page.items = result.items;
    page.rules = result.rules;
  }
  const confidence = read.reduce((sum, page) => sum + page.confidence, 0) / read.length;
  return { pages: read, confidence: Math.round(confidence * 10) / 10 };
}

type Matrix = number[];

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [(m[0] ?? 1) * x + (m[2] ?? 0) * y + (m[4] ?? 0), (m[1] ?? 0) * x + (m[3] ?? 1) * y + (m[5] ?? 0)];
}

/**
 * Ruling lines from the page's drawing operations: word processors stroke them, Word and Chromium
 * fill thin rectangles. Paths are in user space: the current transform is tracked through
 * save/restore/transform and combined with the viewport's, so lines meet the text's coordinates.
 */
function rulesOf(ops: { fnArray: number[]; argsArray: unknown[] }, viewport: Matrix, lib: PdfJs): PdfRule[] {
  const { OPS, Util } = lib;
  const rules: PdfRule[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === OPS.transform) ctm = Util.transform(ctm, args as Matrix);
    else if (fn === OPS.constructPath) {
      const paint = args[0] as number;
      const path = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!path) continue;
      const toPage = Util.transform(viewport, ctm);
      const stroked = paint === OPS.stroke || paint === OPS.closeStroke;
      const filled = paint === OPS.fill || paint === OPS.eoFill;
      if (stroked) rules.push(...strokedSegments(path, toPage));
      else if (filled) rules.push(...thinRectangles(path, toPage));
    }
  }
  return rules;
}

/** Splits pdf.js path data (DrawOPS: 0 moveTo, 1 lineTo, 2 curveTo, 3 closePath) into subpaths of points. */
function subpaths(path: ArrayLike<number>, m: Matrix): Array<Array<[number, number]>> {
  const result: Array<Array<[number, number]>> = [];
  let current: Array<[number, number]> = [];
  for (let i = 0; i < path.length; ) {
    const op = path[i++];
    if (op === 0 || op === 1) {
      if (op === 0 && current.length > 0) {
        result.push(current);
        current = [];
      }
      current.push(apply(m, path[i++] ?? 0, path[i++] ?? 0));
    } else if (op === 2) {
      i += 4;
      current.push(apply(m, path[i++] ?? 0, path[i++] ?? 0));
    } else if (op === 3) {
      if (current[0]) current.push(current[0]);
    } else break;
  }
  if (current.length > 0) result.push(current);
  return result;
}

function strokedSegments(path: ArrayLike<number>, m: Matrix): PdfRule[] {
  const rules: PdfRule[] = [];
  for (const points of subpaths(path, m)) {
    for (let i = 1; i < points.length; i++) {
      const [x1, y1] = points[i - 1] as [number, number];
      const [x2, y2] = points[i] as [number, number];
      if (Math.abs(y1 - y2) < 0.5 && Math.abs(x1 - x2) > 2) rules.push(ordered(x1, y1, x2, y1));
      else if (Math.abs(x1 - x2) < 0.5 && Math.abs(y1 - y2) > 2) rules.push(ordered(x1, y1, x1, y2));
    }
  }
  return rules;
}

function thinRectangles(path: ArrayLike<number>, m: Matrix): PdfRule[] {
  const rules: PdfRule[] = [];
  for (const points of subpaths(path, m)) {
    const xs = points.map(([x]) => x);
    const ys = points.map(([, y]) => y);
    const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const width = right - left;
    const height = bottom - top;
    if (height <= RULE_THICKNESS && width > 2)
      rules.push({ x1: left, y1: (top + bottom) / 2, x2: right, y2: (top + bottom) / 2 });
    else if (width <= RULE_THICKNESS && height > 2)
      rules.push({ x1: (left + right) / 2, y1: top, x2: (left + right) / 2, y2: bottom });
  }
  return rules;
}

function ordered(x1: number, y1: number, x2: number, y2: number): PdfRule {
  return { x1: Math.min(x1, x2), y1: Math.min(y1, y2), x2: Math.max(x1, x2), y2: Math.max(y1, y2) };
}
