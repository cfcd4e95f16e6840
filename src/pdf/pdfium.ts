import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Script } from 'node:vm';
import { SkError } from '../errors.js';
import { say } from '../i18n/said.js';
import { DEFAULT_LIMITS } from '../limits.js';
import type { EngineDocument, EngineOptions, GreyImage, PdfPage, PdfRule } from './page.js';
import { limitPages } from './pdf-guard.js';
import { type Matrix, viewportOf } from './pdf-rules.js';
import type { Engine, Fn, Module } from './pdfium-engine.js';
import { rulesOf } from './pdfium-rules.js';
import { groupGlyphs, type PageGlyph } from './pdfium-text.js';

/** `FPDF_GetLastError` codes. */
const ERROR = { password: 4 } as const;
let engine: Promise<Engine> | undefined;
let aborted = false;
/** The last thing the module printed to stderr: an abort says why there. */
let lastMessage = '';

/** One engine per thread, loaded on first use: CSV and text inputs never pay for it. */
function pdfium(): Promise<Engine> {
  engine ??= loadEngine().catch((error: unknown) => {
    engine = undefined;
    throw error;
  });
  return engine;
}

async function loadEngine(): Promise<Engine> {
  const { init } = await import('@embedpdf/pdfium');
  const require = createRequire(import.meta.url);
  const wasm = readFileSync(require.resolve('@embedpdf/pdfium/pdfium.wasm'));
  // A file this size (4.6 MB) has an ArrayBuffer of its own: handed over as it is, not copied.
  const whole = wasm.byteOffset === 0 && wasm.byteLength === wasm.buffer.byteLength;
  const wrapped = await init({
    wasmBinary: whole ? wasm.buffer : wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength),
    print: () => undefined,
    printErr: (message: string) => {
      lastMessage = message;
    },
  } as Parameters<typeof init>[0]);
  const module = wrapped.pdfium as unknown as Module;
  const x = module.wasmExports;
  x.PDFiumExt_Init?.();
  return { module, x, scratch: x.malloc?.(64) ?? 0, dead: false };
}

/** Whether an engine of this thread aborted (its memory ran out): a worker process that saw one ends. */
export function pdfiumAborted(): boolean {
  return aborted;
}

/** PDFium would not open the file (or a page of it): pdf.js is asked instead. */
export class PdfiumRefused extends Error {}

/**
 * Opens a PDF with PDFium and reads every page's positioned text; its ruling lines are read in the
 * same pass and handed out by `loadRules`. Throws `PdfiumRefused` for a file PDFium cannot open.
 */
export async function openPdfium(data: Uint8Array, options: EngineOptions): Promise<EngineDocument> {
  const pdf = await pdfium();
  const { x, module } = pdf;
  const bytes = x.malloc?.(Math.max(1, data.byteLength)) ?? 0;
  if (!bytes) throw new PdfiumRefused('no memory for the file');
  let doc = 0;
  let password = 0;
  try {
    module.HEAPU8.set(data, bytes);
    password = options.password === undefined ? 0 : cString(pdf, options.password);
    doc = bounded(
      pdf,
      options.deadline,
      () => x.FPDF_LoadMemDocument?.(bytes, data.byteLength, password) ?? 0,
    );
    if (!doc) {
      const code = x.FPDF_GetLastError?.() ?? 0;
      if (code === ERROR.password) {
        throw new SkError(
          'pdf-encrypted',
          options.password === undefined
            ? say('pdf-encrypted/no-password', {})
            : say('pdf-encrypted/wrong-password', {}),
        );
      }
      throw new PdfiumRefused(`PDFium error ${code}`);
    }
    const count = x.FPDF_GetPageCount?.(doc) ?? 0;
    limitPages(count, options);
    const pages: PdfPage[] = [];
    const rules = new Map<number, PdfRule[]>();
    // Every page in one synchronous stretch, held to the file's deadline by V8's watchdog (one
    // watchdog a page cost a 25-page decree ~30 ms; a timer between pages is not needed then).
    const open = doc;
    options.signal?.throwIfAborted();
    bounded(pdf, options.deadline, () => {
      for (let number = 1; number <= count; number++) {
        const { page, pageRules } = readPage(pdf, open, number);
        pages.push(page);
        rules.set(number, pageRules);
      }
    });
    doc = 0;
    let closed = false;
    return {
      pages,
      async loadRules(numbers) {
        for (const number of numbers) {
          const target = pages[number - 1];
          if (target) target.rules = rules.get(number) ?? [];
        }
      },
      render: async (number, scale) => {
        if (closed) throw new PdfiumRefused('the document is closed');
        const maxPixels = options.maxImagePixels ?? DEFAULT_LIMITS.maxImagePixels;
        return bounded(pdf, options.deadline, () => renderPage(pdf, open, number, scale, maxPixels));
      },
      close: async () => {
        if (pdf.dead || closed) return;
        closed = true;
        x.FPDF_CloseDocument?.(open);
        x.free?.(bytes);
      },
    };
  } catch (error) {
    const failure = engineError(pdf, error);
    if (!pdf.dead) {
      if (doc) x.FPDF_CloseDocument?.(doc);
      x.free?.(bytes);
    }
    throw failure;
  } finally {
    if (password && !pdf.dead) x.free?.(password);
  }
}

/** Where `bounded` leaves its work for the script below (a symbol: no name a page could clash with). */
const BOUNDED_WORK = Symbol.for('sk-check.pdfium-work');
let boundedScript: Script | undefined;

/**
 * Runs one synchronous stretch of PDFium work (opening the file, reading or drawing a page) under
 * V8's watchdog, which stops it at the deadline wherever it is, inside a WebAssembly loop too: the
 * --timeout of a PDF read in the command's own process holds as a killed worker process's does
 * (`test/fuzz/hangs/slow-page-2m-strokes.pdf`: one page that keeps PDFium busy for seconds to minutes).
 * `vm`'s timeout is the one way Node gives to stop the thread's own running code; the work is handed
 * over as a global for the length of the call. A call stopped midway may leave the module's memory
 * half-changed: this engine is dropped, as after a trap.
 */
function bounded<T>(pdf: Engine, deadline: EngineOptions['deadline'], work: () => T): T {
  if (!deadline) return work();
  const timeUp = () =>
    new SkError('limit-exceeded', say('limit-exceeded/timeout', { seconds: deadline.seconds }));
  const ms = Math.floor(deadline.at - Date.now());
  if (ms < 1) throw timeUp();
  boundedScript ??= new Script('globalThis[Symbol.for("sk-check.pdfium-work")]()');
  const global = globalThis as unknown as Record<symbol, unknown>;
  global[BOUNDED_WORK] = work;
  try {
    return boundedScript.runInThisContext({ timeout: ms }) as T;
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw error;
    aborted = true;
    pdf.dead = true;
    engine = undefined;
    throw timeUp();
  } finally {
    delete global[BOUNDED_WORK];
  }
}

/**
 * A trap inside the module leaves it unusable: this thread's engine is dropped (the next file loads
 * a fresh one). PDFium aborts when an allocation fails, at the module's 2 GB cap: that file is over
 * the memory limit (and never handed to pdf.js, which would try the same allocations on the main
 * heap). Any other trap is a PDFium bug: pdf.js is asked instead.
 */
function engineError(pdf: Engine, error: unknown): unknown {
  // WebAssembly.RuntimeError: a trap, or Emscripten's abort.
  if (!(error instanceof Error) || error.name !== 'RuntimeError') return error;
  aborted = true;
  pdf.dead = true;
  engine = undefined;
  if (/^Aborted\(/.test(error.message) || /memory/i.test(lastMessage)) {
    return new SkError('limit-exceeded', say('limit-exceeded/memory', {}));
  }
  return new PdfiumRefused(`PDFium stopped: ${error.message}`);
}

function cString(pdf: Engine, text: string): number {
  const encoded = new TextEncoder().encode(text);
  const at = pdf.x.malloc?.(encoded.byteLength + 1) ?? 0;
  if (!at) throw new PdfiumRefused('no memory for the password');
  pdf.module.HEAPU8.set(encoded, at);
  pdf.module.HEAPU8[at + encoded.byteLength] = 0;
  return at;
}

function readPage(pdf: Engine, doc: number, number: number): { page: PdfPage; pageRules: PdfRule[] } {
  const { x, module, scratch } = pdf;
  const handle = x.FPDF_LoadPage?.(doc, number - 1) ?? 0;
  if (!handle) throw new PdfiumRefused(`PDFium could not load page ${number}`);
  try {
    x.FPDF_GetPageBoundingBox?.(handle, scratch);
    const f32 = module.HEAPF32;
    const [left = 0, top = 0, right = 0, bottom = 0] = f32.subarray(scratch / 4, scratch / 4 + 4);
    const box: [number, number, number, number] = [left, bottom, right, top];
    const viewport = viewportOf(box, (x.FPDFPage_GetRotation?.(handle) ?? 0) * 90);
    const items = groupGlyphs(glyphsOf(pdf, handle, box, viewport.transform));
    const pageRules = rulesOf(pdf, handle, viewport.transform);
    return {
      page: { number, width: viewport.width, height: viewport.height, items, rules: [] },
      pageRules,
    };
  } finally {
    x.FPDF_ClosePage?.(handle);
  }
}

/** What `/\s/` matches, by code point: tested on every character of a page, without a regular expression. */
function isWhitespace(code: number): boolean {
  return code <= 0x20
    ? code === 0x20 || (code >= 0x09 && code <= 0x0d)
    : code >= 0xa0 &&
        (code === 0xa0 ||
          code === 0x1680 ||
          (code >= 0x2000 && code <= 0x200a) ||
          code === 0x2028 ||
          code === 0x2029 ||
          code === 0x202f ||
          code === 0x205f ||
          code === 0x3000 ||
          code === 0xfeff);
}

/** Stands in for an export the module lacks: answers 0, as `x.name?.() ?? 0` did. */
const missing: Fn = () => 0;

/** The page's glyphs in content order, with their advance, direction and drawn size, in viewport space. */
function glyphsOf(
  pdf: Engine,
  page: number,
  [left, bottom, right, top]: readonly [number, number, number, number],
  viewport: Matrix,
): PageGlyph[] {
  const { x, module, scratch } = pdf;
  // Looked up once a page, not once a character: the exports object has hundreds of names.
  const {
    FPDFText_IsGenerated: isGenerated = missing,
    FPDFText_GetUnicode: getUnicode = missing,
    FPDFText_GetTextObject: getTextObject = missing,
    FPDFText_GetCharOrigin: getCharOrigin = missing,
    FPDFText_GetLooseCharBox: getLooseCharBox = missing,
  } = x;
  const text = x.FPDFText_LoadPage?.(page) ?? 0;
  if (!text) return [];
  const [va = 1, vb = 0, vc = 0, vd = 1, ve = 0, vf = 0] = viewport;
  const glyphs: PageGlyph[] = [];
  try {
    const count = x.FPDFText_CountChars?.(text) ?? 0;
    let spaces = 0;
    let object = -1;
    let font = 0;
    let fontSize = 0;
    let size = 0;
    // The direction in PDF space and in viewport space.
    let ux = 1;
    let uy = 0;
    let dirX = 1;
    let dirY = 0;
    for (let i = 0; i < count; i++) {
      if (isGenerated(text, i) === 1) continue;
      const code = getUnicode(text, i);
      // A line-end hyphen comes back as U+0002.
      // A glyph without a Unicode value gives no text, as in pdf.js.
      if (code === 0) continue;
      if (isWhitespace(code)) {
        spaces++;
        continue;
      }
      const char = code === 2 ? '-' : code > 0x10ffff ? '\ufffd' : String.fromCodePoint(code);
      const owner = getTextObject(text, i);
      if (owner !== object) {
        object = owner;
        x.FPDFText_GetMatrix?.(text, i, scratch);
        const m = module.HEAPF32.subarray(scratch / 4, scratch / 4 + 6);
        const [a = 1, b = 0, c = 0, d = 1] = m;
        font = owner ? (x.FPDFTextObj_GetFont?.(owner) ?? 0) : 0;
        fontSize =
          owner && x.FPDFTextObj_GetFontSize?.(owner, scratch) ? (module.HEAPF32[scratch / 4] ?? 0) : 0;
        size = fontSize * Math.hypot(c, d) || fontSize * Math.hypot(a, b);
        const scale = Math.hypot(a, b) || 1;
        ux = a / scale;
        uy = b / scale;
        const vx = va * ux + vc * uy;
        const vy = vb * ux + vd * uy;
        const length = Math.hypot(vx, vy) || 1;
        dirX = vx / length;
        dirY = vy / length;
      }
      getCharOrigin(text, i, scratch, scratch + 8);
      const f64 = module.HEAPF64;
      const ox = f64[scratch / 8] ?? 0;
      const oy = f64[scratch / 8 + 1] ?? 0;
      getLooseCharBox(text, i, scratch + 16);
      const f32 = module.HEAPF32;
      const at = (scratch + 16) / 4;
      const boxLeft = f32[at] ?? ox;
      const boxTop = f32[at + 1] ?? oy;
      const boxRight = f32[at + 2] ?? ox;
      const boxBottom = f32[at + 3] ?? oy;
      // The loose box spans the glyph's advance: its far edge along the writing direction ends the glyph.
      const advance =
        Math.abs(ux) >= Math.abs(uy)
          ? ux > 0
            ? boxRight - ox
            : ox - boxLeft
          : uy > 0
            ? boxTop - oy
            : oy - boxBottom;
      // pdf.js leaves out glyphs outside the page's box.
      if (ox + Math.max(0, advance) < left || ox > right || oy < bottom || oy > top) continue;
      const endX = ox + ux * advance;
      const endY = oy + uy * advance;
      glyphs.push({
        text: char,
        x: va * ox + vc * oy + ve,
        y: vb * ox + vd * oy + vf,
        endX: va * endX + vc * endY + ve,
        endY: vb * endX + vd * endY + vf,
        dirX,
        dirY,
        size,
        font,
        fontSize,
        spaces,
      });
      spaces = 0;
    }
  } finally {
    x.FPDFText_ClosePage?.(text);
  }
  return glyphs;
}

/** `FPDFBitmap_BGRx`: 4 bytes a pixel, blue first. */
const BGRX = 3;
/** `FPDF_ANNOT`: draw the annotations too (a stamp or signature added as one is on the paper). */
const RENDER_FLAGS = 0x01;

/**
 * Draws a page at `scale` pixels a point into a grey raster, as the page is shown (its `/Rotate`
 * applied): PDFium's own rasterizer, so no canvas package is needed to OCR a scan.
 */
function renderPage(
  pdf: Engine,
  doc: number,
  number: number,
  scale: number,
  maxPixels = DEFAULT_LIMITS.maxImagePixels,
): GreyImage {
  if (pdf.dead) throw new PdfiumRefused('the PDF engine stopped');
  const { x } = pdf;
  const page = x.FPDF_LoadPage?.(doc, number - 1) ?? 0;
  if (!page) throw new PdfiumRefused(`PDFium could not load page ${number}`);
  let bitmap = 0;
  try {
    // Rounded up, as pdf.js drew them: a scan at its own 200 dpi is then a pixel wider (2599.0001
    // -> 2600) and smoothed by the stretch. Drawn at exactly its pixels the sample scan read a grade
    // wrong (a false grade-below-echelon); without image smoothing both scans read worse (grades 24/27).
    const width = Math.max(1, Math.ceil((x.FPDF_GetPageWidthF?.(page) ?? 0) * scale));
    const height = Math.max(1, Math.ceil((x.FPDF_GetPageHeightF?.(page) ?? 0) * scale));
    // Refused before the module is asked for the bitmap: 4 bytes a pixel in its heap, and a grey copy here.
    if (width * height > maxPixels) {
      throw new SkError(
        'limit-exceeded',
        say('limit-exceeded/page-pixels', { page: number, width, height, max: maxPixels / 1e6 }),
      );
    }
    bitmap = x.FPDFBitmap_CreateEx?.(width, height, BGRX, 0, 0) ?? 0;
    if (!bitmap) throw new SkError('limit-exceeded', `page ${number} is too large to draw for OCR`);
    x.FPDFBitmap_FillRect?.(bitmap, 0, 0, width, height, 0xffffffff);
    x.FPDF_RenderPageBitmap?.(bitmap, page, 0, 0, width, height, 0, RENDER_FLAGS);
    const stride = x.FPDFBitmap_GetStride?.(bitmap) ?? width * 4;
    const at = x.FPDFBitmap_GetBuffer?.(bitmap) ?? 0;
    const heap = pdf.module.HEAPU8;
    const grey = new Uint8Array(width * height);
    for (let y = 0; y < height; y++) {
      let source = at + y * stride;
      const row = y * width;
      for (let column = 0; column < width; column++, source += 4) {
        // ITU-R BT.601 luma in integers: a colour scan or photo turns grey as a copier would.
        grey[row + column] =
          ((heap[source] ?? 255) * 29 + (heap[source + 1] ?? 255) * 150 + (heap[source + 2] ?? 255) * 77) >>
          8;
      }
    }
    return { width, height, grey };
  } catch (error) {
    throw engineError(pdf, error);
  } finally {
    if (!pdf.dead) {
      if (bitmap) x.FPDFBitmap_Destroy?.(bitmap);
      x.FPDF_ClosePage?.(page);
    }
  }
}

/** A one-page PDF that draws a JPEG over the whole page, one point a pixel: PDFium decodes it. */
function jpegPdf(jpeg: Buffer, width: number, height: number, components: number): Buffer {
  const space = components === 1 ? '/DeviceGray' : components === 4 ? '/DeviceCMYK' : '/DeviceRGB';
  const content = `q ${width} 0 0 ${height} 0 0 cm /I Do Q`;
  const objects: Array<string | Buffer[]> = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /XObject << /I 4 0 R >> >> /Contents 5 0 R >>`,
    [
      Buffer.from(
        `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace ${space} /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`,
      ),
      jpeg,
      Buffer.from('\nendstream'),
    ],
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  let size = parts[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(size);
    const body = typeof object === 'string' ? [Buffer.from(object)] : object;
    for (const part of [Buffer.from(`${index + 1} 0 obj\n`), ...body, Buffer.from('\nendobj\n')]) {
      parts.push(part);
      size += part.length;
    }
  });
  const xref = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  parts.push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`,
    ),
  );
  return Buffer.concat(parts);
}

/** A JPEG decoded to grey at its own pixels, by PDFium's libjpeg. */
export async function renderJpeg(
  jpeg: Buffer,
  width: number,
  height: number,
  components: number,
  maxImagePixels?: number,
): Promise<GreyImage> {
  const doc = await openPdfium(new Uint8Array(jpegPdf(jpeg, width, height, components)), { maxImagePixels });
  try {
    return await (doc.render as NonNullable<typeof doc.render>)(1, 1);
  } finally {
    await doc.close();
  }
}
