import { SkError } from '../errors.js';
import { say } from '../i18n/said.js';
import { DEFAULT_LIMITS, formatSize } from '../limits.js';
import { ascii85Capped, asciiHexDecoded, type Capped, lzwCapped, runLengthCapped } from './pdf-filters.js';

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');
/** How far back from `stream` the stream's dictionary is looked for. */
const DICT_WINDOW = 4096;

/**
 * The filter names of the dictionary that ends just before `at`, in the order they apply, and its
 * LZW `EarlyChange` (one for the whole chain: a chain of two LZW filters with different ones is rare).
 */
function filtersBefore(data: Buffer, at: number): { filters: string[]; earlyChange: number } {
  const before = data.subarray(Math.max(0, at - DICT_WINDOW), at).toString('latin1');
  const dict = before.slice(before.lastIndexOf(' obj') + 1);
  const filter = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dict)?.[1] ?? '';
  const earlyChange = /\/EarlyChange\s+0\b/.test(dict) ? 0 : 1;
  return { filters: filter.match(/\/[A-Za-z0-9]+/g) ?? [], earlyChange };
}

const ENCRYPT = Buffer.from('/Encrypt');
const INFLATE = new Set(['/FlateDecode', '/Fl']);

/** A filter's capped decoder, by its name and its abbreviation in inline images. */
const DECODERS: Record<string, (data: Buffer, max: number, earlyChange: number) => Capped> = {
  '/FlateDecode': (data, max) => inflateCapped(data, max),
  '/Fl': (data, max) => inflateCapped(data, max),
  '/LZWDecode': lzwCapped,
  '/LZW': lzwCapped,
  '/RunLengthDecode': runLengthCapped,
  '/RL': runLengthCapped,
  '/ASCIIHexDecode': asciiHexDecoded,
  '/AHx': asciiHexDecoded,
  '/ASCII85Decode': ascii85Capped,
  '/A85': ascii85Capped,
};

/** Inflates once, capped; null when the data is no zlib stream (the PDF engine will say what it makes of it). */
function inflateCapped(data: Buffer, max: number): Capped {
  // zlib loaded here: a run without PDFs never needs it (a faster start; docs/speed.md).
  const { constants, inflateSync } = process.getBuiltinModule('node:zlib');
  try {
    return inflateSync(data, { maxOutputLength: max, finishFlush: constants.Z_SYNC_FLUSH });
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'too-large' : null;
  }
}

/**
 * Refuses a decompression bomb before the PDF engine decodes it: PDFium and pdf.js inflate a stream
 * whole in one call, where no timeout can interrupt it. Each stream's filter chain is decoded here
 * with a cap, as far as its filters are cheap to decode (Flate, LZW, RunLength, ASCIIHex, ASCII85);
 * the rest (image codecs) are left to the engine.
 */
export function refuseBombs(data: Buffer, maxInflated: number): void {
  const encrypted = data.includes(ENCRYPT);
  for (let at = data.indexOf(STREAM); at >= 0; at = data.indexOf(STREAM, at + 1)) {
    if (data[at - 1] === 0x64 /* d of endstream */) continue;
    let start = at + STREAM.length;
    if (data[start] === 0x0d) start++;
    if (data[start] !== 0x0a && data[start - 1] !== 0x0d) continue;
    if (data[start] === 0x0a) start++;
    const end = data.indexOf(END_STREAM, start);
    let content: Buffer = data.subarray(start, end < 0 ? data.length : end);
    const { filters, earlyChange } = filtersBefore(data, at);
    for (const filter of filters) {
      // Encrypted streams are noise to a decoder: RunLength or LZW would expand noise, so only Flate
      // (which fails on noise at once) is tried, as before the other filters were decoded here.
      if (encrypted && !INFLATE.has(filter)) break;
      const decoded = DECODERS[filter]?.(content, maxInflated, earlyChange) ?? null;
      if (decoded === null) break;
      if (decoded === 'too-large') {
        throw new SkError('limit-exceeded', say('limit-exceeded/inflate', { max: formatSize(maxInflated) }));
      }
      content = decoded;
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
