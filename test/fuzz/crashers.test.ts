import { spawnSync } from 'node:child_process';
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

describe('inputs that hang pdf.js: its worker thread is stopped at --timeout', () => {
  it.each(HANGS)('%s ends within --timeout', (file) => {
    const run = spawnSync(process.execPath, ['bin/sk-check.js', '--format', 'json', '--timeout', '5', file], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/reading took longer than --timeout 5 s \(limit-exceeded\)\n$/);
  });
});
