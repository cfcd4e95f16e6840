import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBuffer } from '../../src/sources/input.js';
import { readXlsxSheet } from '../../src/sources/xlsx.js';
import {
  bombXlsx,
  deepDocx,
  deepOdt,
  deepXlsx,
  millionRowsXlsx,
  paddedRowsXlsx,
  paragraphFloodDocx,
  wideRosterXlsx,
  // @ts-expect-error: a plain .mjs script, shared with the fuzzer
} from '../fuzz/hostile-office.mjs';
import { MB, measured } from './measured.js';

// The budgets are asserted in CPU time and memory; the wall clock only stretches on a busy machine
// (CI shares two cores), so each spawned run gets as long as the runner's own kill (120 s).
const SPAWNED = { timeout: 120_000 };

// These run the compiled CLI: `npm run build` first.
const dir = mkdtempSync(join(tmpdir(), 'sk-hostile-office-'));
const ROSTER = 'fixtures/rosters/sample-roster.csv';
const GB = 1024 * MB;

function file(name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** The hostile file is one line on stderr, `limit-exceeded`; the roster after it is read and reported. */
async function refused(
  name: string,
  build: () => Buffer | Promise<Buffer>,
  message: RegExp,
  maxSize: number,
) {
  const bytes = await build();
  expect(bytes.length).toBeLessThan(maxSize);
  const path = file(name, bytes);
  const result = measured([path, ROSTER]);
  expect(result.code).toBe(2);
  expect(result.stderr.split('\n').filter(Boolean), result.stderr).toHaveLength(1);
  expect(result.stderr.startsWith(`sk-check: ${path}: `)).toBe(true);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).toMatch(/ \(limit-exceeded\)\n$/);
  expect(result.documents.map((doc) => doc.status)).toEqual(['unreadable', 'verified']);
  expect(result.documents[0]?.findings.map((f) => f.code)).toEqual(['limit-exceeded']);
  expect(result.seconds).toBeLessThan(30);
  expect(result.maxRss).toBeLessThan(700 * MB);
}

describe('workbooks built to exhaust the reader', SPAWNED, () => {
  it.each([
    [
      '20,000 rows of one cell each in column XFD (padded, 327 million cells)',
      () => paddedRowsXlsx(),
      /is 16384 columns wide: its rows, padded to that, are more than 1000000 cells/,
      256 * 1024,
    ],
    ['a sheet of 1,048,576 rows', () => millionRowsXlsx(), /the workbook has more than 100000 rows/, 24 * MB],
    [
      'a cell nesting 2,000,000 elements',
      () => deepXlsx(),
      /xl\/worksheets\/sheet1\.xml nests its XML more than 256 elements deep/,
      256 * 1024,
    ],
    [
      'sharedStrings.xml inflating to 1.5 GB, claiming 1,000 bytes',
      () => bombXlsx('xl/sharedStrings.xml', 1.5 * GB, 1000),
      /the package's parts inflate to more than 128 MB/,
      2 * MB,
    ],
    [
      'sharedStrings.xml claiming its 1.5 GB',
      () => bombXlsx('xl/sharedStrings.xml', 1.5 * GB),
      /the package's parts inflate to more than 128 MB/,
      2 * MB,
    ],
  ])('%s is limit-exceeded, and the batch goes on', async (_, build, message, maxSize) => {
    await refused('hostile.xlsx', build, message, maxSize);
  });

  it('a picture inflating to 1.5 GB is never inflated: the sheet is read', async () => {
    const path = file('picture.xlsx', await bombXlsx('xl/media/image1.png'));
    const result = measured([path, ROSTER]);
    expect(result.stderr).toBe('');
    expect(result.documents.map((doc) => doc.status)).not.toContain('unreadable');
    expect(result.seconds).toBeLessThan(30);
    expect(result.maxRss).toBeLessThan(700 * MB);
  });
});

describe('a workbook under the budgets but big, read in a worker thread', SPAWNED, () => {
  it('is read as in this thread', async () => {
    const sheet = await readXlsxSheet(openBuffer('big.xlsx', wideRosterXlsx(20_000, 6)));
    expect(sheet.records).toHaveLength(20_001);
    expect(sheet.records.at(-1)).toEqual({
      cells: ['Nama A20001', 'Nama B20001', 'Nama C20001', 'Nama D20001', 'Nama E20001', 'Nama F20001'],
      line: 20_001,
      numbers: new Set(),
    });
  });

  it('is ended at --timeout, the thread with it, and the batch goes on', () => {
    // Read whole, it takes exceljs ~14 s of CPU, after the report too when it runs in this thread.
    const path = file('big.xlsx', wideRosterXlsx(99_000, 10));
    const result = measured(['--timeout', '3', path, ROSTER]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `sk-check: ${path}: reading took longer than --timeout 3 s (limit-exceeded)\n`,
    );
    expect(result.documents.map((doc) => doc.status)).toEqual(['unreadable', 'verified']);
    expect(result.seconds).toBeLessThan(10);
  });
});

describe('Word and OpenDocument XML built to exhaust the reader', SPAWNED, () => {
  it.each([
    [
      'a paragraph nested 20,000 deep',
      () => deepDocx(),
      /word\/document\.xml nests its XML more than 256/,
      64 * 1024,
    ],
    ['a paragraph nested 2,000,000 deep', () => deepDocx(2_000_000), /nests its XML more than 256/, MB],
    [
      'an ODF paragraph nested 20,000 deep',
      () => deepOdt(),
      /content\.xml nests its XML more than 256/,
      64 * 1024,
    ],
    [
      '20 million empty paragraphs (120 MB of XML, under the inflate cap)',
      () => paragraphFloodDocx(),
      /the document's XML has more than 1000000 elements \(reading word\/document\.xml\)/,
      MB,
    ],
  ])(
    '%s is limit-exceeded, the parse stopped, and the batch goes on',
    async (what, build, message, maxSize) => {
      await refused(what.includes('ODF') ? 'hostile.odt' : 'hostile.docx', build, message, maxSize);
    },
  );
});
