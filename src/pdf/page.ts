/**
 * The page model every PDF engine and OCR fill and the table reader takes: positioned text, ruling
 * lines, a drawn page. Types only, below the engines, so that pdf.ts, the engines and OCR need not
 * import each other for them.
 */

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

/** A rendered page: one grey byte per pixel, row by row. */
export interface GreyImage {
  width: number;
  height: number;
  grey: Uint8Array;
}

/** What `openPdf` passes on to an engine. */
export interface EngineOptions {
  password?: string | undefined;
  maxPages?: number | undefined;
  /** Pixels of a page drawn for OCR (`Limits.maxImagePixels`). */
  maxImagePixels?: number | undefined;
  /** Aborted when the file's time is up: pdf.js stops between pages and frees the document. */
  signal?: AbortSignal | undefined;
  /**
   * When the file's time is up (`at`, epoch ms) and the --timeout it stands for: PDFium reads all
   * pages in one synchronous stretch and is stopped there, even inside one call (a page that takes
   * minutes), where `signal` could only be heard between pages.
   */
  deadline?: { at: number; seconds: number } | undefined;
}

/** What a PDF engine gives: every page's text, and the ruling lines of the pages asked for. */
export interface EngineDocument {
  pages: PdfPage[];
  loadRules(numbers: readonly number[]): Promise<void>;
  /** Draws a page, `scale` pixels a point, for OCR (PDFium only). */
  render?: (number: number, scale: number) => Promise<GreyImage>;
  close(): Promise<void>;
}

/** The engine that read a document: PDFium, or pdf.js for a file PDFium refused. */
export type PdfEngine = 'pdfium' | 'pdfjs';
