import { describe, expect, it } from 'vitest';
import { DEFAULT_FAIL_ON, EXIT, exitCodeFor, FAIL_ON } from '../../src/cli/report-writer.js';
import type { Summary } from '../../src/model.js';
import { runCli } from './run-cli.js';

const VERIFIED = 'fixtures/rosters/sample-roster.csv';
const WARNING_ONLY = 'fixtures/rosters/roster-win1252.csv';
const ERRORS = 'fixtures/rosters/roster-faults.csv';
// A press text alone: nothing wrong, but nothing to compare its claim with.
const UNVERIFIED = 'fixtures/press/hss-mutasi.txt';
const MISSING = 'fixtures/rosters/no-such-roster.csv';

describe('--fail-on', () => {
  it('orders its levels from the most lenient, unverified the default', () => {
    expect(FAIL_ON).toEqual(['never', 'error', 'unverified', 'warning']);
    expect(DEFAULT_FAIL_ON).toBe('unverified');
  });

  // Rows: input, then the exit code under never, error, unverified (default), warning.
  it.each([
    [VERIFIED, 0, 0, 0, 0],
    [WARNING_ONLY, 0, 0, 0, 1],
    [ERRORS, 0, 1, 1, 1],
    [UNVERIFIED, 0, 0, 3, 3],
    [MISSING, 2, 2, 2, 2],
  ])('%s exits never %i, error %i, unverified %i, warning %i', async (input, ...codes) => {
    for (const [i, level] of FAIL_ON.entries()) {
      const { code } = await runCli(['--fail-on', level, input]);
      expect([level, code]).toEqual([level, codes[i]]);
    }
    expect((await runCli([input])).code).toBe(codes[2]);
  });

  it('warning: a warning and an unverified document together give 1, not 3', () => {
    const summary: Summary = {
      documents: 2,
      verified: 0,
      invalid: 0,
      unverified: 1,
      notADecree: 0,
      unreadable: 0,
      appointees: 3,
      errors: 0,
      warnings: 1,
    };
    expect(exitCodeFor('check', summary, 'warning')).toBe(EXIT.findings);
    expect(exitCodeFor('check', summary, 'unverified')).toBe(EXIT.unverified);
    expect(exitCodeFor('check', summary, 'error')).toBe(EXIT.clean);
    expect(exitCodeFor('extract', summary, 'warning')).toBe(EXIT.clean);
  });

  it('the help names each level and the exit code 3', async () => {
    const en = await runCli(['--help', '--lang', 'en']);
    expect(en.stdout).toMatch(/--fail-on <severity>.*never.*error.*unverified.*warning/s);
    expect(en.stdout).toContain('3 a document could not be verified');
    const id = await runCli(['--help', '--lang', 'id']);
    expect(id.stdout).toContain('3 ada dokumen yang tidak dapat');
  });
});
