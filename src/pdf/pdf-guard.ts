import { SkError } from '../errors.js';
import { say } from '../i18n/said.js';
import { DEFAULT_LIMITS, formatSize } from '../limits.js';
import { ascii85Capped, asciiHexDecoded, type Capped, lzwCapped, runLengthCapped } from './pdf-filters.js';
import { checkImage, type ImageBudget, isImageCodec } from './pdf-images.js';

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');
/** How far back from `stream` the stream's dictionary is looked for. */
const DICT_WINDOW = 4096;

/** The dictionary that ends just before `at` (from the last ` obj`), as text. */
function dictBefore(data: Buffer, at: number): string {
  const before = data.subarray(Math.max(0, at - DICT_WINDOW), at).toString('latin1');
  return before.slice(before.lastIndexOf(' obj') + 1);
}

/**
 * A dictionary's filter names in the order they apply (`/Filter`, or `/F` in an inline image), and
 * its LZW `EarlyChange` (one for the whole chain: a chain of two LZW filters with different ones is rare).
 */
function filtersOf(dict: string, key = 'Filter'): { filters: string[]; earlyChange: number } {
  const filter = new RegExp(`/${key}\\s*(\\[[^\\]]*\\]|/[A-Za-z0-9]+)`).exec(dict)?.[1] ?? '';
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

const EMPTY = Buffer.alloc(0);
const tooLarge = (max: number) =>
  new SkError('limit-exceeded', say('limit-exceeded/inflate', { max: formatSize(max) }));

/**
 * Decodes `data` through `filters` as far as they are cheap to decode, each capped at `max` bytes,
 * up to an image codec; `complete` when every filter before the codec (or the end) was decoded.
 */
function decodeChain(
  data: Buffer,
  filters: readonly string[],
  max: number,
  earlyChange: number,
  encrypted: boolean,
): { content: Buffer; complete: boolean } {
  let content = data;
  for (const filter of filters) {
    if (isImageCodec(filter)) break;
    // Encrypted streams are noise to a decoder: RunLength or LZW would expand noise, so only Flate
    // (which fails on noise at once) is tried, as before the other filters were decoded here.
    if (encrypted && !INFLATE.has(filter)) return { content, complete: false };
    const decoded = DECODERS[filter]?.(content, max, earlyChange) ?? null;
    if (decoded === null) return { content, complete: false };
    if (decoded === 'too-large') throw tooLarge(max);
    content = decoded;
  }
  return { content, complete: true };
}

const INLINE_START = Buffer.from('BI');
/** Where an inline image's data begins: `ID` and one white-space byte. */
const INLINE_DATA = /\sID[\s]/;
/** How far past `BI` its dictionary's `ID` is looked for: a real one is a few dozen bytes. */
const INLINE_DICT_WINDOW = 2048;
const isDelimiter = (byte: number | undefined) =>
  byte === undefined ||
  byte <= 0x20 ||
  byte === 0x5d /* ] */ ||
  byte === 0x29 /* ) */ ||
  byte === 0x3e /* > */;

/**
 * Checks the inline images (`BI ... ID data EI`) of a decoded content stream: PDFium decodes each
 * while it reads the page (to find where it ends), DCT and CCITT up to 4 GB of samples, before any
 * text is given. Its filters before the codec are decoded capped, as a stream's are.
 */
function refuseInlineImages(content: Buffer, budget: ImageBudget): void {
  for (let at = content.indexOf(INLINE_START); at >= 0; at = content.indexOf(INLINE_START, at + 2)) {
    if (!isDelimiter(content[at - 1]) || !isDelimiter(content[at + 2])) continue;
    const head = content.subarray(at + 2, at + 2 + INLINE_DICT_WINDOW).toString('latin1');
    const id = INLINE_DATA.exec(head);
    if (!id) continue;
    const dict = head.slice(0, id.index);
    const { filters, earlyChange } = filtersOf(dict, '(?:Filter|F)');
    // Its data ends at the next `EI` standing alone: decoding on to the end of the stream made each
    // of thousands of small inline images decode the rest of the page again (quadratic).
    const start = at + 2 + id.index + id[0].length;
    const end = inlineEnd(content, start);
    const data = content.subarray(start, end);
    const { content: decoded, complete } = decodeChain(data, filters, budget.maxBytes, earlyChange, false);
    checkImage(dict, filters, complete ? decoded : EMPTY, budget);
    at = Math.max(at + 2 + id.index, end - 2);
  }
}

const INLINE_END = Buffer.from('EI');

/** Where an inline image's data ends: an `EI` after white space and before a delimiter, or the stream's end. */
function inlineEnd(content: Buffer, from: number): number {
  for (let at = content.indexOf(INLINE_END, from); at >= 0; at = content.indexOf(INLINE_END, at + 1))
    if (at > from && (content[at - 1] ?? 0) <= 0x20 && isDelimiter(content[at + 2])) return at;
  return content.length;
}

/**
 * Refuses a decompression bomb before the PDF engine decodes it: PDFium and pdf.js inflate a stream
 * whole in one call, where no timeout can interrupt it. Each stream's filter chain is decoded here
 * with a cap, as far as its filters are cheap to decode (Flate, LZW, RunLength, ASCIIHex, ASCII85).
 * An image codec (DCT, JPX, JBIG2, CCITT) is not decoded: the image's size, as its dictionary and
 * its codec's header state it, is held to `maxImagePixels` and its samples to the same byte cap;
 * so are the inline images of every content stream.
 */
export function refuseBombs(
  data: Buffer,
  maxInflated: number,
  maxImagePixels: number = DEFAULT_LIMITS.maxImagePixels,
): void {
  const budget: ImageBudget = { maxPixels: maxImagePixels, maxBytes: maxInflated };
  const encrypted = data.includes(ENCRYPT);
  for (let at = data.indexOf(STREAM); at >= 0; at = data.indexOf(STREAM, at + 1)) {
    if (data[at - 1] === 0x64 /* d of endstream */) continue;
    let start = at + STREAM.length;
    if (data[start] === 0x0d) start++;
    if (data[start] !== 0x0a && data[start - 1] !== 0x0d) continue;
    if (data[start] === 0x0a) start++;
    const end = data.indexOf(END_STREAM, start);
    const dict = dictBefore(data, at);
    const { filters, earlyChange } = filtersOf(dict);
    const raw = data.subarray(start, end < 0 ? data.length : end);
    const { content, complete } = decodeChain(raw, filters, maxInflated, earlyChange, encrypted);
    if (/\/Subtype\s*\/Image\b/.test(dict) || filters.some(isImageCodec)) {
      // An image's dictionary is never encrypted; its data is noise then, so only the dictionary counts.
      checkImage(dict, filters, complete && !encrypted ? content : EMPTY, budget);
    } else if (complete && !encrypted) {
      refuseInlineImages(content, budget);
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
