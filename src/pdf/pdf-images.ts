import { SkError } from '../errors.js';
import { say } from '../i18n/said.js';
import { formatSize } from '../limits.js';

/**
 * How large one image of a PDF may be once decoded: PDFium decodes an inline image whole while it
 * reads a page's text (DCT and CCITT up to 4 GB of samples, JPX and JBIG2 into one bitmap when a
 * page is drawn for OCR), and a few bytes of header are enough to claim 65,535 x 65,535 pixels.
 */
export interface ImageBudget {
  /** Pixels of one image (`Limits.maxImagePixels`). */
  maxPixels: number;
  /** Bytes its samples decode to (`Limits.maxInflatedBytes`, the cap of every other stream). */
  maxBytes: number;
}

/** A picture's size as one source says it: the image dictionary, or its codec's own header. */
interface Frame {
  width: number;
  height: number;
  components: number;
  bits: number;
}

/** Components of the colour spaces a dictionary names directly; anything else counts as one. */
const COMPONENTS: Record<string, number> = {
  DeviceGray: 1,
  G: 1,
  CalGray: 1,
  Indexed: 1,
  I: 1,
  DeviceRGB: 3,
  RGB: 3,
  CalRGB: 3,
  Lab: 3,
  DeviceCMYK: 4,
  CMYK: 4,
};

/** A direct whole number under `key` (an indirect `5 0 R` is not one), or undefined. */
export function dictNumber(dict: string, ...keys: string[]): number | undefined {
  for (const key of keys) {
    const m = new RegExp(`/${key}\\s+(-?\\d+)(?![\\d.]|\\s+\\d+\\s+R\\b)`).exec(dict);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** The frame an image dictionary (a stream's or an inline image's) states. */
function dictFrame(dict: string): Frame | null {
  const width = dictNumber(dict, 'Width', 'W');
  const height = dictNumber(dict, 'Height', 'H');
  if (width === undefined || height === undefined) return null;
  if (/\/(ImageMask|IM)\s+true\b/.test(dict)) return { width, height, components: 1, bits: 1 };
  const space = /\/(?:ColorSpace|CS)\s*(?:\[\s*)?\/([A-Za-z]+)/.exec(dict)?.[1] ?? '';
  const bits = dictNumber(dict, 'BitsPerComponent', 'BPC') ?? 8;
  return { width, height, components: COMPONENTS[space] ?? 1, bits: Math.min(Math.max(bits, 1), 16) };
}

/** A JPEG's frame header (SOF0-SOF15): its size and components. */
export function jpegFrame(data: Uint8Array): Frame | null {
  let at = 2;
  if (data[0] !== 0xff || data[1] !== 0xd8) return null;
  while (at + 9 < data.length) {
    if (data[at] !== 0xff) return null;
    const marker = data[at + 1] as number;
    if (marker === 0xff) {
      at++;
      continue;
    }
    const length = ((data[at + 2] as number) << 8) | (data[at + 3] as number);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const body = at + 4;
      return {
        bits: data[body] ?? 8,
        height: ((data[body + 1] as number) << 8) | (data[body + 2] as number),
        width: ((data[body + 3] as number) << 8) | (data[body + 4] as number),
        components: data[body + 5] ?? 1,
      };
    }
    at += 2 + length;
  }
  return null;
}

const u32 = (data: Uint8Array, at: number) =>
  (((data[at] ?? 0) << 24) |
    ((data[at + 1] ?? 0) << 16) |
    ((data[at + 2] ?? 0) << 8) |
    (data[at + 3] ?? 0)) >>>
  0;
const u16 = (data: Uint8Array, at: number) => ((data[at] ?? 0) << 8) | (data[at + 1] ?? 0);

/** A JPEG 2000 codestream's SIZ marker segment: the image area, its components and the first one's depth. */
function sizFrame(data: Uint8Array, at: number): Frame | null {
  if (u16(data, at) !== 0xff4f || u16(data, at + 2) !== 0xff51) return null;
  const siz = at + 6;
  const components = u16(data, siz + 34);
  return {
    width: u32(data, siz + 2) - u32(data, siz + 10),
    height: u32(data, siz + 6) - u32(data, siz + 14),
    components,
    bits: ((data[siz + 36] ?? 7) & 0x7f) + 1,
  };
}

/** A JPX stream's frame: a raw codestream's SIZ, or that of a JP2 file's `jp2c` box. */
export function jpxFrame(data: Uint8Array): Frame | null {
  if (u16(data, 0) === 0xff4f) return sizFrame(data, 0);
  for (let at = 0; at + 8 <= data.length; ) {
    let length = u32(data, at);
    const type = String.fromCharCode(...data.subarray(at + 4, at + 8));
    let body = at + 8;
    if (length === 1) {
      // An 8-byte length: boxes past 4 GB are not in a file held in memory.
      length = u32(data, at + 12);
      body += 8;
    }
    if (type === 'jp2c') return sizFrame(data, body);
    if (length === 0 || length < 8) return null;
    at += length;
  }
  return null;
}

/** Segment types whose data begins with a region segment information field (width, height, ...). */
const REGION_SEGMENTS = new Set([4, 6, 7, 20, 22, 23, 36, 38, 39, 40, 42, 43]);
const PAGE_INFORMATION = 48;
/** Every segment type T.88 defines (7.3): another number means the walk has lost its way. */
const SEGMENT_TYPES = new Set([
  0, 4, 6, 7, 16, 20, 22, 23, 36, 38, 39, 40, 42, 43, 48, 49, 50, 51, 52, 53, 62,
]);

/**
 * The page and region sizes an embedded JBIG2 stream's segment headers state (T.88, 7.2-7.4): the
 * decoder allocates a bitmap of each. Symbol and pattern dictionaries are coded, not stated; they
 * stay bounded by the engine's memory cap and --timeout.
 */
export function jbig2Frames(data: Uint8Array): Frame[] {
  const frames: Frame[] = [];
  let at = 0;
  while (at + 11 <= data.length) {
    const number = u32(data, at);
    const flags = data[at + 4] ?? 0;
    const type = flags & 0x3f;
    if (!SEGMENT_TYPES.has(type)) break;
    let cursor = at + 5;
    const referred = data[cursor] ?? 0;
    let count = referred >> 5;
    if (count === 7) {
      count = u32(data, cursor) & 0x1fffffff;
      cursor += 4 + Math.ceil((count + 1) / 8);
    } else cursor += 1;
    cursor += count * (number <= 256 ? 1 : number <= 65536 ? 2 : 4);
    cursor += flags & 0x40 ? 4 : 1;
    const length = u32(data, cursor);
    cursor += 4;
    if (type === PAGE_INFORMATION || REGION_SEGMENTS.has(type)) {
      const width = u32(data, cursor);
      const height = u32(data, cursor + 4);
      // A striped page of unknown height (0xffffffff) grows by its stripes, which are regions.
      if (height !== 0xffffffff && cursor + 8 <= data.length) {
        frames.push({ width, height, components: 1, bits: 1 });
      }
    }
    if (length === 0xffffffff) break;
    at = cursor + length;
  }
  return frames;
}

/** CCITTFaxDecode's own size: /Columns (1728 unless given) by /Rows, or the image's height without them. */
function faxFrame(dict: string, height: number | undefined): Frame | null {
  const columns = dictNumber(dict, 'Columns') ?? 1728;
  const stated = dictNumber(dict, 'Rows') ?? 0;
  const rows = stated > 0 && stated <= 0xffff ? stated : height;
  return rows === undefined ? null : { width: columns, height: rows, components: 1, bits: 1 };
}

/** The filters that decode to pixels, by their names in streams and in inline images. */
const CODEC: Record<string, string> = {
  '/DCTDecode': 'DCTDecode',
  '/DCT': 'DCTDecode',
  '/JPXDecode': 'JPXDecode',
  '/JBIG2Decode': 'JBIG2Decode',
  '/CCITTFaxDecode': 'CCITTFaxDecode',
  '/CCF': 'CCITTFaxDecode',
};

export function isImageCodec(filter: string): boolean {
  return filter in CODEC;
}

/**
 * Refuses an image larger than the budget, as its dictionary says and as its codec's header says
 * (a decoder trusts the header: a JPEG is decoded at its frame's size whatever /Width says).
 * `filters` is the image's filter chain; `data` its stream with the filters before the codec
 * decoded, or empty when they could not be (the dictionary's size is checked then).
 */
export function checkImage(
  dict: string,
  filters: readonly string[],
  data: Uint8Array,
  budget: ImageBudget,
): void {
  const own = dictFrame(dict);
  const codecFilter = filters.find(isImageCodec);
  const codec = codecFilter === undefined ? undefined : CODEC[codecFilter];
  const frames: Array<Frame | null> = [own];
  if (codec === 'DCTDecode') frames.push(jpegFrame(data));
  else if (codec === 'JPXDecode') frames.push(jpxFrame(data));
  else if (codec === 'JBIG2Decode') frames.push(...jbig2Frames(data));
  else if (codec === 'CCITTFaxDecode') frames.push(faxFrame(dict, own?.height));
  const filter = codec ?? filters.at(-1)?.slice(1) ?? 'raw';
  for (const frame of frames) {
    if (!frame) continue;
    const { width, height, components, bits } = frame;
    if (width * height > budget.maxPixels) {
      throw new SkError(
        'limit-exceeded',
        say('limit-exceeded/image-pixels', { filter, width, height, max: budget.maxPixels / 1e6 }),
      );
    }
    if (Math.ceil((width * components * bits) / 8) * height > budget.maxBytes) {
      throw new SkError(
        'limit-exceeded',
        say('limit-exceeded/image-bytes', { filter, width, height, max: formatSize(budget.maxBytes) }),
      );
    }
  }
}
