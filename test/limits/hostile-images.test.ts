import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script, shared with the unit tests
import { hugePagePdf, IMAGE_ATTACKS } from '../fuzz/hostile-images.mjs';
import { hasOcr } from '../helpers.js';
import { MB, measured } from './measured.js';

// The budgets are asserted in CPU time and memory; the wall clock only stretches on a busy machine
// (CI shares two cores), so each spawned run gets as long as the runner's own kill (120 s).
const SPAWNED = { timeout: 120_000 };

// These run the compiled CLI: `npm run build` first.
const dir = mkdtempSync(join(tmpdir(), 'sk-hostile-images-'));
const ROSTER = 'fixtures/rosters/sample-roster.csv';
const attacks = IMAGE_ATTACKS as Record<string, () => { pdf: Buffer; ocr: boolean }>;

/**
 * The hostile PDF is one line on stderr, `limit-exceeded`, saying `message`; the roster after it is
 * read and reported; neither the engine nor OCR ever decoded the image.
 */
function refused(name: string, pdf: Buffer, args: string[], message: RegExp) {
  expect(pdf.length).toBeLessThan(16 * 1024);
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, pdf);
  // --timeout 60: before the budget, each of these ran into a 30 s timeout (or 4 GB of samples).
  const result = measured([...args, '--timeout', '60', path, ROSTER]);
  expect(result.stderr.split('\n').filter(Boolean), result.stderr).toHaveLength(1);
  expect(result.stderr.startsWith(`sk-check: ${path}: `)).toBe(true);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).toMatch(/ \(limit-exceeded\)\n$/);
  expect(result.code).toBe(2);
  expect(result.documents.map((doc) => doc.status)).toEqual(['unreadable', 'verified']);
  expect(result.seconds).toBeLessThan(10);
  expect(result.maxRss).toBeLessThan(400 * MB);
}

describe('PDF images built to exhaust the decoders', SPAWNED, () => {
  it.each([
    ['ccitt-inline', /an image \(CCITTFaxDecode\) has 65535 x 65535 pixels, more than 100 million/],
    ['dct-inline', /an image \(DCTDecode\) has 60000 x 60000 pixels/],
    ['rl-inline', /a PDF stream inflates to more than 128 MB/],
  ])('%s (decoded as the page is read) is limit-exceeded, and the batch goes on', (name, message) => {
    refused(name, attacks[name]?.().pdf as Buffer, [], message);
  });

  it.each([
    ['dct-xobject', /an image \(DCTDecode\) has 60000 x 60000 pixels/],
    ['jpx-xobject', /an image \(JPXDecode\) has 20000 x 20000 pixels/],
    ['jbig2-xobject', /an image \(JBIG2Decode\) has 40000 x 40000 pixels/],
    ['ccitt-xobject', /an image \(CCITTFaxDecode\) has 65535 x 65535 pixels/],
    ['flate-dims-xobject', /an image \(FlateDecode\) has 40000 x 40000 pixels/],
  ])('%s (decoded as the page is drawn for --ocr) is limit-exceeded before OCR starts', (name, message) => {
    // The budget is checked as the file is opened, before OCR is loaded: no OCR package is needed.
    refused(name, attacks[name]?.().pdf as Buffer, ['--ocr'], message);
  });

  it.skipIf(!hasOcr)('a page that would be 20,000 x 20,000 pixels drawn for OCR is limit-exceeded', () => {
    refused('huge-page', hugePagePdf(7200), ['--ocr'], /page 1 drawn for OCR would be 20000 x 20000 pixels/);
  });
});
