import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const ROSTER = 'fixtures/rosters/roster-faults.csv';

describe('--output into a folder that is not there', () => {
  it.each(['check', 'extract'])('%s says the folder does not exist, in one line, exit 2', async (mode) => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-out-'));
    const target = join(dir, 'out', 'report.json');
    const result = await runCli([mode, '--format', 'json', '-o', target, ROSTER]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `sk-check: ${target}: the folder ${join(dir, 'out')} does not exist (output-folder-missing)\n`,
    );
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('names a file where the folder should be', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-out-'));
    writeFileSync(join(dir, 'out'), 'not a folder');
    const target = join(dir, 'out', 'report.json');
    const result = await runCli(['check', '-o', target, ROSTER]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `sk-check: ${target}: ${join(dir, 'out')} is a file, not a folder (output-folder-missing)\n`,
    );
  });
});
