// Hostile PDFs, each a few KB, built by writing PDF syntax by hand: a page tree that claims 100000
// pages, an array nested 100000 deep, and a Flate stream that inflates to over 1 GB of zeros.
import { constants, createDeflate, createDeflateRaw, deflateSync } from 'node:zlib';

/** Assembles numbered objects into a PDF with a correct cross-reference table. */
export function pdf(objects) {
  const parts = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets = [];
  let length = parts[0].length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`),
      Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'),
      Buffer.from('\nendobj\n'),
    ]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n'];
  for (const offset of offsets) xref.push(`${String(offset).padStart(10, '0')} 00000 n \n`);
  xref.push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`);
  parts.push(Buffer.from(xref.join(''), 'latin1'));
  return Buffer.concat(parts);
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
const PAGE = (contents) =>
  `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents ${contents} >>`;
const TEXT = 'BT /F1 12 Tf 72 720 Td (KEPUTUSAN BUPATI CONTOH) Tj ET';

/**
 * A page tree of `fanout`² pages that are all the same page object: 100000 pages in a few KB, each
 * with text, so a reader that trusts the tree reads them all.
 */
export function manyPagesPdf(fanout = 317) {
  const kids = (ref) => Array.from({ length: fanout }, () => ref).join(' ');
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids('6 0 R')}] /Count ${fanout * fanout} >>`,
    PAGE('5 0 R').replace('/Parent 2 0 R', '/Parent 6 0 R'),
    FONT,
    `<< /Length ${TEXT.length} >>\nstream\n${TEXT}\nendstream`,
    `<< /Type /Pages /Parent 2 0 R /Kids [${kids('3 0 R')}] /Count ${fanout} >>`,
  ]);
}

/** A page whose resources hold an array nested `depth` levels deep. */
export function deepNestingPdf(depth = 100000) {
  const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    PAGE('[5 0 R 6 0 R]'),
    FONT,
    `<< /Length ${TEXT.length} >>\nstream\n${TEXT}\nendstream`,
    nested,
  ]);
}

/**
 * A zlib stream of `size` zero bytes, built without deflating them all: once the window is zeros,
 * every sync-flushed megabyte of zeros compresses to the same block, so the middle is one block repeated.
 * `raw`: raw deflate (as in a zip), without zlib's header and checksum.
 */
export async function deflatedZeros(size, { raw = false } = {}) {
  const mega = Buffer.alloc(1024 * 1024);
  const deflate = raw ? createDeflateRaw({ level: 9 }) : createDeflate({ level: 9 });
  const out = [];
  deflate.on('data', (chunk) => out.push(chunk));
  const flushed = async () => {
    deflate.write(mega);
    await new Promise((resolve) => deflate.flush(constants.Z_SYNC_FLUSH, resolve));
    return Buffer.concat(out.splice(0));
  };
  const first = await flushed();
  const block = await flushed();
  deflate.destroy();
  const count = Math.ceil(size / mega.length);
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(((((count * mega.length) % 65521) << 16) | 1) >>> 0);
  const blocks = Array.from({ length: count - 1 }, () => block);
  // 0x03 0x00: an empty final block with fixed codes; then the Adler-32 of all those zeros.
  return Buffer.concat([first, ...blocks, Buffer.from([0x03, 0x00]), ...(raw ? [] : [adler])]);
}

/** A page whose content stream is a Flate stream inflating to `size` bytes (zeros: PDF whitespace), deflated twice. */
export async function deflateBombPdf(size = 1.5 * 1024 ** 3) {
  // Deflated twice: the repeated blocks compress again, so the file stays a few KB.
  return pageWithStream(deflateSync(await deflatedZeros(size), { level: 9 }), '[/FlateDecode /FlateDecode]');
}

/** One page: the text, then a second content stream of `data` under `filter`. */
function pageWithStream(data, filter) {
  const stream = Buffer.concat([
    Buffer.from(`<< /Length ${data.length} /Filter ${filter} >>\nstream\n`),
    data,
    Buffer.from('\nendstream'),
  ]);
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    PAGE('[5 0 R 6 0 R]'),
    FONT,
    `<< /Length ${TEXT.length} >>\nstream\n${TEXT}\nendstream`,
    stream,
  ]);
}

/**
 * LZW codes (PDF's: 9 to 12 bits, most significant first, EarlyChange 1) that decode to `size` zero
 * bytes: codes 0, 258, 259, ... each one zero longer than the last until the table is full, then its
 * last code (3,839 zeros) repeated.
 */
function lzwZeros(size) {
  const codes = [0];
  let produced = 1;
  let next = 258;
  while (next < 4096 && produced < size) {
    codes.push(next);
    produced += next - 256;
    next++;
  }
  while (produced < size) {
    codes.push(4095);
    produced += 3839;
  }
  codes.push(257);
  const bytes = [];
  let buffer = 0;
  let bits = 0;
  let width = 9;
  let table = 258;
  codes.forEach((code, i) => {
    buffer = (buffer << width) | code;
    bits += width;
    while (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >>> bits) & 0xff);
    }
    buffer &= (1 << bits) - 1;
    // The decoder adds an entry for every code after the first; its width grows one code early.
    if (i > 0 && table < 4096) table++;
    if (table + 1 >= 1 << width && width < 12) width++;
  });
  if (bits > 0) bytes.push((buffer << (8 - bits)) & 0xff);
  return Buffer.from(bytes);
}

/** A page whose content stream is LZW-encoded zeros (`size` bytes decoded), deflated: `[/FlateDecode /LZWDecode]`. */
export function lzwBombPdf(size = 300 * 1024 * 1024) {
  return pageWithStream(deflateSync(lzwZeros(size), { level: 9 }), '[/FlateDecode /LZWDecode]');
}
