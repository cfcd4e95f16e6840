import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/batch/batch.js';
import { pageLines } from '../../src/extract/layout.js';
import { formatHtml, type Paper } from '../../src/formatters/html.js';
import type { Report } from '../../src/model.js';
import { openPdf, type PdfPage } from '../../src/pdf/pdf.js';
import { openBuffer } from '../../src/sources/input.js';

/** Chromium prints the report the way a clerk's browser would; CI without it skips, saying so. */
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM)
  console.warn(`html-print: skipped, no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM)`);

const INPUTS = [
  'fixtures/decrees/decree-faults.pdf',
  'fixtures/rosters/roster-faults.csv',
  'fixtures/decrees/sample-decree.pdf',
];
/** Page sizes in points (1 mm = 72 / 25.4 pt). */
const SIZES: Record<Paper, [number, number]> = { a4: [595.3, 841.9], f4: [609.4, 935.4] };

async function printed(html: string, name: string): Promise<PdfPage[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sk-html-print-'));
  const source = join(dir, `${name}.html`);
  const target = join(dir, `${name}.pdf`);
  writeFileSync(source, html);
  await promisify(execFile)(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${join(dir, 'profile')}`,
      '--no-pdf-header-footer',
      `--print-to-pdf=${target}`,
      pathToFileURL(source).href,
    ],
    { timeout: 90_000 },
  );
  const pdf = await openPdf(openBuffer(target, readFileSync(target)));
  try {
    return pdf.pages;
  } finally {
    await pdf.close();
  }
}

const pageText = (page: PdfPage) =>
  pageLines(page)
    .map((line) => line.text)
    .join('\n');

describe.skipIf(!HAVE_CHROMIUM)(`--format html printed by headless Chromium (${CHROMIUM})`, () => {
  let report: Report;
  const pages: Partial<Record<Paper, PdfPage[]>> = {};
  beforeAll(async () => {
    report = await run(INPUTS);
    const [a4, f4] = await Promise.all(
      (['a4', 'f4'] as const).map((paper) => printed(formatHtml(report, { paper }), paper)),
    );
    pages.a4 = a4;
    pages.f4 = f4;
  }, 180_000);

  it.each(['a4', 'f4'] as const)('%s: every page is that paper, each document starts a page', (paper) => {
    const printedPages = pages[paper] ?? [];
    const [width, height] = SIZES[paper];
    for (const page of printedPages) {
      expect(Math.min(page.width, page.height)).toBeCloseTo(width, 0);
      expect(Math.max(page.width, page.height)).toBeCloseTo(height, 0);
    }
    // The header, claims and findings on portrait pages; the appointees on landscape ones, as a lampiran.
    expect(printedPages[0]?.height).toBeCloseTo(height, 0);
    const starts = INPUTS.map((source) => printedPages.findIndex((page) => pageText(page).includes(source)));
    expect(starts[0]).toBe(0);
    expect(starts[1]).toBeGreaterThan(starts[0] ?? 0);
    expect(starts[2]).toBeGreaterThan(starts[1] ?? 0);
    // Three documents of 12-15 appointees: a portrait page or two and two landscape pages each.
    expect(printedPages.length).toBeGreaterThanOrEqual(6);
    expect(printedPages.length).toBeLessThanOrEqual(15);
  });

  it('folio holds more of a page than A4: no more pages than A4', () => {
    expect(pages.f4?.length ?? 0).toBeLessThanOrEqual(pages.a4?.length ?? 0);
  });

  it('the results read in black and white: ✓, ✗ and words on the page; page numbers in the margin', () => {
    const all = (pages.a4 ?? []).map(pageText).join('\n');
    expect(all).toMatch(/✗ ERRORS FOUND/);
    expect(all).toMatch(/✗ differs/);
    expect(all).toMatch(/✓ matches/);
    expect(all).toContain('the decree says 16 appointees, the lampiran lists 15');
    expect(pageText((pages.a4 ?? [])[0] as PdfPage)).toMatch(new RegExp(`page 1 / ${pages.a4?.length}`));
  });

  it.each(['a4', 'f4'] as const)('%s: every page of an appointees table repeats its header', (paper) => {
    const nips = new Set(
      report.documents.flatMap((doc) => doc.appointees.map((a) => a.nip)).filter((nip) => nip !== null),
    );
    expect(nips.size).toBeGreaterThan(30);
    const withRows = (pages[paper] ?? []).filter((page) =>
      page.items.some((item) => nips.has(item.text.replace(/\s/g, ''))),
    );
    expect(withRows.length).toBeGreaterThan(3);
    for (const page of withRows) {
      expect(pageText(page)).toMatch(/No Name NIP Rank Grade .*New position/);
      expect(page.width).toBeGreaterThan(page.height);
    }
    // Every NIP is printed whole, once: no row lost or cut in two at a page break.
    const printedNips = withRows.flatMap((page) =>
      page.items.map((item) => item.text.replace(/\s/g, '')).filter((text) => nips.has(text)),
    );
    expect(new Set(printedNips).size).toBe(nips.size);
  });
});
