import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script
import { writeBigRoster } from '../bench/make-roster.mjs';

interface PipeEnd {
  code: number;
  stderr: string;
}

/**
 * `sk-check ARGS | head -c 1` through a pipe a shell makes (Node's own stdio "pipes" are socket
 * pairs, whose bigger buffers could take a whole report). The report must be bigger than the
 * pipe's buffer (64 KB) so that sk-check is still writing when head has gone. sk-check's exit
 * status comes back on descriptor 3.
 */
function throughHead(args: readonly string[]): Promise<PipeEnd> {
  const script = '{ "$0" bin/sk-check.js "$@"; echo $? >&3; } | head -c 1 >/dev/null';
  const shell = spawn('sh', ['-c', script, process.execPath, ...args], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let status = '';
  shell.stderr?.setEncoding('utf8').on('data', (text: string) => {
    stderr += text;
  });
  (shell.stdio[3] as Readable).setEncoding('utf8').on('data', (text: string) => {
    status += text;
  });
  return new Promise((resolve, reject) => {
    shell.on('error', reject);
    shell.on('close', () => resolve({ code: Number(status), stderr }));
  });
}

let dir = '';
let roster = '';
let faulty = '';
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sk-pipe-'));
  roster = join(dir, 'roster.csv');
  await writeBigRoster(roster, 1000);
  // Grades one step too high for their rank and echelon: findings on most rows.
  faulty = join(dir, 'faulty.csv');
  writeFileSync(faulty, readFileSync(roster, 'utf8').replaceAll('(III/', '(IV/'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// 141 is what a shell reports for cat or grep ended by SIGPIPE (128 + 13).
const CLOSED = { code: 141, stderr: '' };

describe('a reader that stops early (| head) ends the run quietly, exit 141', () => {
  it.each(['text', 'json', 'ndjson', 'csv'])('extract --format %s of a roster', async (format) => {
    expect(await throughHead(['extract', '--format', format, roster])).toEqual(CLOSED);
  });

  it.each(['text', 'csv'])('check --format %s of a roster with findings on most rows', async (format) => {
    // --all: text lists every finding, as much text as CSV, not one line per code.
    const all = format === 'text' ? ['--all'] : [];
    expect(await throughHead(['check', '--format', format, ...all, faulty])).toEqual(CLOSED);
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
