import { createRequire } from 'node:module';
import { repairLine } from '../domain/ocr-repair.js';
import { SkError } from '../errors.js';
import { say } from '../i18n/said.js';
import { DEFAULT_LIMITS, withinTime } from '../limits.js';
import type { GreyImage, PdfRule, PdfTextItem } from '../pdf/page.js';
import { headerCells, imageRectangle, inCell } from './header-cells.js';
import { encodeGreyPng } from './png.js';
import { rasterRules, skewOf } from './raster-rules.js';

/** When to OCR: pages without a text layer, or every page. */
export type OcrWhen = 'auto' | 'all';

export interface OcrOptions {
  when: OcrWhen;
  /** Recognition threads for this document (each a tesseract.js worker). */
  threads?: number | undefined;
  /** Most pages one document may have OCR'd. */
  maxPages?: number | undefined;
  /** Seconds one page may take to render and recognize; 0 for none. */
  pageTimeout?: number | undefined;
  /** Render resolution; `OCR_DEFAULTS.dpi` unless measuring. */
  dpi?: number | undefined;
  /** The tesseract.js module to load; a name that does not resolve is the missing-package path. */
  engine?: string | undefined;
  /** The language-data module (its `langPath` is the folder of `ind.traineddata.gz`). */
  languageData?: string | undefined;
}

export const OCR_DEFAULTS = {
  /**
   * Measured on the two scanned fixtures (8 pages, 27 people; 200 dpi grey JPEGs turned 0.5-0.7°,
   * grain and specks), 2 cores, tesseract.js 7, 2026-11-28, seconds a page / NIPs exact / grades
   * exact: 150 dpi 2.5 s, 27/27, 16/27 (`III` read as `II`: false grade errors); 175 dpi 2.8 s,
   * 27/27, 19/27; 200 dpi 3.3 s, 27/27, 25/27; 250 dpi 4.1 s, 27/27, 22/27; 300 dpi 5.2 s, 0/27:
   * mean confidence 57, the scans' grain, enlarged past their own 200 dpi, is read as letters and
   * no table is found. SK number, date and claims were
   * right at every resolution up to 250 (at 200 once a stop before a lowercase `orang` is read as
   * the speck it is). 200 reads grades best, and the row checks rest on grades.
   */
  dpi: 200,
  engine: 'tesseract.js',
  languageData: '@tesseract.js-data/ind',
} as const;

/** Tesseract's page segmentation modes: automatic (the default), and one uniform block. */
const AUTO = '3';
const SINGLE_BLOCK = '6';

/** A page whose words tesseract is less sure of than this (mean, 0-100) is `ocr-low-confidence`. */
export const LOW_CONFIDENCE = 70;

const PUNCTUATION = /^[.,:;'`"\-–—_~]+$/;
/** Below this confidence, a word of punctuation alone is taken for a speck. */
const SPECK = 60;

/** One OCR'd page: its words as text items in points, as a text layer would give them. */
export interface OcrPage {
  number: number;
  items: PdfTextItem[];
  confidence: number;
  /** Words changed by a repair (ocr-repair.ts). */
  repaired: number;
  /** Ruling lines drawn in the scan (raster-rules.ts). */
  rules: PdfRule[];
}

interface Bbox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
interface TessWord {
  text: string;
  confidence: number;
  bbox: Bbox;
}
interface TessLine {
  words: TessWord[];
  baseline: Bbox;
  rowAttributes?: { rowHeight?: number; descenders?: number };
  bbox: Bbox;
}
interface TessPage {
  confidence: number;
  blocks: Array<{ paragraphs: Array<{ lines: TessLine[] }> }> | null;
}
interface TessWorker {
  recognize(image: Buffer, options: object, output: object): Promise<{ data: TessPage }>;
  setParameters(params: Record<string, string>): Promise<unknown>;
  terminate(): Promise<unknown>;
}
interface Tesseract {
  createWorker(langs: string, oem: number, options: object): Promise<TessWorker>;
}

/**
 * A page to OCR: its number and how to get its raster, `scale` pixels a point (a PDF page drawn by
 * PDFium, a photo or a scanned image decoded). Loaded only when a recognition thread takes it.
 */
export interface OcrSource {
  number: number;
  load: () => Promise<{ image: GreyImage; scale: number }>;
}

/**
 * The packages `--ocr` needs, with their versions: not installed with sk-check (they are most of
 * its size), but beside it, by the command `ocrInstallCommand` gives. Kept equal to package.json's
 * `peerDependencies` (a test compares them).
 */
export const OCR_PACKAGES = {
  'tesseract.js': '7.0.0',
  '@tesseract.js-data/ind': '1.0.0',
  pngjs: '7.0.0',
  utif2: '4.1.0',
} as const;

/**
 * The command that installs the OCR packages where this sk-check finds them: beside a global
 * install (Node looks for packages in `<prefix>/lib/node_modules`, the folder sk-check is in), or
 * into the project that has sk-check (a checkout of this repository has them from `npm ci`).
 */
export function ocrInstallCommand(here = import.meta.url): string {
  const packages = Object.entries(OCR_PACKAGES)
    .map(([name, version]) => `${name}@${version}`)
    .join(' ');
  const path = decodeURIComponent(new URL(here).pathname);
  const global = /[\\/](lib[\\/]node_modules|npm[\\/]node_modules)[\\/]sk-check[\\/]/.test(path);
  return `npm install ${global ? '-g ' : ''}${packages}`;
}

function unavailable(names: string, error: unknown): SkError {
  const message = (error as { message?: string })?.message ?? String(error);
  return new SkError(
    'ocr-unavailable',
    say('ocr-unavailable', { names, command: ocrInstallCommand(), error: message.split('\n')[0] ?? '' }),
  );
}

/** One of the OCR packages (an image decoder), loaded only when an input needs it. */
export async function loadOptional<T>(name: string): Promise<T> {
  try {
    const module = (await import(name)) as { default?: T } & T;
    return module.default ?? module;
  } catch (error) {
    throw unavailable(name, error);
  }
}

/** tesseract.js and its Indonesian model, loaded only when OCR is asked for. */
async function loadEngine(options: OcrOptions): Promise<{ tesseract: Tesseract; langPath: string }> {
  const engine = options.engine ?? OCR_DEFAULTS.engine;
  const languageData = options.languageData ?? OCR_DEFAULTS.languageData;
  try {
    const module = (await import(engine)) as { default?: Tesseract } & Tesseract;
    const require = createRequire(import.meta.url);
    const data = require(languageData) as { langPath?: string };
    if (!data.langPath) throw new Error(`${languageData} has no langPath`);
    return { tesseract: module.default ?? module, langPath: data.langPath };
  } catch (error) {
    throw unavailable(`${engine} and ${languageData}`, error);
  }
}

/**
 * Reads the given page rasters with tesseract.js (Indonesian),
 * `threads` pages at a time. Nothing is fetched and nothing written: the model comes from the
 * language package's folder and is not cached (`cacheMethod: 'none'`).
 */
export async function ocrPages(
  pages: readonly OcrSource[],
  options: OcrOptions,
  signal?: AbortSignal,
  onPage?: (done: number, total: number) => void,
): Promise<OcrPage[]> {
  const maxPages = options.maxPages ?? DEFAULT_LIMITS.ocrMaxPages;
  if (pages.length > maxPages) {
    throw new SkError(
      'limit-exceeded',
      say('limit-exceeded/ocr-pages', { count: pages.length, max: maxPages }),
    );
  }
  const { tesseract, langPath } = await loadEngine(options);
  const threads = Math.max(1, Math.min(options.threads ?? 1, pages.length));
  const workers: TessWorker[] = [];
  let failure: unknown;
  // A worker may be ended twice (its page's time ran out, then the document failed): the second
  // `terminate` rejects, and an unhandled rejection would end the process.
  const ended = new WeakSet<TessWorker>();
  const end = (worker: TessWorker) => {
    ended.add(worker);
    void worker.terminate().catch(() => undefined);
  };
  // Work abandoned at its page's time limit goes on to its next step: one on an ended worker throws
  // inside tesseract.js, out of reach of any catch, and would end the process.
  const alive = (worker: TessWorker) => {
    if (ended.has(worker)) throw new Error('the OCR worker was ended');
  };
  const stopAll = () => {
    for (const worker of workers.splice(0)) end(worker);
  };
  signal?.addEventListener('abort', stopAll, { once: true });
  const results: OcrPage[] = [];
  let next = 0;
  let done = 0;
  const newWorker = async () => {
    const worker = await tesseract.createWorker('ind', 1, {
      langPath,
      cacheMethod: 'none',
      gzip: true,
      logger: () => undefined,
      errorHandler: () => undefined,
    });
    workers.push(worker);
    if (failure !== undefined) end(worker);
    return worker;
  };
  const lane = async () => {
    const worker = await newWorker();
    let dpi = 0;
    while (next < pages.length && failure === undefined) {
      signal?.throwIfAborted();
      const target = pages[next++] as (typeof pages)[number];
      const work = async () => {
        const { image: raster, scale } = await target.load();
        const pageDpi = Math.round(scale * 72);
        alive(worker);
        if (pageDpi !== dpi) {
          // Without the resolution tesseract guesses, and says so on stderr.
          await worker.setParameters({ user_defined_dpi: String(pageDpi) });
          dpi = pageDpi;
        }
        const { image, rules, slope } = prepare(raster, scale);
        alive(worker);
        const { data } = await worker.recognize(image, {}, { blocks: true, text: false });
        return { data, rules, slope, image, scale };
      };
      const seconds = options.pageTimeout ?? DEFAULT_LIMITS.ocrPageTimeout;
      const { data, rules, slope, image, scale } = await withinTime(
        work(),
        seconds,
        () => end(worker),
        say('limit-exceeded/ocr-page-timeout', { page: target.number, seconds }),
      );
      const page = { ...pageOf(target.number, data, scale, slope), rules };
      await rereadHeader(worker, page, image, scale, slope);
      results.push(page);
      onPage?.(++done, pages.length);
    }
  };
  try {
    // Every lane has stopped before this returns: none may draw a page of a document closed after a
    // failure (PDFium's handle would be freed memory).
    await Promise.all(
      Array.from({ length: threads }, () =>
        lane().catch((error: unknown) => {
          failure ??= error;
          stopAll();
        }),
      ),
    );
    if (failure !== undefined) throw failure;
  } finally {
    signal?.removeEventListener('abort', stopAll);
    await Promise.all(workers.splice(0).map((worker) => worker.terminate().catch(() => undefined)));
  }
  return results.sort((a, b) => a.number - b.number);
}

/**
 * Reads each header cell of a ruled table again on its own (as one block of text) and puts its
 * words in place of what the page's OCR made of it: the header decides which column is which.
 */
async function rereadHeader(
  worker: TessWorker,
  page: OcrPage,
  image: Buffer,
  scale: number,
  slope: number,
): Promise<void> {
  const cells = headerCells(page.rules);
  if (cells.length === 0) return;
  await worker.setParameters({ tessedit_pageseg_mode: SINGLE_BLOCK });
  try {
    for (const cell of cells) {
      const rectangle = imageRectangle(cell, scale, slope);
      const { data } = await worker.recognize(image, { rectangle }, { blocks: true, text: false });
      const words = pageOf(page.number, data, scale, slope).items.filter((item) => inCell(item, cell));
      if (words.length === 0) continue;
      page.items = [...page.items.filter((item) => !inCell(item, cell)), ...words];
    }
  } finally {
    await worker.setParameters({ tessedit_pageseg_mode: AUTO });
  }
}

/**
 * The page's skew, its ruling lines (found, then whitened so OCR does not read a border as `|`),
 * and the PNG tesseract.js is given.
 */
function prepare(raster: GreyImage, scale: number): { image: Buffer; rules: PdfRule[]; slope: number } {
  const slope = skewOf(raster);
  const { rules } = rasterRules(raster, scale, slope);
  return { image: encodeGreyPng(raster, Math.round(scale * 72)), rules, slope };
}

/**
 * Tesseract's lines, turned into text items in PDF points. A scan is rarely straight: at 1° a
 * landscape line's ends are 10 pt apart, more than the layout's same-line tolerance, so the page's
 * skew (`slope`, dy/dx, from raster-rules.ts) is taken out before the boxes go downstream; the
 * ruling lines found in the image are in the same deskewed frame.
 */
export function pageOf(number: number, data: TessPage, scale: number, slope: number): OcrPage {
  const lines = (data.blocks ?? []).flatMap((block) => block.paragraphs.flatMap((p) => p.lines));
  const items: PdfTextItem[] = [];
  let repaired = 0;
  for (const line of lines) {
    // A speck of toner is read as a lone `.` or `:` that the engine doubts: not text.
    const words = line.words.filter(
      (word) => word.text.trim() !== '' && !(PUNCTUATION.test(word.text.trim()) && word.confidence < SPECK),
    );
    const texts = repairLine(words.map((word) => word.text.trim()));
    const { x0, y0, x1, y1 } = line.baseline;
    const lineSlope = x1 > x0 ? (y1 - y0) / (x1 - x0) : slope;
    const height = (line.rowAttributes?.rowHeight ?? line.bbox.y1 - line.bbox.y0) / scale;
    words.forEach((word, index) => {
      const text = texts[index];
      if (text === null || text === undefined) return;
      if (text !== word.text.trim()) repaired++;
      const x = word.bbox.x0;
      const baseline = y0 + (x - x0) * lineSlope;
      // Rotate about the page's origin by the skew: y' = y - x * slope (small angles).
      items.push({
        text,
        x: (x + baseline * slope) / scale,
        y: (baseline - x * slope) / scale,
        width: (word.bbox.x1 - word.bbox.x0) / scale,
        height,
      });
    });
  }
  return { number, items, confidence: data.confidence, repaired, rules: [] };
}
