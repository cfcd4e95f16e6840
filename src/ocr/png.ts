import { deflateSync } from 'node:zlib';
import type { GreyImage } from '../pdf/page.js';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let crcTable: Uint32Array | undefined;

/** CRC-32 of PNG chunks (ISO 3309), table-driven. */
function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of data) crc = (crcTable[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/**
 * An 8-bit greyscale PNG of a raster: what tesseract.js is handed (it reads image files, not
 * pixels). Rows are unfiltered and deflated fast: the image lives for one recognition, in memory.
 * `dpi` goes into `pHYs`, so the engine knows the resolution.
 */
export function encodeGreyPng(image: GreyImage, dpi?: number): Buffer {
  const { width, height, grey } = image;
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    // Filter type 0 (none) before each row.
    raw.set(grey.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // colour type: greyscale
  const chunks = [SIGNATURE, chunk('IHDR', header)];
  if (dpi) {
    const physical = Buffer.alloc(9);
    const perMetre = Math.round(dpi / 0.0254);
    physical.writeUInt32BE(perMetre, 0);
    physical.writeUInt32BE(perMetre, 4);
    physical[8] = 1; // unit: metre
    chunks.push(chunk('pHYs', physical));
  }
  chunks.push(chunk('IDAT', deflateSync(raw, { level: 1 })), chunk('IEND', new Uint8Array(0)));
  return Buffer.concat(chunks);
}
