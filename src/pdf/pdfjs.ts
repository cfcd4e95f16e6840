import { SkError } from '../errors.js';
import { say } from '../i18n/said.js';
import type { EngineDocument, EngineOptions, PdfPage, PdfRule, PdfTextItem } from './page.js';
import { limitPages } from './pdf-guard.js';
import { apply, type Matrix, type Point, strokedSegments, thinRectangles } from './pdf-rules.js';

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

/** Loaded on first use: only files PDFium refuses pay for it. */
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

function loadError(error: unknown, password: string | undefined): SkError {
  const name = (error as { name?: string })?.name;
  const message = (error as { message?: string })?.message ?? String(error);
  if (/Maximum call stack size exceeded/.test(message)) {
    return new SkError('limit-exceeded', say('limit-exceeded/nesting', {}));
  }
  if (name === 'PasswordException') {
    return new SkError(
      'pdf-encrypted',
      password === undefined ? say('pdf-encrypted/no-password', {}) : say('pdf-encrypted/wrong-password', {}),
    );
  }
  return new SkError('file-unreadable', say('file-unreadable/pdf', { error: message }));
}

/** Opens a PDF with pdf.js and reads the positioned text of every page. */
export async function openPdfJs(data: Uint8Array, options: EngineOptions): Promise<EngineDocument> {
  const lib = await pdfjs();
  options.signal?.throwIfAborted();
  const task = lib.getDocument({
    data,
    password: options.password,
    verbosity: lib.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
    // Every image of an operator list dropped before it is decoded: pdf.js never draws here (its
    // pages give text and ruling lines), and it would decode a DCT, JPX or JBIG2 image of any size
    // in this thread, as a page's rules are read.
    maxImageSize: 0,
  });
  const abort = () => void task.destroy();
  options.signal?.addEventListener('abort', abort, { once: true });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    options.signal?.removeEventListener('abort', abort);
    await task.destroy();
    throw loadError(error, options.password);
  }
  const loaded = doc;
  const close = async () => {
    options.signal?.removeEventListener('abort', abort);
    await loaded.destroy();
  };
  try {
    const pages: PdfPage[] = [];
    limitPages(doc.numPages, options);
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
    return {
      pages,
      async loadRules(numbers) {
        for (const number of numbers) {
          const target = pages[number - 1];
          if (!target) continue;
          const page = await loaded.getPage(number);
          const viewport = page.getViewport({ scale: 1 });
          target.rules = rulesOf(await page.getOperatorList(), viewport.transform, lib);
          page.cleanup();
        }
      },
      close,
    };
  } catch (error) {
    await close();
    if (error instanceof SkError) throw error;
    throw loadError(error, options.password);
  }
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
      if (stroked) rules.push(...strokedSegments(subpaths(path, toPage)));
      else if (filled) rules.push(...thinRectangles(subpaths(path, toPage)));
    }
  }
  return rules;
}

/** Splits pdf.js path data (DrawOPS: 0 moveTo, 1 lineTo, 2 curveTo, 3 closePath) into subpaths of points. */
function subpaths(path: ArrayLike<number>, m: Matrix): Point[][] {
  const result: Point[][] = [];
  let current: Point[] = [];
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
