import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script
import { writeBigRoster } from '../bench/make-roster.mjs';

let dir = '';
let roster = '';
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sk-interrupted-'));
  roster = join(dir, 'roster.csv');
  // A finding on every row: past 5,000 the findings spill to a spool folder in the temporary folder.
  await writeBigRoster(roster, 100_000, undefined, { rankGrade: 'Penata (III/a)' });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Names in `folder` that `test` accepts, or none if the folder is gone. */
function namesIn(folder: string, test: (name: string) => boolean): string[] {
  try {
    return readdirSync(folder).filter(test);
  } catch {
    return [];
  }
}

const isSpool = (name: string) => name.startsWith('sk-check-spool-');
const isTemporary = (name: string) => name.endsWith('.tmp');

describe('a run stopped by a signal leaves no temporary files', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    '%s while the roster spools and the report is half written',
    async (signal) => {
      const temporary = join(dir, `tmp-${signal}`);
      const out = join(dir, `out-${signal}`);
      mkdirSync(temporary);
      mkdirSync(out);
      const run = spawn(
        process.execPath,
        ['bin/sk-check.js', '--format', 'json', '--jobs', '1', '-o', join(out, 'report.json'), roster],
        { stdio: 'ignore', env: { ...process.env, TMPDIR: temporary } },
      );
      const ended = new Promise<NodeJS.Signals | null>((resolve) =>
        run.on('close', (_code, by) => resolve(by)),
      );
      // A generous bound: on two busy cores the roster may take a while to reach its 5,001st finding.
      const deadline = Date.now() + 90_000;
      while (namesIn(temporary, isSpool).length === 0 && run.exitCode === null && Date.now() < deadline)
        await sleep(10);
      expect(namesIn(temporary, isSpool)).toHaveLength(1);
      expect(namesIn(out, isTemporary)).toHaveLength(1);
      run.kill(signal);
      expect(await ended).toBe(signal);
      expect(namesIn(temporary, isSpool)).toEqual([]);
      expect(readdirSync(out)).toEqual([]);
    },
    120_000,
  );
});
