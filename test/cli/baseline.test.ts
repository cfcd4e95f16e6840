import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentIdentity } from '../../src/cli/baseline.js';
import type { Document, Report } from '../../src/model.js';
import { runCli } from './run-cli.js';

const FAULTS = resolve('fixtures/rosters/roster-faults.csv');
const DECREE = resolve('fixtures/decrees/decree-chromium.pdf');

const scratch = () => mkdtempSync(join(tmpdir(), 'sk-check-baseline-'));

/** roster-faults.csv with a new faulty row first: every row after it moves down one. */
function withNewRow(path: string): void {
  const [header = '', ...rows] = readFileSync(FAULTS, 'utf8').trimEnd().split('\n');
  const renumbered = rows.map((row) => row.replace(/^(\d+),/, (_, n: string) => `${Number(n) + 1},`));
  const added =
    '1,"Rina Marlina, S.E.",197013121995032001,Penata,III/c,Kepala Seksi Anggaran,IV.a,Sekretariat Daerah,800.1.3.3/03-02/BKD/2026';
  writeFileSync(path, `${[header, added, ...renumbered].join('\n')}\n`);
}

async function json(args: string[]): Promise<{ code: number; report: Report }> {
  const result = await runCli(['--format', 'json', ...args]);
  return { code: result.code, report: JSON.parse(result.stdout) as Report };
}

describe('a baseline', () => {
  it('written, then a run with one new finding reports exactly that one, rows moved and file renamed', async () => {
    const dir = scratch();
    const baseline = join(dir, 'baseline.json');
    const first = await runCli(['--write-baseline', baseline, FAULTS]);
    expect(first.code).toBe(1);
    const written = JSON.parse(readFileSync(baseline, 'utf8'));
    const entries = written.documents['roster 800.1.3.3/03-02/BKD/2026'];
    expect(entries.reduce((n: number, e: { count: number }) => n + e.count, 0)).toBe(12);
    // No row or page number in it: the duplicate's "also on row 3" is kept as "row #".
    expect(JSON.stringify(written)).not.toMatch(/row \d/);

    // The same roster: everything known, nothing reported, nothing fails.
    const same = await json(['--baseline', baseline, FAULTS]);
    expect(same.report.documents[0]?.findings).toEqual([]);
    expect(same.report.documents[0]?.status).toBe('verified');
    expect(same.report.summary).toMatchObject({ errors: 0, warnings: 0, invalid: 0 });
    expect(same.report.summary.baseline).toEqual({ file: baseline, suppressed: 12, gone: [] });
    expect(same.code).toBe(0);

    const renamed = join(dir, 'rekap-mutasi-maret.csv');
    withNewRow(renamed);
    const next = await json(['--baseline', baseline, renamed]);
    const findings = next.report.documents[0]?.findings ?? [];
    expect(findings.map((f) => [f.code, f.row])).toEqual([['nip-invalid', 1]]);
    expect(next.report.summary.errors).toBe(1);
    expect(next.report.summary.baseline?.suppressed).toBe(12);
    expect(next.code).toBe(1);
  });

  it('says which entries no longer occur, in the text report and the JSON summary', async () => {
    const dir = scratch();
    const baseline = join(dir, 'baseline.json');
    const grown = join(dir, 'roster.csv');
    withNewRow(grown);
    await runCli(['--write-baseline', baseline, grown]);
    const text = await runCli(['--baseline', baseline, '--lang', 'en', FAULTS]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('12 known findings suppressed (baseline');
    expect(text.stdout).toContain('1 baseline entry no longer occur');
    expect(text.stdout).toMatch(
      /roster 800\.1\.3\.3\/03-02\/BKD\/2026: nip-invalid 197013121995032001\|nip\|/,
    );
    const { report } = await json(['--baseline', baseline, FAULTS]);
    expect(report.summary.baseline?.gone).toEqual([
      expect.objectContaining({ document: 'roster 800.1.3.3/03-02/BKD/2026', code: 'nip-invalid', count: 1 }),
    ]);
    const id = await runCli(['--baseline', baseline, '--lang', 'id', FAULTS]);
    expect(id.stdout).toContain('12 temuan yang sudah diketahui disembunyikan');
  });

  it('gives the same bytes on a re-run; a decree is known by its SK number, renamed or not', async () => {
    const dir = scratch();
    const [a, b] = [join(dir, 'a.json'), join(dir, 'b.json')];
    const copy = join(dir, 'sk-bupati-banjar.pdf');
    copyFileSync(DECREE, copy);
    await runCli(['--write-baseline', a, DECREE]);
    // Renamed, and the baseline of that run written too: it records every finding, known or not.
    const known = await json(['--baseline', a, '--write-baseline', b, copy]);
    expect(readFileSync(b, 'utf8')).toBe(readFileSync(a, 'utf8'));
    expect(Object.keys(JSON.parse(readFileSync(a, 'utf8')).documents)).toEqual([
      'decree 821.2/Kep.97-BKD/XII/2025',
    ]);
    expect(known.report.documents[0]?.findings).toEqual([]);
    expect(known.report.documents[0]?.status).toBe('verified');
    expect(known.code).toBe(0);
  });

  it('keeps not-a-decree out: it is what a document is, not a finding to accept', async () => {
    const dir = scratch();
    const baseline = join(dir, 'baseline.json');
    const other = resolve('fixtures/others/attendance-recap.pdf');
    await runCli(['--write-baseline', baseline, other]);
    expect(JSON.parse(readFileSync(baseline, 'utf8')).documents).toEqual({});
    const again = await json(['--baseline', baseline, other]);
    expect(again.report.documents[0]?.status).toBe('not-a-decree');
    expect(again.report.summary.baseline).toMatchObject({ suppressed: 0, gone: [] });
  });

  it('a file that is not a baseline: one line, exit 2', async () => {
    const dir = scratch();
    const bad = join(dir, 'baseline.json');
    writeFileSync(bad, '{"documents": {}}');
    const result = await runCli(['--baseline', bad, FAULTS]);
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/baseline\.json: not a baseline of sk-check/);
  });
});

describe('the identity of a document without an SK number', () => {
  it('is its file`s bytes and its part: a sheet keeps it when the workbook is renamed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-check-identity-'));
    const [one, two] = [join(dir, 'a.xlsx'), join(dir, 'renamed.xlsx')];
    copyFileSync('fixtures/rosters/roster-workbook.xlsx', one);
    copyFileSync(one, two);
    const sheet = (source: string) => ({ source, kind: 'xlsx', decree: null }) as unknown as Document;
    const first = await documentIdentity(sheet(`${one}#Pegawai`));
    expect(first).toMatch(/^roster sha256:[0-9a-f]{64}#Pegawai$/);
    expect(await documentIdentity(sheet(`${two}#Pegawai`))).toBe(first);
    expect(await documentIdentity(sheet(`${two}#Lain`))).not.toBe(first);
  });
});
