import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SkError } from '../../src/errors.js';
import { DEFAULT_LIMITS } from '../../src/limits.js';
import { refuseBombs } from '../../src/pdf/pdf-guard.js';
import { checkImage, jbig2Frames, jpegFrame, jpxFrame } from '../../src/pdf/pdf-images.js';
import {
  hugeJbig2,
  hugeJpeg,
  hugeJpx,
  IMAGE_ATTACKS,
  imagePdf,
  inlineImagePdf,
  runLengthZeros,
  whiteG4,
  // @ts-expect-error: a plain .mjs script, shared with the limits tests
} from '../fuzz/hostile-images.mjs';

const budget = { maxPixels: DEFAULT_LIMITS.maxImagePixels, maxBytes: DEFAULT_LIMITS.maxInflatedBytes };

/** The `limit-exceeded` message `work` throws, or null when it throws nothing. */
function refusal(work: () => void): string | null {
  try {
    work();
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(SkError);
    expect((error as SkError).code).toBe('limit-exceeded');
    return (error as SkError).message;
  }
}

const guard = (pdf: Buffer) => refusal(() => refuseBombs(pdf, budget.maxBytes, budget.maxPixels));

describe('image codecs: the size their own header states', () => {
  it('DCTDecode: the JPEG frame header', () => {
    expect(jpegFrame(hugeJpeg(60000, 40000, { components: 3 }))).toEqual({
      width: 60000,
      height: 40000,
      components: 3,
      bits: 8,
    });
    expect(jpegFrame(Buffer.from('not a jpeg'))).toBeNull();
  });

  it('JPXDecode: SIZ of a raw codestream, and of a JP2 file’s jp2c box', () => {
    const codestream = hugeJpx(30000, 20000);
    expect(jpxFrame(codestream)).toEqual({ width: 30000, height: 20000, components: 1, bits: 8 });
    const box = (type: string, body: Buffer) => {
      const head = Buffer.alloc(8);
      head.writeUInt32BE(body.length + 8);
      head.write(type, 4, 'latin1');
      return Buffer.concat([head, body]);
    };
    const jp2 = Buffer.concat([
      box('jP  ', Buffer.from([0x0d, 0x0a, 0x87, 0x0a])),
      box('ftyp', Buffer.from('jp2 \0\0\0\0jp2 ', 'latin1')),
      box('jp2c', codestream),
    ]);
    expect(jpxFrame(jp2)?.width).toBe(30000);
  });

  it('JBIG2Decode: the page information and region segments', () => {
    expect(jbig2Frames(hugeJbig2(40000, 30000))).toEqual([
      { width: 40000, height: 30000, components: 1, bits: 1 },
      { width: 40000, height: 30000, components: 1, bits: 1 },
    ]);
    // Noise is not read as segments.
    expect(jbig2Frames(Buffer.alloc(64, 0xee))).toEqual([]);
  });

  it('CCITTFaxDecode: /Columns by /Rows, which override /Width and /Height', () => {
    const dict = (params: string) => `/Width 100 /Height 100 /ImageMask true /DecodeParms << ${params} >>`;
    expect(
      refusal(() =>
        checkImage(dict('/K -1 /Columns 65535 /Rows 65535'), ['/CCITTFaxDecode'], whiteG4(10), budget),
      ),
    ).toMatch(/an image \(CCITTFaxDecode\) has 65535 x 65535 pixels, more than 100 million/);
    // /Rows past 65,535 is ignored by PDFium: the image's height counts.
    expect(
      refusal(() =>
        checkImage(dict('/K -1 /Columns 2480 /Rows 99999'), ['/CCITTFaxDecode'], whiteG4(10), budget),
      ),
    ).toBeNull();
  });
});

describe('every image filter is held to the budget', () => {
  const attacks = IMAGE_ATTACKS as Record<string, () => { pdf: Buffer }>;
  const said = new Map<string, string | null>();
  const refused = (name: string) => {
    if (!said.has(name)) said.set(name, guard(attacks[name]?.().pdf as Buffer));
    return said.get(name);
  };

  it.each(Object.keys(attacks).filter((name) => name !== 'huge-page'))('%s is limit-exceeded', (name) => {
    // RunLength samples are decoded, with the byte cap, before the image's size is looked at.
    expect(refused(name)).toMatch(/^an image \(\w+\) (has|of) \d+ x \d+ pixels|^a PDF stream inflates/);
  });

  it('says which filter', () => {
    expect(refused('dct-xobject')).toMatch(/\(DCTDecode\) has 60000 x 60000 pixels/);
    expect(refused('jpx-xobject')).toMatch(/\(JPXDecode\) has 20000 x 20000 pixels/);
    expect(refused('jbig2-xobject')).toMatch(/\(JBIG2Decode\) has 40000 x 40000 pixels/);
    expect(refused('ccitt-xobject')).toMatch(/\(CCITTFaxDecode\) has 65535 x 65535 pixels/);
    expect(refused('ccitt-inline')).toMatch(/\(CCITTFaxDecode\) has 65535 x 65535 pixels/);
    expect(refused('dct-inline')).toMatch(/\(DCTDecode\) has 60000 x 60000 pixels/);
    expect(refused('flate-dims-xobject')).toMatch(/\(FlateDecode\) has 40000 x 40000 pixels/);
    expect(refused('rl-inline')).toMatch(/inflates to more than 128 MB/);
  });

  it('the same images, small, pass', () => {
    const n = 256;
    const gray = `/Width ${n} /Height ${n} /ColorSpace /DeviceGray /BitsPerComponent 8`;
    const mask = `/Width ${n} /Height ${n} /ImageMask true /BitsPerComponent 1`;
    for (const pdf of [
      imagePdf(`${gray} /Filter /DCTDecode`, hugeJpeg(n, n)),
      imagePdf(`${gray} /Filter /JPXDecode`, hugeJpx(n, n)),
      imagePdf(`${mask} /Filter /JBIG2Decode`, hugeJbig2(n, n)),
      imagePdf(
        `${mask} /Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns ${n} /Rows ${n} >>`,
        whiteG4(n),
      ),
      imagePdf(`${gray} /Filter /FlateDecode`, deflateSync(Buffer.alloc(n * n))),
      imagePdf(`${gray} /Filter /RunLengthDecode`, runLengthZeros(n * n)),
      inlineImagePdf(`/W ${n} /H ${n} /CS /G /BPC 8 /F /DCT`, hugeJpeg(n, n)),
      inlineImagePdf(`/W ${n} /H ${n} /IM true /F /CCF /DP << /K -1 /Columns ${n} >>`, whiteG4(n)),
      inlineImagePdf(
        `/W ${n} /H ${n} /CS /G /BPC 8 /F [/AHx /RL]`,
        Buffer.from(`${runLengthZeros(n * n).toString('hex')}>`),
      ),
    ]) {
      expect(guard(pdf)).toBeNull();
    }
  });

  it('a JPEG whose frame is larger than its /Width and /Height is held to its frame', () => {
    const pdf = imagePdf(
      '/Width 100 /Height 100 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode',
      hugeJpeg(60000, 60000),
    );
    expect(guard(pdf)).toMatch(/60000 x 60000/);
  });

  it('the codec is found after the filters before it, decoded with the cap: [/FlateDecode /DCTDecode]', () => {
    const pdf = imagePdf(
      '/Width 100 /Height 100 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter [/FlateDecode /DCTDecode]',
      deflateSync(hugeJpeg(60000, 60000)),
    );
    expect(guard(pdf)).toMatch(/\(DCTDecode\) has 60000 x 60000/);
  });

  it('decoded bytes: an image under the pixel budget whose samples pass the byte cap', () => {
    // 9,000 x 9,000 RGB: 81 million pixels, 243 MB of samples.
    const pdf = imagePdf(
      '/Width 9000 /Height 9000 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode',
      hugeJpeg(9000, 9000, { components: 3 }),
    );
    expect(guard(pdf)).toMatch(/an image \(DCTDecode\) of 9000 x 9000 pixels decodes to more than 128 MB/);
    expect(refusal(() => refuseBombs(pdf, 256 * 1024 * 1024, budget.maxPixels))).toBeNull();
    expect(refusal(() => refuseBombs(pdf, 256 * 1024 * 1024, 50_000_000))).toMatch(/more than 50 million/);
  });

  it('an inline RunLength image is decoded with the cap, as a stream is', () => {
    const pdf = inlineImagePdf('/W 100 /H 100 /CS /G /BPC 8 /F /RL', runLengthZeros(3 * 1024 * 1024));
    expect(refusal(() => refuseBombs(pdf, 2 * 1024 * 1024, budget.maxPixels))).toMatch(
      /inflates to more than 2 MB/,
    );
    expect(refusal(() => refuseBombs(pdf, 4 * 1024 * 1024, budget.maxPixels))).toBeNull();
  });

  it('an encrypted file’s image data is noise: only its dictionary is held to the budget', () => {
    const encrypted = (pdf: Buffer) => Buffer.concat([pdf, Buffer.from('trailer\n<< /Encrypt 9 0 R >>\n')]);
    const big = imagePdf(
      '/Width 100 /Height 100 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode',
      hugeJpeg(60000, 60000),
    );
    expect(guard(encrypted(big))).toBeNull();
    const claimed = imagePdf(
      '/Width 60000 /Height 60000 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode',
      hugeJpeg(10, 10),
    );
    expect(guard(encrypted(claimed))).toMatch(/60000 x 60000/);
  });

  it('no fixture PDF is refused (scans, photos, Chromium and Word output)', () => {
    const pdfs: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.pdf')) pdfs.push(path);
      }
    };
    walk('fixtures');
    expect(pdfs.length).toBeGreaterThan(20);
    for (const path of pdfs) expect([path, guard(readFileSync(path))]).toEqual([path, null]);
  });
});
