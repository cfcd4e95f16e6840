import { SkError } from '../errors.js';
import { say } from '../i18n/said.js';
import { DEFAULT_LIMITS } from '../limits.js';
import type { GreyImage } from '../pdf/page.js';
import { applyOcr, type PdfDocument, type PdfOptions, type PdfPage } from '../pdf/pdf.js';
import type { InputFile } from '../sources/input.js';
import { imageFormat } from '../sources/sniff.js';
import { flattenLight, orient, shrinkTo } from './image-raster.js';
import { loadOptional, ocrPages } from './ocr.js';
import { checkTiffDirectories } from './tiff-directories.js';

/** A photo or scan of a page, decoded: grey pixels, the EXIF orientation and the resolution it gives. */
export interface Decoded {
  image: GreyImage;
  /** EXIF/TIFF orientation, 1-8 (1: as stored). */
  orientation: number;
  /** Dots per inch the file states, or 0. */
  dpi: number;
}

/**
 * Read at about the resolution scans read best at (`OCR_DEFAULTS.dpi`); a phone photo of an A4
 * page is 300-400 dpi and is halved.
 */
const TARGET_DPI = 200;
/** A stated resolution below this is a default (72, 96), not the page's: the page is taken to be A4 wide. */
const MIN_STATED_DPI = 100;
/** The short side of an A4 page, in inches: a photo's frame is taken to hold the page's width. */
const A4_SHORT_INCHES = 8.27;

/**
 * Reads a JPEG, PNG or TIFF (each TIFF page a page) as a scanned decree: decoded to grey, turned
 * as its EXIF orientation says, uneven light evened out, then OCR'd exactly as a scanned PDF's
 * pages are. Without `--ocr` it is refused, saying so.
 */
export async function openImage(input: InputFile, options: PdfOptions): Promise<PdfDocument> {
  const format = imageFormat(input.head) ?? 'image';
  const ocr = options.ocr;
  if (!ocr) {
    throw new SkError('file-unsupported', say('file-unsupported/image-no-ocr', { format }));
  }
  const chunks: Buffer[] = [];
  for await (const chunk of input.chunks()) chunks.push(chunk);
  const data = Buffer.concat(chunks);
  options.signal?.throwIfAborted();
  const loaders = await pagesOf(format, data, options.maxImageDirectories, options.maxImagePixels);
  const maxPages = options.maxPages;
  if (maxPages !== undefined && loaders.length > maxPages) {
    throw new SkError(
      'limit-exceeded',
      `the image has ${loaders.length} pages, more than --max-pages ${maxPages}`,
    );
  }
  const pages: PdfPage[] = loaders.map((_, index) => ({
    number: index + 1,
    width: 0,
    height: 0,
    items: [],
    rules: [],
  }));
  const read = await ocrPages(
    loaders.map((load, index) => ({
      number: index + 1,
      load: async () => {
        const decoded = await load();
        const { image, scale } = prepareRaster(decoded);
        const page = pages[index] as PdfPage;
        page.width = image.width / scale;
        page.height = image.height / scale;
        return { image, scale };
      },
    })),
    ocr,
    options.signal,
    options.onOcrPage,
  );
  const result = applyOcr(pages, read);
  if (pages.every((page) => page.items.length === 0)) {
    throw new SkError('pdf-no-text', 'OCR found no words in the image');
  }
  return {
    pages,
    ocr: result,
    engine: 'pdfium',
    // Every page of an image is OCR'd: none is left unread.
    pagesWithoutText: [],
    unusableTextPages: [],
    loadRules: async () => undefined,
    close: async () => undefined,
  };
}

/** Upright, at about `TARGET_DPI`, light evened out; `scale` in pixels a point. */
export function prepareRaster({ image, orientation, dpi }: Decoded): { image: GreyImage; scale: number } {
  const upright = orient(image, orientation);
  const stated = dpi >= MIN_STATED_DPI ? dpi : Math.min(upright.width, upright.height) / A4_SHORT_INCHES;
  const factor = Math.max(1, Math.round(stated / TARGET_DPI));
  const small = shrinkTo(upright, factor);
  return { image: flattenLight(small), scale: stated / factor / 72 };
}

type PageLoader = () => Promise<Decoded>;

/** The pages of an image file, each decoded when loaded. */
export async function pagesOf(
  format: string,
  data: Buffer,
  maxDirectories = DEFAULT_LIMITS.maxImageDirectories,
  maxPixels = DEFAULT_LIMITS.maxImagePixels,
): Promise<PageLoader[]> {
  const readable = <T>(work: () => Promise<T>) =>
    work().catch((error: unknown) => {
      throw error instanceof SkError ? error : unreadable(format, error);
    });
  if (format === 'JPEG') return [() => readable(() => decodeJpeg(data, maxPixels))];
  if (format === 'PNG') return [() => readable(() => decodePng(data, maxPixels))];
  const pages = await readable(() => tiffPages(data, maxDirectories, maxPixels));
  return pages.map((load) => () => readable(load));
}

function unreadable(format: string, error: unknown): SkError {
  const message = (error as { message?: string })?.message ?? String(error);
  return new SkError('file-unreadable', `not a readable ${format} image (truncated or corrupt): ${message}`);
}

/** More pixels than `maxPixels` in one page is no photo of a page (and would hold gigabytes). */
function checkSize(width: number, height: number, maxPixels: number): void {
  if (width <= 0 || height <= 0) throw new Error('no pixels');
  if (width * height > maxPixels) {
    throw new SkError(
      'limit-exceeded',
      `the image has ${width} x ${height} pixels, more than ${maxPixels / 1e6} million`,
    );
  }
}

/** The JPEG's size and colour components (its SOF segment), and the EXIF orientation and JFIF density. */
export function jpegInfo(data: Buffer): {
  width: number;
  height: number;
  components: number;
  orientation: number;
  dpi: number;
} {
  let at = 2;
  let orientation = 1;
  let dpi = 0;
  while (at + 4 <= data.length) {
    if (data[at] !== 0xff) throw new Error(`no JPEG marker at byte ${at}`);
    const marker = data[at + 1] as number;
    if (marker === 0xff) {
      at++;
      continue;
    }
    const length = data.readUInt16BE(at + 2);
    const body = data.subarray(at + 4, at + 2 + length);
    if (marker === 0xe0 && body.subarray(0, 5).toString('latin1') === 'JFIF\0' && body.length >= 12) {
      const units = body[7];
      const density = body.readUInt16BE(8);
      dpi = units === 1 ? density : units === 2 ? density * 2.54 : 0;
    } else if (marker === 0xe1 && body.subarray(0, 6).toString('latin1') === 'Exif\0\0') {
      orientation = exifOrientation(body.subarray(6)) ?? orientation;
    } else if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return {
        height: body.readUInt16BE(1),
        width: body.readUInt16BE(3),
        components: body[5] ?? 0,
        orientation,
        dpi,
      };
    }
    at += 2 + length;
  }
  throw new Error('no frame header');
}

/** Tag 274 (Orientation) of the first IFD of a TIFF structure (an EXIF block is one). */
export function exifOrientation(tiff: Buffer): number | null {
  if (tiff.length < 8) return null;
  const little = tiff.subarray(0, 2).toString('latin1') === 'II';
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return null;
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) return null;
    if (u16(entry) === 274) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : null;
    }
  }
  return null;
}

/** A JPEG is drawn by PDFium (libjpeg in the same WebAssembly module): no decoder to install. */
async function decodeJpeg(data: Buffer, maxPixels: number): Promise<Decoded> {
  const info = jpegInfo(data);
  checkSize(info.width, info.height, maxPixels);
  const { renderJpeg } = await import('../pdf/pdfium.js');
  const image = await renderJpeg(data, info.width, info.height, info.components, maxPixels);
  return { image, orientation: info.orientation, dpi: info.dpi };
}

interface PngModule {
  PNG: { sync: { read(data: Buffer): { width: number; height: number; data: Buffer } } };
}

/** The resolution a PNG states in its `pHYs` chunk, in dpi, or 0. */
function pngDpi(data: Buffer): number {
  for (let at = 8; at + 8 <= data.length; ) {
    const length = data.readUInt32BE(at);
    const type = data.subarray(at + 4, at + 8).toString('latin1');
    if (type === 'pHYs' && length >= 9 && data[at + 16] === 1) return data.readUInt32BE(at + 8) * 0.0254;
    if (type === 'IDAT') return 0;
    at += length + 12;
  }
  return 0;
}

async function decodePng(data: Buffer, maxPixels: number): Promise<Decoded> {
  const width = data.readUInt32BE(16);
  const height = data.readUInt32BE(20);
  checkSize(width, height, maxPixels);
  const { PNG } = await loadOptional<PngModule>('pngjs');
  const png = PNG.sync.read(data);
  return { image: greyOfRgba(png.data, png.width, png.height), orientation: 1, dpi: pngDpi(data) };
}

interface TiffPage {
  width: number;
  height: number;
  t274?: number[];
  t256?: number[];
  t257?: number[];
  t282?: Array<[number, number]>;
  t296?: number[];
  subfile?: number;
  t254?: number[];
}
interface UtifModule {
  decode(data: ArrayBuffer, options: { parseMN: boolean; debug: boolean }): TiffPage[];
  decodeImage(data: ArrayBuffer, page: TiffPage): void;
  toRGBA8(page: TiffPage): Uint8Array;
}

/** Every full-size page of a TIFF (reduced-size images, thumbnails, are left out). */
async function tiffPages(data: Buffer, maxDirectories: number, maxPixels: number): Promise<PageLoader[]> {
  checkTiffDirectories(data, maxDirectories);
  const utif = await loadOptional<UtifModule>('utif2');
  const buffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
  // Maker notes are camera data, parsed by utif2 with no check of their own directories.
  const pages = utif
    .decode(buffer, { parseMN: false, debug: false })
    .filter((page) => ((page.t254?.[0] ?? 0) & 1) === 0);
  if (pages.length === 0) throw new Error('no page');
  return pages.map((page) => async () => {
    checkSize(page.t256?.[0] ?? 0, page.t257?.[0] ?? 0, maxPixels);
    utif.decodeImage(buffer, page);
    const unit = page.t296?.[0] ?? 2;
    // A RATIONAL: numerator and denominator.
    const [numerator = 0, denominator = 1] = page.t282?.[0] ?? [];
    const resolution = numerator / (denominator || 1);
    return {
      image: greyOfRgba(utif.toRGBA8(page), page.width, page.height),
      orientation: page.t274?.[0] ?? 1,
      dpi: unit === 3 ? resolution * 2.54 : unit === 2 ? resolution : 0,
    };
  });
}

/** Luma of RGBA pixels, laid on white paper where they are transparent. */
function greyOfRgba(rgba: Uint8Array, width: number, height: number): GreyImage {
  const grey = new Uint8Array(width * height);
  for (let i = 0; i < grey.length; i++) {
    const at = i * 4;
    const luma = ((rgba[at] ?? 255) * 77 + (rgba[at + 1] ?? 255) * 150 + (rgba[at + 2] ?? 255) * 29) >> 8;
    const alpha = rgba[at + 3] ?? 255;
    grey[i] = (luma * alpha + 255 * (255 - alpha)) / 255;
  }
  return { width, height, grey };
}
