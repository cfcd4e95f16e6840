import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDecree } from '../../src/extract/decree.js';
import { openPdf } from '../../src/pdf/pdf.js';
import { openPdfium } from '../../src/pdf/pdfium.js';
import { MIN_TEXT_SHARE, textQuality } from '../../src/pdf/text-quality.js';
import { checkInput } from '../../src/run.js';
import { openBuffer } from '../../src/sources/input.js';
import { hasOcr } from '../helpers.js';

/**
 * A decree whose lampiran page carries a scanner's own OCR layer of symbol soup, and whose dictum
 * mentions the lampiran OCR-damaged (`l,ampiran`): made by fixtures/decrees/make-garbled-layer.mjs.
 * decree.test.ts holds it to its truth's header, claims and planted faults; this file to the rest.
 */
const FILE = 'fixtures/decrees/decree-garbled-layer.pdf';
const truth = JSON.parse(readFileSync(FILE.replace(/\.pdf$/, '.truth.json'), 'utf8')) as {
  pagesWithoutText: number[];
  mentionsAttachment: boolean;
};

describe('a decree whose lampiran page has a text layer of symbol soup', () => {
  it('has a page 1 that reads as text and a page 2 that does not', async () => {
    const doc = await openPdfium(new Uint8Array(readFileSync(FILE)), {});
    try {
      const [body, soup] = doc.pages.map(textQuality);
      expect(body?.usable).toBe(true);
      expect(soup?.judged).toBeGreaterThan(40);
      expect(soup?.share).toBeLessThan(MIN_TEXT_SHARE);
    } finally {
      await doc.close();
    }
  });

  it('without --ocr: the page is left unread and named, the mention still counts', async () => {
    const docs = await extractDecree(openBuffer(FILE, readFileSync(FILE)), {});
    expect(docs).toHaveLength(1);
    const [doc] = docs;
    if (!doc) throw new Error('no document');
    expect(doc.pagesWithoutText).toEqual(truth.pagesWithoutText);
    expect(doc.decreeParts?.mentionsAttachment).toBe(truth.mentionsAttachment);
    expect(doc.records).toEqual([]);
    expect(doc.notes.map((note) => [note.code, note.message])).toEqual([
      [
        'text-layer-unusable',
        'page 2: the text layer is not readable text (a scanner’s own OCR?); run with --ocr to read it',
      ],
    ]);
  });

  it('without --ocr: the report warns of the page and of the missing lampiran, and verifies nothing', async () => {
    const report = await checkInput(FILE);
    expect(report.findings.map((finding) => [finding.code, finding.severity])).toEqual([
      ['attachment-missing', 'warning'],
      ['text-layer-unusable', 'warning'],
    ]);
    expect(report.appointees).toEqual([]);
    expect(report.status).toBe('unverified');
    expect(report.unverified?.map((u) => [u.reason, u.pages])).toEqual([
      ['pages-without-text', [2]],
      ['attachment-missing', undefined],
    ]);
    expect(report.unverified?.[0]?.message).toMatch(/--ocr/);
  });

  it('with --ocr on a file only pdf.js read (no page can be drawn): the page is named, not fatal', async () => {
    const pdf = await openPdf(openBuffer(FILE, readFileSync(FILE)), {
      engine: 'pdfjs',
      ocr: { when: 'auto' },
    });
    try {
      expect([pdf.ocr, pdf.pagesWithoutText, pdf.unusableTextPages]).toEqual([undefined, [2], [2]]);
      expect(pdf.pages[1]?.items).toEqual([]);
    } finally {
      await pdf.close();
    }
  });

  it.skipIf(!hasOcr)(
    'with --ocr: the soup page is read by OCR, not left out',
    async () => {
      const docs = await extractDecree(openBuffer(FILE, readFileSync(FILE)), { ocr: { when: 'auto' } });
      expect(docs).toHaveLength(1);
      const [doc] = docs;
      if (!doc) throw new Error('no document');
      expect(doc.pagesWithoutText).toBeUndefined();
      expect(doc.notes.map((note) => note.code)).not.toContain('text-layer-unusable');
      expect(doc.notes.find((note) => note.code === 'ocr-used')?.message).toMatch(/^page 2 read by OCR/);
    },
    120_000,
  );
});
