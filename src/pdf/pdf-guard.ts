import { SkError } from '../errors.js';
import { say } from '../i18n/said.js';
import { DEFAULT_LIMITS, formatSize } from '../limits.js';

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');
/** How far back from `stream` the stream's dictionary is looked for. */
const DICT_WINDOW = 4096;

/** The filter names of the dictionary that ends just before `at`, in the order they apply. */
function filtersBefore(data: Buffer, at: number): string[] {
  const before = data.subarray(Math.max(0, at - DICT_WINDOW), at).toString('latin1');
  const dict = before.slice(before.lastIndexOf(' obj') + 1);
  const filter = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dict)?.[1] ?? '';
  return filter.match(/\/[A-Za-z0-9]+/g) ?? [];
}

/** Inflates once, capped; null when the data is no zlib stream (the PDF engine will say what it makes of it). */
function inflateCapped(data: Buffer, max: number): Buffer | 'too-large' | null {
  // zlib loaded here: a run without PDFs never needs it (a faster start; README, Fast start).
  const { constants, inflateSync } = process.getBuiltinModule('node:zlib');
  try {
    return inflateSync(data, { maxOutputLength: max, finishFlush: constants.Z_SYNC_FLUSH });
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'too-large' : null;
  }
}

/**
 * Refuses a decompression bomb before the PDF engine decodes it: PDFium and pdf.js inflate a stream
 * whole in one call, where no timeout can interrupt it. Each Flate stream (and Flate over Flate) is
 * inflated here with a cap; other filters are left to the engine.
 */
export function refuseBombs(data: Buffer, maxInflated: number): void {
  for (let at = data.indexOf(STREAM); at >= 0; at = data.indexOf(STREAM, at + 1)) {
    if (data[at - 1] === 0x64 /* d of endstream */) continue;
    let start = at + STREAM.length;
    if (data[start] === 0x0d) start++;
    if (data[start] !== 0x0a && data[start - 1] !== 0x0d) continue;
    if (data[start] === 0x0a) start++;
    const end = data.indexOf(END_STREAM, start);
    let content: Buffer = data.subarray(start, end < 0 ? data.length : end);
    for (const filter of filtersBefore(data, at)) {
      if (filter !== '/FlateDecode' && filter !== '/Fl') break;
      const inflated = inflateCapped(content, maxInflated);
      if (inflated === null) break;
      if (inflated === 'too-large') {
        throw new SkError('limit-exceeded', say('limit-exceeded/inflate', { max: formatSize(maxInflated) }));
      }
      content = inflated;
    }
    if (end > at) at = end;
  }
}

/** `limit-exceeded` for a PDF with more pages than --max-pages, before any page is read. */
export function limitPages(count: number, options: { maxPages?: number | undefined }): void {
  const maxPages = options.maxPages ?? DEFAULT_LIMITS.maxPages;
  if (count > maxPages) {
    throw new SkError('limit-exceeded', say('limit-exceeded/pages', { count, max: maxPages }));
  }
}
