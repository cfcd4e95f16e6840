import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/batch/batch.js';
import { ocrNotes } from '../../src/extract/decree.js';
import type { Document, Report } from '../../src/model.js';
import { headerCells, imageRectangle } from '../../src/ocr/header-cells.js';
import { pageOf } from '../../src/ocr/ocr.js';
import { runCli } from '../cli/run-cli.js';
import { hasOcr } from '../helpers.js';

const DIR = resolve('fixtures/decrees');
const BIN = resolve('bin/sk-check.js');

interface ScanTruth {
  unreadable: string;
  scanOf: string;
  truth: string;
  pages: number;
}
interface DecreeTruth {
  number: string;
  date: string;
  claims: Array<{ total: number; parts: Array<{ level: string; count: number }> }>;
  appointees: Array<{ nip: string | null }>;
}

const json = <T>(file: string): T => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as T;
const claimShape = (claim: DecreeTruth['claims'][number]) =>
  `${claim.total} = ${claim.parts.map((part) => `${part.count} ${part.level}`).join(' + ')}`;

/** The share of the truth's NIPs that the document lists exactly. */
function nipAccuracy(doc: Document, truth: DecreeTruth): number {
  const read = new Set(doc.appointees.map((appointee) => appointee.nip));
  const nips = truth.appointees.map((appointee) => appointee.nip).filter((nip) => nip !== null);
  return nips.filter((nip) => read.has(nip)).length / nips.length;
}

// OCR takes seconds a page: one scan (4 pages) is read once, by the compiled binary, in an empty folder.
describe.skipIf(!hasOcr)('sk-check --ocr on a scanned decree', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'sk-ocr-cwd-'));
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));
  const scan = json<ScanTruth>('sample-decree-scan.truth.json');
  const truth = json<DecreeTruth>(scan.truth);
  let result: ReturnType<typeof spawnSync> | undefined;
  const read = () => {
    // No time limits: on a busy machine one page can take a minute (the limits have their own tests).
    const noLimits = ['--timeout', '0', '--ocr-page-timeout', '0'];
    const scanPdf = join(DIR, 'sample-decree-scan.pdf');
    result ??= spawnSync('node', [BIN, '--ocr', ...noLimits, '--format', 'json', scanPdf], {
      cwd,
      encoding: 'utf8',
      timeout: 170_000,
    });
    return result;
  };
  const doc = () => (JSON.parse(String(read().stdout)) as Report).documents[0] as Document;

  it('reads the SK number, the date and the claims exactly, and at least 98% of NIPs', {
    timeout: 180_000,
  }, () => {
    const { status, stderr } = read();
    expect(stderr).toBe('');
    expect(status).not.toBe(2);
    const { decree, claims } = doc();
    expect(decree?.number).toBe(truth.number);
    expect(decree?.date).toBe(truth.date);
    expect(claims.map(claimShape)).toEqual(truth.claims.map(claimShape));
    expect(nipAccuracy(doc(), truth)).toBeGreaterThanOrEqual(0.98);
  });

  it('says it was read by OCR: ocr, the mean confidence and an ocr-used finding', {
    timeout: 180_000,
  }, () => {
    const document = doc();
    expect(document.ocr).toBe(true);
    expect(document.ocrConfidence).toBeGreaterThan(50);
    const used = document.findings.filter((finding) => finding.code === 'ocr-used');
    expect(used).toEqual([
      expect.objectContaining({ severity: 'info', message: expect.stringMatching(/^pages 1-4 read by OCR/) }),
    ]);
  });

  it('writes nothing into the working directory (no model download, no cache)', { timeout: 180_000 }, () => {
    read();
    expect(readdirSync(cwd)).toEqual([]);
  });
});

describe('OCR options and fallbacks (no OCR run)', () => {
  const scan = join(DIR, 'sample-decree-scan.pdf');

  it('without --ocr a scan is pdf-no-text, and the message says --ocr', async () => {
    const { code, stderr } = await runCli([scan]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/no text layer.*read it with --ocr \(pdf-no-text\)\n$/);
  });

  it('without the OCR packages --ocr is ocr-unavailable, naming them', async () => {
    const report = await run([scan], {
      pdf: { ocr: { when: 'auto', engine: 'sk-check-no-such-ocr-engine' } },
      jobs: 1,
    });
    const [document] = report.documents;
    expect(document?.status).toBe('unreadable');
    expect(document?.findings.map((finding) => finding.code)).toEqual(['ocr-unavailable']);
    expect(document?.findings[0]?.message).toMatch(
      /optional packages sk-check-no-such-ocr-engine and @tesseract/,
    );
  });

  it('a scan with more pages than --ocr-max-pages is limit-exceeded before any OCR', async () => {
    const { code, stderr } = await runCli(['--ocr', '--ocr-max-pages', '2', scan]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/4 pages need OCR, more than --ocr-max-pages 2 \(limit-exceeded\)\n$/);
  });

  it.skipIf(!hasOcr)('a page past --ocr-page-timeout makes the scan limit-exceeded', async () => {
    const { code, stderr } = await runCli(['--ocr', '--ocr-page-timeout', '0.05', scan]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/OCR of page \d took longer than --ocr-page-timeout 0.05 s \(limit-exceeded\)\n$/);
  });

  it('--ocr leaves a PDF with a text layer as it was', async () => {
    const text = join(DIR, 'sample-decree.pdf');
    const plain = await runCli(['--format', 'json', text]);
    const withOcr = await runCli(['--ocr', '--format', 'json', text]);
    expect(withOcr.stdout).toBe(plain.stdout);
    expect(withOcr.code).toBe(0);
  });

  it('--ocr takes auto or all, and nothing else', async () => {
    const { code, stderr } = await runCli(['--ocr=some', scan]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Allowed choices are auto, all/);
  });
});

describe('OCR words into text items', () => {
  const box = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1 });
  const word = (text: string, x0: number, confidence = 95) => ({
    text,
    confidence,
    bbox: box(x0, 100, x0 + 60, 130),
  });

  it('puts words in points on their baseline, deskewed, repaired, without specks', () => {
    const slope = 0.01;
    const page = pageOf(
      3,
      {
        confidence: 88,
        blocks: [
          {
            paragraphs: [
              {
                lines: [
                  {
                    words: [word('NIP.', 0), word('1973lO27', 100), word('.', 200, 20), word('IILa', 300)],
                    baseline: box(0, 125, 400, 129),
                    bbox: box(0, 100, 400, 130),
                    rowAttributes: { rowHeight: 30 },
                  },
                ],
              },
            ],
          },
        ],
      },
      2,
      slope,
    );
    expect(page.items.map((item) => item.text)).toEqual(['NIP.', '19731027', 'III.a']);
    expect(page.repaired).toBe(2);
    expect(page.confidence).toBe(88);
    // A baseline that climbs with the skew comes out level.
    const ys = page.items.map((item) => item.y);
    expect(Math.max(...ys) - Math.min(...ys)).toBeLessThan(0.5);
    expect(page.items[0]).toMatchObject({ x: expect.closeTo(0.625, 1), width: 30, height: 15 });
  });
});

describe('what an OCR run reports', () => {
  const page = (number: number, confidence: number, repaired = 0) => ({
    number,
    confidence,
    repaired,
    items: [],
    rules: [],
  });

  it('one ocr-used, and ocr-low-confidence on each page below 70', () => {
    const notes = ocrNotes({ pages: [page(1, 91, 2), page(2, 64, 1), page(3, 88)], confidence: 81 });
    expect(notes).toEqual([
      {
        code: 'ocr-used',
        message: 'pages 1-3 read by OCR (mean confidence 81), 3 words repaired',
        said: { id: 'ocr-used', params: { count: 3, pages: '1-3', confidence: 81, repaired: 3 } },
      },
      {
        code: 'ocr-low-confidence',
        page: 2,
        message: 'OCR mean confidence 64, below 70: check this page against the paper',
        said: { id: 'ocr-low-confidence', params: { confidence: 64, threshold: 70 } },
      },
    ]);
  });

  it('names pages as ranges', () => {
    const notes = ocrNotes({ pages: [page(1, 90), page(3, 90), page(4, 90)], confidence: 90 });
    expect(notes[0]?.message).toMatch(/^pages 1, 3-4 read by OCR/);
  });
});

describe('header cells of a scanned table', () => {
  const h = (y: number, x1 = 50, x2 = 850) => ({ x1, y1: y, x2, y2: y });
  const v = (x: number, y1 = 100, y2 = 500) => ({ x1: x, y1, x2: x, y2 });

  it('are the band under the top rule, cut by the verticals that cross it', () => {
    const rules = [
      h(100),
      h(140),
      h(160),
      h(300),
      v(50),
      v(90),
      v(300),
      v(300.5),
      v(600),
      v(850),
      v(700, 160, 500),
    ];
    expect(headerCells(rules)).toEqual([
      { left: 50, top: 100, right: 90, bottom: 140 },
      { left: 90, top: 100, right: 300, bottom: 140 },
      { left: 300, top: 100, right: 600, bottom: 140 },
      { left: 600, top: 100, right: 850, bottom: 140 },
    ]);
  });

  it('are none on a page without a ruled table', () => {
    expect(headerCells([h(100), h(140)])).toEqual([]);
    expect(headerCells([v(50), v(90), v(300), h(100, 60, 80)])).toEqual([]);
  });

  it('map back into the skewed image, inside the lines', () => {
    const rectangle = imageRectangle({ left: 100, top: 100, right: 200, bottom: 150 }, 2, 0);
    expect(rectangle).toEqual({ left: 202, top: 202, width: 196, height: 96 });
  });
});
