import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script
import { writeBigRoster } from '../bench/make-roster.mjs';

interface PipeEnd {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/**
 * `sk-check ARGS | head -c 1` through a real pipe. The report must be bigger than the pipe's buffer
 * (64 KB) so that sk-check is still writing when head has gone.
 */
function throughHead(args: readonly string[]): Promise<PipeEnd> {
  const head = spawn('head', ['-c', '1'], { stdio: ['pipe', 'ignore', 'inherit'] });
  const sk = spawn(process.execPath, ['bin/sk-check.js', ...args], {
    stdio: ['ignore', head.stdin, 'pipe'],
  });
  // Only sk-check writes into the pipe.
  head.stdin.destroy();
  let stderr = '';
  sk.stderr.setEncoding('utf8').on('data', (text: string) => {
    stderr += text;
  });
  return new Promise((resolve, reject) => {
    sk.on('error', reject);
    sk.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

let dir = '';
let roster = '';
let faulty = '';
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sk-pipe-'));
  roster = join(dir, 'roster.csv');
  await writeBigRoster(roster, 3000);
  // Grades one step too high for their rank and echelon: findings on most rows.
  faulty = join(dir, 'faulty.csv');
  writeFileSync(faulty, readFileSync(roster, 'utf8').replaceAll('(III/', '(IV/'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// 141 is what a shell reports for cat or grep ended by SIGPIPE (128 + 13).
const CLOSED = { code: 141, signal: null, stderr: '' };

describe('a reader that stops early (| head) ends the run quietly, exit 141', () => {
  it.each(['text', 'json', 'ndjson', 'csv'])('extract --format %s of a roster', async (format) => {
    expect(await throughHead(['extract', '--format', format, roster])).toEqual(CLOSED);
  });

  it.each(['text', 'csv'])('check --format %s of a roster with findings on most rows', async (format) => {
    expect(await throughHead(['check', '--format', format, faulty])).toEqual(CLOSED);
  });

  it.each(['json', 'ndjson'])(
    'check --format %s of a decree PDF batch (worker processes)',
    async (format) => {
      const pdfs = ['fixtures/decrees/decree-large.pdf', 'fixtures/decrees/sample-decree.pdf'];
      expect(await throughHead(['--format', format, '--jobs', '2', ...pdfs])).toEqual(CLOSED);
    },
  );
});

describe('standard output that cannot be written', () => {
  it.runIf(existsSync('/dev/full'))('a full disk is one line on stderr and exit 2', () => {
    const run = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" bin/sk-check.js extract fixtures/rosters/sample-roster.csv > /dev/full`],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^sk-check: standard output: ENOSPC: no space left on device, write\n$/);
  });
});
