import { SkError } from './errors.js';
import { type Spoken, say } from './i18n/said.js';
import { KIND_INFO, KINDS } from './kinds.js';
import type { Kind } from './model.js';

/** How much of one input sk-check will read; past any of these the input is `limit-exceeded`. */
export interface Limits {
  /** Bytes per file; undefined: the default for its kind (a PDF is read whole, a CSV streams). */
  maxBytes?: number | undefined;
  /** Pages per PDF. */
  maxPages: number;
  /** Characters per CSV record (csv-parse `max_record_size`); each delimiter counts as one. */
  maxRecordSize: number;
  /**
   * Bytes one PDF stream may decode to, and the parts of a DOCX, ODT or XLSX package together: a
   * decompression bomb is refused before the PDF engine or exceljs decodes it whole.
   */
  maxInflatedBytes: number;
  /** Wall time per file, in seconds; 0 for none. */
  timeout: number;
  /** Pages one PDF may have read by OCR (--ocr). */
  ocrMaxPages: number;
  /** Seconds OCR may spend on one page; 0 for none. */
  ocrPageTimeout: number;
  /** Rows of a workbook's sheets together, counted in their XML before exceljs holds each in memory. */
  maxSheetRows: number;
  /** Cells of a workbook, each row counted as wide as its sheet is (rows are read padded to it). */
  maxSheetCells: number;
  /** How deep the XML of a Word, ODF or XLSX part may nest: the readers walk it recursively, exceljs stacks it. */
  maxXmlDepth: number;
  /** Elements in the XML parts of a Word or ODF document together: each tree is held in memory whole. */
  maxXmlElements: number;
  /**
   * Pixels of one image: in a PDF (an image XObject or inline image, by its dictionary and by its
   * codec's own header: DCT, JPX, JBIG2, CCITT), a page drawn for OCR, a JPEG, PNG or TIFF page.
   * Its samples are held to `maxInflatedBytes` too.
   */
  maxImagePixels: number;
  /** Image file directories (pages, thumbnails, EXIF blocks) a TIFF may have, loops refused first. */
  maxImageDirectories: number;
  /** Bytes of one line of a shard report (`merge`), or of a pretty-printed JSON report whole. */
  maxShardLine: number;
}

const MB = 1024 * 1024;

/** Bytes per file by kind: PDFs are held in memory whole, rosters stream. */
export const DEFAULT_MAX_BYTES: Record<Kind, number> = Object.fromEntries(
  KINDS.map((kind) => [kind, KIND_INFO[kind].maxBytes]),
) as Record<Kind, number>;

export const DEFAULT_LIMITS: Limits = {
  maxPages: 2000,
  maxRecordSize: MB,
  maxInflatedBytes: 128 * MB,
  timeout: 120,
  ocrMaxPages: 100,
  ocrPageTimeout: 60,
  // exceljs holds a workbook whole: 100,000 rows of ten cells took ~16 s and ~730 MB. CSV streams.
  maxSheetRows: 100_000,
  // Rows padded to column XFD: 20,000 of them would be 327 million cells.
  maxSheetCells: 1_000_000,
  // Real documents nest a few dozen deep; the recursive walkers overflowed the stack at 20,000.
  maxXmlDepth: 256,
  // A 300-person lampiran made by LibreOffice has ~50,000: room for ~6,000 people, ~270 MB at most.
  maxXmlElements: 1_000_000,
  // A 600 dpi scan of an A3 page is 70 million; 65,535 x 65,535 (a few bytes of JPEG header) is 4,295.
  maxImagePixels: 100_000_000,
  // A scan past --ocr-max-pages is refused anyway; this only has to stop a chain that never ends.
  maxImageDirectories: 1000,
  // A line is one document: far past any real one (a 5,000-row roster's is ~5 MB), and under the
  // longest string V8 makes (~512 MB), which readline overran with an uncaught RangeError.
  maxShardLine: 256 * MB,
};

export function maxBytesFor(kind: Kind, limits: Partial<Limits> = {}): number {
  return limits.maxBytes ?? DEFAULT_MAX_BYTES[kind];
}

const UNITS: Record<string, number> = {
  '': 1,
  byte: 1,
  bytes: 1,
  b: 1,
  k: 1024,
  kb: 1024,
  m: MB,
  mb: MB,
  g: 1024 * MB,
  gb: 1024 * MB,
};

/** `5000`, `64k`, `200MB`, `2G` -> bytes; null when not a size. */
export function parseSize(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?b?|bytes?)\s*$/i.exec(text);
  const unit = m ? UNITS[(m[2] ?? '').toLowerCase()] : undefined;
  if (!m || unit === undefined) return null;
  const bytes = Math.floor(Number(m[1]) * unit);
  return bytes > 0 ? bytes : null;
}

/** `209715200` -> `200 MB`: messages name limits the way the flags take them. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * MB && bytes % (1024 * MB) === 0) return `${bytes / (1024 * MB)} GB`;
  if (bytes >= MB && bytes % MB === 0) return `${bytes / MB} MB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} bytes`;
}

/**
 * Settles with `work`, or rejects with `limit-exceeded` (saying `message`) after `seconds` and calls
 * `onExpire` so the reader stops and frees what it holds (an abort, a worker terminated). Work on
 * the main thread yields only between pages or records: that is where an abort lands.
 */
export async function withinTime<T>(
  work: Promise<T>,
  seconds: number,
  onExpire: () => void,
  message: string | Spoken = say('limit-exceeded/timeout', { seconds }),
): Promise<T> {
  if (!(seconds > 0)) return work;
  // The abandoned work may still fail after the race is lost; that failure is expected, not a crash.
  work.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new SkError('limit-exceeded', message));
      onExpire();
    }, seconds * 1000);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}
