import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeGreyPng } from '../../src/ocr/png.js';
import { openPdfium } from '../../src/pdf/pdfium.js';

/** The IHDR fields, pHYs and pixels of an unfiltered 8-bit grey PNG, read back by hand. */
function readGreyPng(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const chunks = new Map<string, Buffer>();
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    chunks.set(png.subarray(at + 4, at + 8).toString('latin1'), png.subarray(at + 8, at + 8 + length));
    at += length + 12;
  }
  const header = chunks.get('IHDR') as Buffer;
  const width = header.readUInt32BE(0);
  const raw = inflateSync(chunks.get('IDAT') as Buffer);
  const rows = Array.from({ length: header.readUInt32BE(4) }, (_, y) => {
    expect(raw[y * (width + 1)]).toBe(0);
    return [...raw.subarray(y * (width + 1) + 1, (y + 1) * (width + 1))];
  });
  const phys = chunks.get('pHYs');
  return {
    width,
    depth: header[8],
    colour: header[9],
    rows,
    perMetre: phys?.readUInt32BE(0),
    ends: chunks.has('IEND'),
  };
}

describe('grey PNG for tesseract.js', () => {
  it('holds the raster, row by row, with its resolution', () => {
    const grey = Uint8Array.from([0, 50, 100, 150, 200, 255]);
    const png = readGreyPng(encodeGreyPng({ width: 3, height: 2, grey }, 200));
    expect(png).toMatchObject({ width: 3, depth: 8, colour: 0, ends: true, perMetre: 7874 });
    expect(png.rows).toEqual([
      [0, 50, 100],
      [150, 200, 255],
    ]);
  });
});

describe('pages drawn by PDFium for OCR', () => {
  it('draws a page as it is shown, at the scale asked, ink where the text is', async () => {
    const doc = await openPdfium(new Uint8Array(readFileSync('fixtures/decrees/sample-decree.pdf')), {});
    try {
      const page = doc.pages[0];
      if (!page || !doc.render) throw new Error('no page or no renderer');
      const scale = 100 / 72;
      const image = await doc.render(1, scale);
      expect(image.width).toBe(Math.ceil(page.width * scale));
      expect(image.height).toBe(Math.ceil(page.height * scale));
      const dark = (x: number, y: number) =>
        (image.grey[Math.round(y) * image.width + Math.round(x)] ?? 255) < 128;
      // Some glyph of the first line of text is inked near its baseline, and the margin is paper.
      const first = page.items[0];
      if (!first) throw new Error('no text');
      let inked = 0;
      for (let x = first.x; x < first.x + first.width; x += 0.25) {
        for (let dy = 0; dy < first.height * 0.7; dy += 0.25)
          if (dark(x * scale, (first.y - dy) * scale)) inked++;
      }
      expect(inked).toBeGreaterThan(10);
      expect(dark(2, 2)).toBe(false);
    } finally {
      await doc.close();
    }
  });
});
