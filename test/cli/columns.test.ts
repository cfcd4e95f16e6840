import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model.js';
import { runCli } from './run-cli.js';

// Its header says JABATAN SEKARANG (the post held now: the old one) and JABATAN YANG DIBERIKAN (the
// post given: the new one); fixtures/rosters/make-odd-header.mjs makes it and its truth.
const ODD = resolve('fixtures/rosters/odd-header.csv');
const TRUTH = JSON.parse(readFileSync(resolve('fixtures/rosters/odd-header.truth.json'), 'utf8')) as {
  rows: Array<{ row: number; nip: string; positionOld: string; positionNew: string }>;
};
const DECREE = resolve('fixtures/decrees/decree-chromium.pdf');
const HINT = 'JABATAN SEKARANG=positionOld,JABATAN YANG DIBERIKAN=positionNew';

async function extract(args: string[]): Promise<{ code: number; report: Report; stderr: string }> {
  const result = await runCli(['extract', '--format', 'json', ...args]);
  return { code: result.code, report: JSON.parse(result.stdout || 'null') as Report, stderr: result.stderr };
}

const posts = (report: Report) =>
  report.documents[0]?.appointees.map((a) => ({ nip: a.nip, old: a.positionOld, new: a.positionNew }));
const truePosts = TRUTH.rows.map((r) => ({ nip: r.nip, old: r.positionOld, new: r.positionNew }));

describe('column hints', () => {
  it('the fixture is read wrongly without one: the post held now is taken for the new post', async () => {
    const { report } = await extract([ODD]);
    expect(posts(report)).toEqual(TRUTH.rows.map((r) => ({ nip: r.nip, old: null, new: r.positionOld })));
  });

  it('a hint in the config maps both columns to their fields', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-check-columns-'));
    const config = join(dir, 'sk-check.config.json');
    writeFileSync(
      config,
      JSON.stringify({
        columns: [
          { headers: { 'JABATAN SEKARANG': 'positionOld', 'JABATAN YANG DIBERIKAN': 'positionNew' } },
        ],
      }),
    );
    const { report } = await extract(['--config', config, ODD]);
    expect(posts(report)).toEqual(truePosts);
    expect(report.documents[0]?.findings).toEqual([]);
  });

  it('--columns does the same for one run', async () => {
    const { report } = await extract(['--columns', HINT, ODD]);
    expect(posts(report)).toEqual(truePosts);
  });

  it('a hint that matches no header says so, as a warning of the document', async () => {
    const result = await runCli([
      '--format',
      'json',
      '--columns',
      `${HINT},JABATAN DIDUDUKI=positionNew`,
      ODD,
    ]);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.documents[0]?.findings.map((f) => [f.code, f.severity, f.message])).toEqual([
      ['column-hint-unused', 'warning', "column hint 'JABATAN DIDUDUKI' matched no column header"],
    ]);
    expect(result.code).toBe(0);
  });

  it('a hint for decrees of another SK number is not applied to this roster', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-check-columns-'));
    const config = join(dir, 'sk-check.config.json');
    writeFileSync(
      config,
      JSON.stringify({
        columns: [{ match: { skPrefix: '821.2' }, headers: { 'JABATAN SEKARANG': 'positionOld' } }],
      }),
    );
    const { report } = await extract(['--config', config, ODD]);
    expect(report.documents[0]?.appointees[0]?.positionNew).toBe(TRUTH.rows[0]?.positionOld);
  });

  it.each([
    ['JABATAN=post', /'post' is no field: one of no, name, nip/],
    ['JABATAN', /'JABATAN': give LABEL=field/],
  ])('--columns %s: one line, exit 2', async (value, message) => {
    const result = await runCli(['--columns', value, ODD]);
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });

  it.each([
    ['JABATAN=post', /'post' bukan nama field: pilih salah satu dari no, name, nip/],
    ['JABATAN', /'JABATAN': tulis LABEL=field/],
  ])('--columns %s --lang id: the line in Indonesian', async (value, message) => {
    const result = await runCli(['--lang', 'id', '--columns', value, ODD]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/give|is no field/);
  });

  it('debug-table says which hints it applied, and which matched nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-check-columns-'));
    const hints = 'JABATAN > BARU=positionNew,KET=none,JABATAN DIDUDUKI=positionNew';
    const result = await runCli(['debug-table', '--page', '3', '-o', dir, '--columns', hints, DECREE]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('column hint applied: JABATAN > BARU = positionNew\n');
    expect(result.stdout).toContain('column hint applied: KET = none\n');
    expect(result.stderr).toBe(
      `sk-check: ${DECREE}: column hint 'JABATAN DIDUDUKI' matched no column header (column-hint-unused)\n`,
    );
  });
});
