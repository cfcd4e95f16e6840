import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script
import { violations } from './fuzz.mjs';

const DIR = 'test/fuzz/crashers';
const CRASHERS = readdirSync(DIR)
  .filter((name) => name !== 'README.md')
  .map((name) => join(DIR, name));

describe('inputs that once crashed sk-check', () => {
  it.each(CRASHERS)('%s', (file) => {
    // Three copies in one process: pdf.js's stray rejections depend on timing.
    const files = [file, file, file];
    const run = spawnSync(process.execPath, ['bin/sk-check.js', '--format', 'json', ...files], {
      encoding: 'utf8',
    });
    expect(
      violations(
        { code: run.status, signal: run.signal, hung: false, stdout: run.stdout, stderr: run.stderr },
        files,
      ),
    ).toEqual([]);
  });
});

const HANGS = readdirSync('test/fuzz/hangs')
  .filter((name) => name !== 'README.md')
  .map((name) => join('test/fuzz/hangs', name));

interface Timed {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Milliseconds from the timeout's line on stderr to the process's end. */
  overrun: number;
}

/** Runs the binary, noting when its first stderr line came and when it ended. */
function timed(args: readonly string[]): Promise<Timed> {
  const child = spawn(process.execPath, ['bin/sk-check.js', ...args]);
  let stdout = '';
  let stderr = '';
  let said = Number.NaN;
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    stdout += text;
  });
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    if (Number.isNaN(said)) said = performance.now();
    stderr += text;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      const overrun = performance.now() - said;
      child.on('close', () => resolve({ code, stdout, stderr, overrun }));
    });
  });
}

/** Hangs of pdf.js that PDFium reads, rows and all; the others PDFium refuses, so they still reach pdf.js. */
const READ_BY_PDFIUM = ['000426-sample-decree-bitFlips+insertBytes+hugeField.pdf'];

describe('inputs that hang pdf.js: read by PDFium, or its worker is stopped at --timeout and the process ends', () => {
  it.each(HANGS.filter((file) => READ_BY_PDFIUM.some((name) => file.endsWith(name))))(
    '%s is read by PDFium',
    async (file) => {
      const run = await timed(['--format', 'json', '--timeout', '60', file]);
      // Its dictum's page is flipped to soup: its rows are read, with no claim to check them against.
      expect(run.code).toBe(3);
      expect(JSON.parse(run.stdout).documents[0].appointees.length).toBeGreaterThan(0);
    },
  );

  it.each(HANGS.filter((file) => !READ_BY_PDFIUM.some((name) => file.endsWith(name))))(
    '%s ends soon after its timeout, its report written',
    async (file) => {
      const run = await timed(['--format', 'json', '--timeout', '1', file]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`sk-check: ${file}: reading took longer than --timeout 1 s (limit-exceeded)\n`);
      const report = JSON.parse(run.stdout);
      expect(report.documents.map((doc: { status: string }) => doc.status)).toEqual(['unreadable']);
      // Measured from the line, not from the start, so that a busy machine's slow start does not
      // count: a stopped worker once held the exit for 20 s to minutes after the report was out.
      // 10 s, not the ~0.1 s it takes: CI's two cores are shared, and the bug was 20 s or more.
      expect(run.overrun).toBeLessThan(10_000);
    },
  );
});
