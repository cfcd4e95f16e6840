import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/batch/batch.js';
import type { Document, Report } from '../../src/model.js';
import { jpegInfo, pagesOf, prepareRaster } from '../../src/ocr/image.js';
import { flattenLight, orient, shrinkTo } from '../../src/ocr/image-raster.js';
import { OCR_PACKAGES, ocrInstallCommand } from '../../src/ocr/ocr.js';
import { runCli } from '../cli/run-cli.js';
import { hasOcr } from '../helpers.js';

const DIR = resolve('fixtures/decrees/photos');
const BIN = resolve('bin/sk-check.js');

interface PhotoTruth {
  photoOf: string;
  page: number;
  orientation: number;
  number: string | null;
  date: string | null;
  claims: Array<{ total: number; parts: Array<{ level: string; count: number }> }>;
  appointees: Array<{ nip: string }>;
}
const truthOf = (name: string) =>
  JSON.parse(readFileSync(join(DIR, `${name}.truth.json`), 'utf8')) as PhotoTruth;
const claimShape = (claim: PhotoTruth['claims'][number]) =>
  `${claim.total} = ${claim.parts.map((part) => `${part.count} ${part.level}`).join(' + ')}`;

const grey = (width: number, height: number, values: number[]) => ({
  width,
  height,
  grey: Uint8Array.from(values),
});

describe('image rasters', () => {
  // 3 x 2, stored:  1 2 3 / 4 5 6
  const stored = grey(3, 2, [1, 2, 3, 4, 5, 6]);

  it('are turned as their EXIF orientation says they are shown', () => {
    expect([...orient(stored, 1).grey]).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...orient(stored, 3).grey]).toEqual([6, 5, 4, 3, 2, 1]);
    // 6: shown turned a quarter clockwise: the stored left column becomes the top row, read upwards.
    const six = orient(stored, 6);
    expect([six.width, six.height, ...six.grey]).toEqual([2, 3, 4, 1, 5, 2, 6, 3]);
    const eight = orient(stored, 8);
    expect([eight.width, eight.height, ...eight.grey]).toEqual([2, 3, 3, 6, 2, 5, 1, 4]);
  });

  it('are shrunk by averaging blocks', () => {
    const image = shrinkTo(grey(4, 2, [0, 100, 200, 200, 100, 200, 200, 200]), 2);
    expect([image.width, image.height, ...image.grey]).toEqual([2, 1, 100, 200]);
  });

  it('have uneven light evened out: paper white all over, ink still dark', () => {
    // Paper fading from 250 to 120 across the page, one ink dot in the shadow.
    const width = 200;
    const height = 100;
    const values = Array.from({ length: width * height }, (_, i) =>
      Math.round(250 - (130 * (i % width)) / width),
    );
    values[50 * width + 180] = 40;
    const flat = flattenLight(grey(width, height, values));
    expect(flat.grey[50 * width + 10]).toBeGreaterThan(225);
    expect(flat.grey[50 * width + 170]).toBeGreaterThan(225);
    expect(flat.grey[50 * width + 180]).toBeLessThan(110);
  });
});

describe('image files', () => {
  it('a JPEG says its size, and the orientation of its EXIF block', () => {
    const info = jpegInfo(readFileSync(join(DIR, 'sample-decree-photo.jpg')));
    expect(info.orientation).toBe(truthOf('sample-decree-photo').orientation);
    expect(info.components).toBe(1);
    expect(info.height).toBeGreaterThan(info.width);
  });

  it('a JPEG is decoded by PDFium and shown upright: a landscape page stored sideways is landscape', async () => {
    const [load] = await pagesOf('JPEG', readFileSync(join(DIR, 'sample-decree-photo.jpg')));
    const decoded = await (load as NonNullable<typeof load>)();
    const { image, scale } = prepareRaster(decoded);
    expect(image.width).toBeGreaterThan(image.height);
    // The photo's frame holds an A4 page: its short side is about 595 pt.
    expect(image.height / scale).toBeCloseTo(595, -1);
  });

  it.skipIf(!hasOcr)('a multi-page TIFF is one page per page, at the resolution it states', async () => {
    const pages = await pagesOf('TIFF', readFileSync(join(DIR, 'sample-decree-pages.tif')));
    expect(pages).toHaveLength(2);
    const sizes = [];
    for (const load of pages) {
      const decoded = await load();
      expect(decoded.dpi).toBe(100);
      const { image, scale } = prepareRaster(decoded);
      sizes.push([Math.round(image.width / scale), Math.round(image.height / scale)]);
    }
    // Page 1 portrait, page 3 (the lampiran) landscape, in points as the PDF has them.
    const portrait = sizes[0] as number[];
    const landscape = sizes[1] as number[];
    expect((portrait[0] as number) < (portrait[1] as number)).toBe(true);
    expect((landscape[0] as number) > (landscape[1] as number)).toBe(true);
  });

  it('without --ocr an image says to add --ocr', async () => {
    const jpeg = await runCli([join(DIR, 'sample-decree-photo.jpg')]);
    expect(jpeg.code).toBe(2);
    expect(jpeg.stderr).toMatch(
      /an image \(JPEG\): add --ocr to read the decree it shows \(file-unsupported\)\n$/,
    );
  });

  it.skipIf(!hasOcr)('a broken image is unreadable, saying what it is, never an internal error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-image-'));
    const png = join(dir, 'cut.png');
    const tiff = join(dir, 'bad.tif');
    // A PNG header announcing 4096 x 16 pixels and nothing after it; a TIFF whose first page has no entries.
    writeFileSync(png, Buffer.from('89504e470d0a1a0a0000000d494844520000100000000010080000000000', 'hex'));
    writeFileSync(tiff, Buffer.from('49492a00080000000000', 'hex'));
    const report = await run([png, tiff], { pdf: { ocr: { when: 'auto' } }, jobs: 1 });
    expect(report.documents.map((doc) => [doc.status, doc.findings.map((f) => f.code)])).toEqual([
      ['unreadable', ['file-unreadable']],
      ['unreadable', ['file-unreadable']],
    ]);
    expect(report.documents[0]?.findings[0]?.message).toMatch(/^not a readable PNG image/);
    expect(report.documents[1]?.findings[0]?.message).toMatch(/^not a readable TIFF image/);
  });

  it('the OCR packages are installed by one command, with the versions package.json asks for', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      peerDependencies: Record<string, string>;
      peerDependenciesMeta: Record<string, { optional: boolean }>;
      devDependencies: Record<string, string>;
    };
    expect(pkg.peerDependencies).toEqual(OCR_PACKAGES);
    for (const [name, version] of Object.entries(OCR_PACKAGES)) {
      expect(pkg.peerDependenciesMeta[name]).toEqual({ optional: true });
      expect(pkg.devDependencies[name]).toBe(version);
    }
    const global = ocrInstallCommand('file:///usr/local/lib/node_modules/sk-check/dist/ocr/ocr.js');
    expect(global).toBe(
      'npm install -g tesseract.js@7.0.0 @tesseract.js-data/ind@1.0.0 pngjs@7.0.0 utif2@4.1.0',
    );
    expect(ocrInstallCommand('file:///home/ana/sk-check/dist/ocr/ocr.js')).toMatch(/^npm install tesseract/);
  });
});

// OCR takes seconds a page: both photos are read by one process of the compiled binary.
describe.skipIf(!hasOcr)('sk-check --ocr on photos of decree pages', () => {
  const names = ['sample-decree-photo', 'sample-decree-photo-p2'];
  let report: Report | undefined;
  const read = () => {
    if (report) return report;
    const noLimits = ['--timeout', '0', '--ocr-page-timeout', '0'];
    const files = names.map((name) => join(DIR, `${name}.jpg`));
    const result = spawnSync('node', [BIN, '--ocr', ...noLimits, '--format', 'json', ...files], {
      encoding: 'utf8',
      timeout: 170_000,
    });
    expect(result.stderr).toBe('');
    report = JSON.parse(result.stdout) as Report;
    return report;
  };

  it.each(names)(
    '%s: what the page holds (SK number, date, claims) exactly, ≥ 98% of its NIPs',
    { timeout: 180_000 },
    (name) => {
      const truth = truthOf(name);
      // Found by its file: a page that may be part of a decree is reported after the others.
      const doc = read().documents.find((d) => d.source === join(DIR, `${name}.jpg`)) as Document;
      expect(doc.kind).toBe('image');
      expect(doc.ocr).toBe(true);
      if (truth.number) expect(doc.decree?.number).toBe(truth.number);
      if (truth.date) expect(doc.decree?.date).toBe(truth.date);
      expect(doc.claims.map(claimShape)).toEqual(truth.claims.map(claimShape));
      const nips = new Set(doc.appointees.map((appointee) => appointee.nip));
      const found = truth.appointees.filter((person) => nips.has(person.nip)).length;
      expect(found / Math.max(1, truth.appointees.length)).toBeGreaterThanOrEqual(
        truth.appointees.length ? 0.98 : 0,
      );
    },
  );
});
