import { SkError } from '../errors.js';
import { say } from '../i18n/said.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { OCR_DEFAULTS, type OcrOptions, type OcrPage, ocrPages } from '../ocr/ocr.js';
import type { InputFile } from '../sources/input.js';
import type { EngineDocument, EngineOptions, PdfEngine, PdfPage } from './page.js';
import { refuseBombs } from './pdf-guard.js';
import { hasUsableText } from './text-quality.js';

export type { EngineDocument, PdfEngine, PdfPage, PdfRule, PdfTextItem } from './page.js';

export interface PdfOptions extends EngineOptions {
  maxInflatedBytes?: number | undefined;
  /** Directories a TIFF may have (`Limits.maxImageDirectories`). */
  maxImageDirectories?: number | undefined;
  /** Read pages without text (or all pages) by OCR; without it a scan is `pdf-no-text`. */
  ocr?: OcrOptions | undefined;
  /** OCR progress: pages done of the pages to read. */
  onOcrPage?: ((done: number, total: number) => void) | undefined;
  /** `pdfjs` reads with pdf.js alone (to compare the engines); PDFium otherwise. */
  engine?: PdfEngine | undefined;
  /** False: a file PDFium refuses throws its `PdfiumRefused`, for the caller to read elsewhere (not pdf.js here). */
  fallback?: boolean | undefined;
}

/** What OCR did to a document: the pages it read and how sure the engine was. */
export interface PdfOcr {
  pages: OcrPage[];
  /** Mean of the pages' mean word confidence (0-100). */
  confidence: number;
}

/** An open PDF: every page's text at once; ruling lines only for the pages that need them. */
export interface PdfDocument {
  pages: PdfPage[];
  /** Fills `rules` of the given pages: reading drawing operations costs as much as the text. */
  loadRules(numbers: readonly number[]): Promise<void>;
  close(): Promise<void>;
  /** Set when some pages were read by OCR. */
  ocr?: PdfOcr;
  engine: PdfEngine;
  /** Pages (1-based) with no text items or no usable text that OCR did not read: nothing was read there. */
  pagesWithoutText: number[];
  /** Of those, the pages whose text layer was there but judged not text (their items were dropped). */
  unusableTextPages: number[];
}

/** Opens a PDF and reads the positioned text of every page. */
export async function openPdf(input: InputFile, options: PdfOptions = {}): Promise<PdfDocument> {
  const data = await readAll(input);
  refuseBombs(
    Buffer.from(data.buffer, data.byteOffset, data.byteLength),
    options.maxInflatedBytes ?? DEFAULT_LIMITS.maxInflatedBytes,
    options.maxImagePixels ?? DEFAULT_LIMITS.maxImagePixels,
  );
  options.signal?.throwIfAborted();
  const { doc, engine } = await openWithEngine(data, options);
  try {
    const unusable = doc.pages.filter((page) => page.items.length > 0 && !hasUsableText(page));
    const ocr = options.ocr ? await recognize(doc, unusable, options) : undefined;
    const read = new Set(ocr?.pages.map((page) => page.number));
    const unusableTextPages = unusable.map((page) => page.number).filter((number) => !read.has(number));
    // Symbol soup read as words would become names and numbers; a page without text says so honestly.
    for (const number of unusableTextPages) {
      const page = doc.pages[number - 1];
      if (page) page.items = [];
    }
    if (doc.pages.every((page) => page.items.length === 0)) {
      throw new SkError('pdf-no-text', ocr ? say('pdf-no-text/ocr-empty', {}) : say('pdf-no-text/scan', {}));
    }
    const pagesWithoutText = doc.pages
      .filter((page) => page.items.length === 0 && !read.has(page.number))
      .map((page) => page.number);
    return {
      ...(ocr ? { ocr } : {}),
      engine,
      pages: doc.pages,
      pagesWithoutText,
      unusableTextPages,
      // An OCR'd page already has the rules drawn in its image.
      loadRules: (numbers) =>
        doc.loadRules(numbers.filter((number) => !ocr?.pages.some((page) => page.number === number))),
      close: () => doc.close(),
    };
  } catch (error) {
    await doc.close();
    throw error;
  }
}

/**
 * PDFium reads the file; pdf.js, loaded only then, reads what PDFium refuses to open (and says
 * why a broken file cannot be read, as it always did).
 */
async function openWithEngine(
  data: Uint8Array,
  options: PdfOptions,
): Promise<{ doc: EngineDocument; engine: PdfEngine }> {
  if (options.engine !== 'pdfjs') {
    const { openPdfium, PdfiumRefused } = await import('./pdfium.js');
    try {
      return { doc: await openPdfium(data, options), engine: 'pdfium' };
    } catch (error) {
      if (!(error instanceof PdfiumRefused) || options.fallback === false) throw error;
    }
  }
  const { openPdfJs } = await import('./pdfjs.js');
  return { doc: await openPdfJs(data, options), engine: 'pdfjs' };
}

async function readAll(input: InputFile): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of input.chunks()) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * OCRs the pages `options.ocr.when` picks (all, or those without text or without usable text) and
 * puts their words in place of the text layer. Pages are drawn by PDFium at `OCR_DEFAULTS.dpi`; a
 * file only pdf.js could open has no pages to draw.
 */
async function recognize(
  doc: EngineDocument,
  unusable: readonly PdfPage[],
  options: PdfOptions,
): Promise<PdfOcr | undefined> {
  const ocr = options.ocr as OcrOptions;
  const pages = doc.pages;
  const targets = pages.filter(
    (page) => ocr.when === 'all' || page.items.length === 0 || unusable.includes(page),
  );
  if (targets.length === 0) return undefined;
  const render = doc.render;
  // A damaged file pdf.js read has its text; pages of soup are then left unread and named, as without --ocr.
  if (!render && targets.every((page) => unusable.includes(page)) && ocr.when !== 'all') return undefined;
  if (!render) {
    throw new SkError(
      'file-unreadable',
      'the PDF is damaged: its text was read, but its pages cannot be drawn for OCR',
    );
  }
  const scale = (ocr.dpi ?? OCR_DEFAULTS.dpi) / 72;
  const read = await ocrPages(
    targets.map((page) => ({
      number: page.number,
      load: async () => ({ image: await render(page.number, scale), scale }),
    })),
    ocr,
    options.signal,
    options.onOcrPage,
  );
  return applyOcr(pages, read);
}

/** OCR'd words and rules in place of the pages' own; the document's mean confidence. */
export function applyOcr(pages: PdfPage[], read: OcrPage[]): PdfOcr {
  for (const result of read) {
    const page = pages[result.number - 1];
    if (!page) continue;
    page.items = result.items;
    page.rules = result.rules;
  }
  const confidence = read.reduce((sum, page) => sum + page.confidence, 0) / read.length;
  return { pages: read, confidence: Math.round(confidence * 10) / 10 };
}
