import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageLines } from '../../src/extract/layout.js';
import { openPdf, type PdfDocument, type PdfEngine, type PdfRule } from '../../src/pdf/pdf.js';
import type { InputFile } from '../../src/sources/input.js';

const DIRS = ['fixtures/decrees', 'fixtures/decrees/matrix', 'fixtures/others'];
const FIXTURES = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.pdf') && !/scan|encrypted|truncated/.test(name))
    .map((name) => join(dir, name)),
);

function open(file: string, engine: PdfEngine): Promise<PdfDocument> {
  const input = {
    source: file,
    chunks: async function* () {
      yield readFileSync(file);
    },
  } as unknown as InputFile;
  return openPdf(input, { engine });
}

/** How far the nearest rule of `others` is from `rule`, in points (the largest coordinate difference). */
function distance(rule: PdfRule, others: readonly PdfRule[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (const other of others) {
    const d = Math.max(
      Math.abs(rule.x1 - other.x1),
      Math.abs(rule.y1 - other.y1),
      Math.abs(rule.x2 - other.x2),
      Math.abs(rule.y2 - other.y2),
    );
    best = Math.min(best, d);
  }
  return best;
}

// PDFium replaced pdf.js as the engine (issue 13): the table reader was built on pdf.js's items.
describe('PDFium reads every fixture as pdf.js did', () => {
  it.each(FIXTURES)('%s: the same lines (spaces aside) and the same ruling lines', async (file) => {
    const [before, after] = [await open(file, 'pdfjs'), await open(file, 'pdfium')];
    try {
      expect(after.engine).toBe('pdfium');
      const numbers = before.pages.map((page) => page.number);
      await Promise.all([before.loadRules(numbers), after.loadRules(numbers)]);
      expect(after.pages.length).toBe(before.pages.length);
      before.pages.forEach((page, index) => {
        const read = after.pages[index];
        if (!read) throw new Error(`page ${page.number} missing`);
        expect([read.width, read.height].map(Math.round)).toEqual([page.width, page.height].map(Math.round));
        // Spaces aside: pdf.js ends an item at each LibreOffice text block, and a block closer than
        // 0.12 em to the next joins it without a space ('undefined.Jabatan' in the matrix's lampiran
        // lists); PDFium, grouping by the gap alone, puts the tab's space there.
        const words = (lines: ReturnType<typeof pageLines>) =>
          lines.map((line) => line.text.replaceAll(' ', ''));
        expect(words(pageLines(read))).toEqual(words(pageLines(page)));
        expect(read.rules.length).toBe(page.rules.length);
        for (const rule of read.rules) expect(distance(rule, page.rules)).toBeLessThan(0.5);
      });
    } finally {
      await Promise.all([before.close(), after.close()]);
    }
  });
});
