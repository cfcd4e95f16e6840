import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SkError } from '../../src/errors.js';
import { pagesOf } from '../../src/ocr/image.js';
import { runCli } from '../cli/run-cli.js';
// @ts-expect-error: a plain .mjs script, shared with the fuzzer
import { loopingTiff } from '../fuzz/hostile-office.mjs';

const hasOcr = (() => {
  try {
    createRequire(import.meta.url).resolve('utif2');
    createRequire(import.meta.url).resolve('tesseract.js');
    return true;
  } catch {
    return false;
  }
})();

async function failure(promise: Promise<unknown>): Promise<SkError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SkError);
  return error as SkError;
}

/** `count` directories in a chain, each pointing to the next. */
function chainedTiff(count: number): Buffer {
  const tiff = Buffer.alloc(8 + count * 18);
  tiff.write('II', 0, 'latin1');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4);
  for (let k = 0; k < count; k++) {
    const at = 8 + k * 18;
    tiff.writeUInt16LE(1, at);
    tiff.writeUInt16LE(256, at + 2);
    tiff.writeUInt16LE(3, at + 4);
    tiff.writeUInt32LE(1, at + 6);
    tiff.writeUInt32LE(k + 1 < count ? at + 18 : 0, at + 14);
  }
  return tiff;
}

// The directories are walked before utif2 is loaded: these need no OCR package.
describe('TIFF directories are checked before utif2 reads them', () => {
  it('a directory that points to itself (50 bytes) is unreadable at once', async () => {
    const error = await failure(pagesOf('TIFF', loopingTiff()));
    expect([error.code, error.message]).toEqual([
      'file-unreadable',
      'not a readable TIFF image (truncated or corrupt): its image directories form a loop',
    ]);
  });

  it('an entry claiming four billion values is unreadable, not read value by value', async () => {
    const tiff = loopingTiff();
    tiff.writeUInt32LE(0, 34);
    tiff.writeUInt32LE(0xffffffff, 14);
    expect((await failure(pagesOf('TIFF', tiff))).message).toMatch(/values of tag 256 lie past the end/);
  });

  it('more directories than the limit are limit-exceeded', async () => {
    const error = await failure(pagesOf('TIFF', chainedTiff(20), 10));
    expect([error.code, error.message]).toEqual([
      'limit-exceeded',
      'the TIFF has more than 10 image directories',
    ]);
  });

  it.skipIf(!hasOcr)('sk-check --ocr gives the looping TIFF one line, and reads the next file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sk-tiff-')), 'loop.tif');
    writeFileSync(path, loopingTiff());
    const result = await runCli(['--ocr', '--format', 'json', path, 'fixtures/rosters/sample-roster.csv']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `sk-check: ${path}: not a readable TIFF image (truncated or corrupt): its image directories form a loop (file-unreadable)\n`,
    );
    const report = JSON.parse(result.stdout) as { documents: Array<{ status: string }> };
    expect(report.documents.map((doc) => doc.status)).toEqual(['unreadable', 'verified']);
  });
});
