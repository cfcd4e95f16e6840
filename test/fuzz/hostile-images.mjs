// Hostile images inside PDFs, each a few KB, built by hand: a header that claims a huge picture and
// almost no data behind it, which a decoder would still decode (or allocate) in full. One per image
// filter (DCTDecode, JPXDecode, JBIG2Decode, CCITTFaxDecode, RunLengthDecode, and plain samples under
// FlateDecode), as an image XObject (decoded when a page is drawn for --ocr) and as an inline image
// in a page's content (decoded by PDFium while it reads the page's text). Never committed as files.
import { deflateSync } from 'node:zlib';
import { pdf } from './hostile-pdfs.mjs';

const u16 = (value) => Buffer.from([(value >> 8) & 0xff, value & 0xff]);
const u32 = (value) => {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(value >>> 0);
  return out;
};
const segment = (marker, body) => Buffer.concat([Buffer.from([0xff, marker]), u16(body.length + 2), body]);

/**
 * A baseline JPEG of `width` x `height` pixels whose every 8x8 block is two bits (DC difference 0,
 * end of block), its Huffman tables one code each, cut short after `scanBytes` bytes: libjpeg pads
 * the rest with zeros and decodes every row all the same.
 */
export function hugeJpeg(width, height, { components = 1, scanBytes = 64 } = {}) {
  const ids = Array.from({ length: components }, (_, i) => i + 1);
  const oneCode = (tableClass) => Buffer.from([tableClass << 4, 1, ...Array(15).fill(0), 0]);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xdb, Buffer.from([0, ...Array(64).fill(1)])),
    segment(
      0xc0,
      Buffer.from([8, ...u16(height), ...u16(width), components, ...ids.flatMap((id) => [id, 0x11, 0])]),
    ),
    segment(0xc4, oneCode(0)),
    segment(0xc4, oneCode(1)),
    segment(0xda, Buffer.from([components, ...ids.flatMap((id) => [id, 0]), 0, 63, 0])),
    Buffer.alloc(scanBytes),
    Buffer.from([0xff, 0xd9]),
  ]);
}

/**
 * A JPEG 2000 codestream of one 8-bit component and one tile of `width` x `height`, five reversible
 * wavelet levels, and no coded data at all (empty packets): a decoder holds the whole tile.
 */
export function hugeJpx(width, height) {
  const levels = 5;
  return Buffer.concat([
    Buffer.from([0xff, 0x4f]),
    segment(
      0x51,
      Buffer.concat([
        u16(0),
        u32(width),
        u32(height),
        u32(0),
        u32(0),
        u32(width),
        u32(height),
        u32(0),
        u32(0),
        u16(1),
        Buffer.from([7, 1, 1]),
      ]),
    ),
    segment(0x52, Buffer.from([0, 0, 0, 1, 0, levels, 4, 4, 0, 1])),
    segment(0x5c, Buffer.from([0x40, ...Array(3 * levels + 1).fill(8 << 3)])),
    segment(0x90, Buffer.concat([u16(0), u32(0), Buffer.from([0, 1])])),
    Buffer.from([0xff, 0x93]),
    Buffer.alloc(16),
    Buffer.from([0xff, 0xd9]),
  ]);
}

/** One JBIG2 segment of an embedded stream (no file header): number, type, page 1, no referred segments. */
function jbig2Segment(number, type, data) {
  return Buffer.concat([u32(number), Buffer.from([type, 0, 1]), u32(data.length), data]);
}

/**
 * An embedded JBIG2 stream: a page of `width` x `height` and one immediate generic region as large,
 * arithmetic-coded with template 0 and no typical prediction, from 16 bytes: the decoder runs its
 * coder once a pixel.
 */
export function hugeJbig2(width, height) {
  const page = Buffer.concat([u32(width), u32(height), u32(0), u32(0), Buffer.from([0]), u16(0)]);
  const region = Buffer.concat([
    u32(width),
    u32(height),
    u32(0),
    u32(0),
    Buffer.from([0]),
    // Generic region flags (MMR 0, template 0, TPGDON 0), then its four adaptive pixels.
    Buffer.from([0, 3, 0xff, 0xfd, 0xff, 2, 0xfe, 0xfe, 0xfe]),
    Buffer.alloc(16),
  ]);
  return Buffer.concat([
    jbig2Segment(0, 48, page),
    jbig2Segment(1, 38, region),
    jbig2Segment(2, 49, Buffer.alloc(0)),
  ]);
}

/** CCITT Group 4 rows that are all white: each is one vertical-mode code, a single 1 bit. */
export function whiteG4(rows) {
  return Buffer.alloc(Math.ceil(rows / 8), 0xff);
}

/** RunLength data of `size` zero bytes: runs of 128, two bytes each. */
export function runLengthZeros(size) {
  const runs = Math.ceil(size / 128);
  const out = Buffer.alloc(runs * 2 + 1);
  for (let i = 0; i < runs; i++) out[i * 2] = 129;
  out[runs * 2] = 128;
  return out;
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
const TEXT = 'BT /F1 12 Tf 72 720 Td (KEPUTUSAN BUPATI CONTOH) Tj ET';

/** A stream object: its dictionary (without /Length) and its bytes. */
function stream(dict, data) {
  return Buffer.concat([
    Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'),
    data,
    Buffer.from('\nendstream'),
  ]);
}

/**
 * A one-page PDF that draws an image XObject over the page, as a scan is: `dict` the image's own
 * keys (size, colours, filter), `data` its stream. `text` adds a line of text, so that without --ocr
 * the page is read and the image never drawn.
 */
export function imagePdf(dict, data, { text = false } = {}) {
  const content = `${text ? `${TEXT} ` : ''}q 595 0 0 842 0 0 cm /Im1 Do Q`;
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /Im1 6 0 R >> >> /Contents 5 0 R >>',
    FONT,
    stream('', Buffer.from(content, 'latin1')),
    stream(`/Type /XObject /Subtype /Image ${dict}`, data),
  ]);
}

/**
 * A one-page PDF with a line of text and an inline image (`BI dict ID data EI`) in its content,
 * deflated: PDFium decodes an inline image while it reads the page, to find where it ends.
 */
export function inlineImagePdf(dict, data) {
  const content = Buffer.concat([
    Buffer.from(`${TEXT}\nq 100 0 0 100 72 500 cm BI ${dict} ID `, 'latin1'),
    data,
    Buffer.from('\nEI Q\n', 'latin1'),
  ]);
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    FONT,
    stream('/Filter /FlateDecode', deflateSync(content, { level: 9 })),
  ]);
}

/** A page with no text that is `points` wide and high: drawn for --ocr at 200 dpi it is a huge bitmap. */
export function hugePagePdf(points = 7200) {
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${points} ${points}] /Contents 4 0 R >>`,
    stream('', Buffer.from('0 0 m 10 10 l S', 'latin1')),
  ]);
}

// CCITT and JBIG2 stop at 65,535 a side, libjpeg at 65,500; PDFium refuses an image whose samples
// pass 4 GB. Each attack stays inside those, so the engine takes it.
const side = 65535;
const jpegSide = 60000;
const G4 = (columns, rows) => `/DecodeParms << /K -1 /Columns ${columns} /Rows ${rows} >>`;

/** Each attack by name: the PDF, and whether it needs --ocr to be decoded at all. */
export const IMAGE_ATTACKS = {
  'dct-xobject': () => ({
    pdf: imagePdf(
      `/Width ${jpegSide} /Height ${jpegSide} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode`,
      hugeJpeg(jpegSide, jpegSide),
    ),
    ocr: true,
  }),
  'jpx-xobject': () => ({
    pdf: imagePdf(
      `/Width 20000 /Height 20000 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /JPXDecode`,
      hugeJpx(20000, 20000),
    ),
    ocr: true,
  }),
  'jbig2-xobject': () => ({
    pdf: imagePdf(
      `/Width 40000 /Height 40000 /ImageMask true /BitsPerComponent 1 /Filter /JBIG2Decode`,
      hugeJbig2(40000, 40000),
    ),
    ocr: true,
  }),
  'ccitt-xobject': () => ({
    pdf: imagePdf(
      `/Width ${side} /Height ${side} /ImageMask true /BitsPerComponent 1 /Filter /CCITTFaxDecode ${G4(side, side)}`,
      whiteG4(side),
    ),
    ocr: true,
  }),
  'flate-dims-xobject': () => ({
    pdf: imagePdf(
      '/Width 40000 /Height 40000 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode',
      deflateSync(Buffer.alloc(1024 * 1024)),
    ),
    ocr: true,
  }),
  'ccitt-inline': () => ({
    pdf: inlineImagePdf(
      `/W ${side} /H ${side} /IM true /BPC 1 /F /CCF /DP << /K -1 /Columns ${side} /Rows ${side} >>`,
      whiteG4(side),
    ),
    ocr: false,
  }),
  'dct-inline': () => ({
    pdf: inlineImagePdf(`/W ${jpegSide} /H ${jpegSide} /CS /G /BPC 8 /F /DCT`, hugeJpeg(jpegSide, jpegSide)),
    ocr: false,
  }),
  'rl-inline': () => ({
    pdf: inlineImagePdf(`/W 16384 /H 16384 /CS /G /BPC 8 /F /RL`, runLengthZeros(16384 * 16384)),
    ocr: false,
  }),
  'huge-page': () => ({ pdf: hugePagePdf(), ocr: true }),
};
