import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPdfium } from '../../src/pdf/pdfium.js';
import { MIN_JUDGED_TOKENS, MIN_TEXT_SHARE, textQuality } from '../../src/pdf/text-quality.js';

/** Every PDF the project holds, its text layer as the engine gives it (before any page is dropped). */
const DIRS = [
  'fixtures/decrees',
  'fixtures/decrees/matrix',
  'fixtures/decrees/month-scans',
  'fixtures/others',
];
const FUZZ = ['test/fuzz/crashers', 'test/fuzz/hangs'];
// Two million strokes and no text: no page to judge, and ~10 s of PDFium to find that out.
const NO_TEXT = 'test/fuzz/hangs/slow-page-2m-strokes.pdf';
const pdfsIn = (dir: string): string[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.pdf'))
    .map((name) => join(dir, name));

/** A page's layer as the scorer judged it: kept to print when the guard fails. */
interface Judged {
  file: string;
  page: number;
  judged: number;
  share: number;
}

async function judge(file: string): Promise<Judged[] | null> {
  let doc: Awaited<ReturnType<typeof openPdfium>>;
  try {
    doc = await openPdfium(new Uint8Array(readFileSync(file)), { maxPages: 200 });
  } catch {
    return null;
  }
  try {
    return doc.pages
      .filter((page) => page.items.length > 0)
      .map((page) => ({ file, page: page.number, ...textQuality(page) }));
  } finally {
    await doc.close();
  }
}

async function judgeAll(files: readonly string[]): Promise<{ read: number; pages: Judged[] }> {
  const pages: Judged[] = [];
  let read = 0;
  for (const file of files) {
    const judged = await judge(file);
    if (judged === null) continue;
    read++;
    pages.push(...judged);
  }
  return { read, pages };
}

const unusable = (pages: readonly Judged[]): Judged[] =>
  pages.filter((page) => page.judged >= MIN_JUDGED_TOKENS && page.share < MIN_TEXT_SHARE);

describe('the text-layer scorer on real decrees (the false-alarm guard)', () => {
  it('judges no page of any fixture PDF unusable, with a wide margin', async () => {
    const files = DIRS.flatMap(pdfsIn).filter((file) => !file.includes('garbled'));
    const { read, pages } = await judgeAll(files);
    expect(read).toBeGreaterThan(60);
    expect(unusable(pages)).toEqual([]);
    const judged = pages.filter((page) => page.judged >= MIN_JUDGED_TOKENS);
    expect(Math.min(...judged.map((page) => page.share))).toBeGreaterThan(0.9);
  }, 120_000);

  it('in the fuzz corpus, judges unusable only the page whose font bytes were flipped', async () => {
    // 000426's page 4 reads `€--P ð-  Á 12 | ë --P | AMMAD Rð | ID£nÐ`: its text layer is soup.
    const { pages } = await judgeAll(FUZZ.flatMap(pdfsIn).filter((file) => file !== NO_TEXT));
    expect(unusable(pages).map((page) => `${page.file} p${page.page}`)).toEqual([
      'test/fuzz/hangs/000426-sample-decree-bitFlips+insertBytes+hugeField.pdf p4',
    ]);
  }, 120_000);
});
