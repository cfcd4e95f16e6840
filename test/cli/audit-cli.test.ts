import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const DECREE = 'fixtures/decrees/sample-decree.pdf';
const ROSTER = 'fixtures/audit/sample-decree-roster.csv';
const PRESS = 'fixtures/audit/sample-decree-press.txt';

describe('sk-check press.txt', () => {
  it('reports the SK number and the claim with its parts', async () => {
    const { code, stdout } = await runCli(['fixtures/press/kalsel-292.txt']);
    // Nothing wrong, but a press text alone has no list of people to check its claim against.
    expect(code).toBe(3);
    expect(stdout).toMatch(/press text {2}UNVERIFIED/);
    expect(stdout).toMatch(/SK number: 800\.1\.3\.3\/05-11\/BKD\/2026/);
    expect(stdout).toMatch(/Claim: +292 = 200 eselon III \+ 85 eselon IV \+ 7 fungsional/);
    expect(stdout).not.toMatch(/appointees?:/);
  });

  it('a claim whose parts do not add up exits 1', async () => {
    const { code, stdout } = await runCli(['fixtures/press/banjar-tidak-cocok.md']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/parts add up to 41 \(14 \+ 21 \+ 6\) \(total-mismatch\)/);
  });
});

describe('sk-check audit decree.pdf roster.csv press.txt', () => {
  it('text: one block for the decree, its totals as each source states them, then the differences; exit 1', async () => {
    const { code, stdout } = await runCli(['audit', DECREE, ROSTER, PRESS]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^SK 800\.1\.3\.3\/03-02\/BKD\/2026 {2}2026-02-06$/m);
    expect(stdout).toMatch(/source +states +total +eselon III +eselon IV +fungsional/);
    expect(stdout).toMatch(/sample-decree\.pdf +dictum +12 +5 +6 +1$/m);
    expect(stdout).toMatch(/sample-decree-roster\.csv +roster rows +12 +5 +6 +1$/m);
    expect(stdout).toMatch(/sample-decree-press\.txt +claim +14 +5 +8 +1$/m);
    expect(stdout).toMatch(/Differences: 7 errors, 1 warning/);
    expect(stdout).toMatch(/1 decree audited from 3 inputs/);
  });

  it('--fail-on never exits 0; the differences are still listed', async () => {
    const { code, stdout } = await runCli(['audit', '--fail-on', 'never', DECREE, ROSTER, PRESS]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/cross-missing/);
  });

  it('a press text compared with its decree is checked by the audit: not unverified, exit 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-audit-'));
    const press = join(dir, 'berita.txt');
    writeFileSync(
      press,
      'Gubernur melantik 12 pejabat berdasarkan SK Nomor 800.1.3.3/03-02/BKD/2026 tanggal 6 Februari 2026, terdiri atas 5 pejabat administrator, 6 pejabat pengawas dan 1 pejabat fungsional.\n',
    );
    const alone = await runCli(['--format', 'json', press]);
    expect(JSON.parse(alone.stdout).documents[0].status).toBe('unverified');
    const { code, stdout } = await runCli(['audit', '--format', 'json', DECREE, press]);
    const report = JSON.parse(stdout);
    expect(report.audit[0].findings).toEqual([]);
    expect(report.documents.map((doc: { status: string }) => doc.status)).toEqual(['verified', 'verified']);
    expect(code).toBe(0);
  });

  it('inputs that agree exit 0', async () => {
    const { code, stdout } = await runCli([
      'audit',
      DECREE,
      'fixtures/decrees/decree-encrypted.pdf',
      '--password',
      'rahasia',
    ]);
    expect(stdout).toMatch(/the sources agree/);
    expect(code).toBe(0);
  });

  it('JSON: the usual report plus `audit`, valid against `sk-check schema`', async () => {
    const schema = JSON.parse((await runCli(['schema'])).stdout);
    const ajv = new Ajv2020({ allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    const report = JSON.parse((await runCli(['audit', '--format', 'json', DECREE, ROSTER, PRESS])).stdout);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.documents).toHaveLength(3);
    expect(report.audit[0].findings).toHaveLength(8);
  });

  it('CSV: audit findings are rows whose source names both inputs', async () => {
    const { stdout } = await runCli(['audit', '--format', 'csv', DECREE, ROSTER, PRESS]);
    const rows: Record<string, string>[] = parse(stdout, { columns: true });
    expect(rows.find((r) => r.code === 'cross-extra')?.source).toBe(`${DECREE} + ${ROSTER}`);
    // An outcome row for each of the three documents (each compared by the audit), then the eight audit findings.
    expect(rows.map((r) => r.outcome)).toEqual(['verified', 'verified', 'verified', ...Array(8).fill('')]);
  });

  it('NDJSON: documents, then one line per audit group, then the summary', async () => {
    const lines = (await runCli(['audit', '--format', 'ndjson', DECREE, ROSTER, PRESS])).stdout
      .trimEnd()
      .split('\n');
    expect(lines.map((line) => Object.keys(JSON.parse(line))[0])).toEqual([
      'source',
      'source',
      'source',
      'audit',
      'schemaVersion',
    ]);
  });
});

describe('sk-check audit with damaged NIP cells in the roster', async () => {
  const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'sk-audit-'));
  const lines = readFileSync(ROSTER, 'utf8').split('\n');
  // Row 3 as Excel shows an 18-digit number, row 5 with its NIP cell emptied.
  const damaged = lines.map((line) =>
    line.replace(';197512162000121008;', ';"1,97512E+17";').replace(';197009231999081021;', ';;'),
  );
  const file = join(dir, 'roster-damaged.csv');
  writeFileSync(file, damaged.join('\n'));

  it('each is matched by name and grade, its NIP a cross-mismatch naming both cells, not missing and extra', async () => {
    const report = JSON.parse((await runCli(['audit', '--format', 'json', DECREE, file])).stdout);
    const findings: Array<{ code: string; field?: string; message: string }> = report.audit[0].findings;
    const about = (nip: string) => findings.filter((f) => f.message.includes(nip));
    expect(about('197512162000121008').map((f) => [f.code, f.field])).toEqual([['cross-mismatch', 'nip']]);
    expect(about('197512162000121008')[0]?.message).toMatch(
      /in fixtures\/decrees\/sample-decree\.pdf \(page \d+, row 3\), 1,97512E\+17 in .*roster-damaged\.csv \(row 3\)/,
    );
    expect(about('197009231999081021').map((f) => [f.code, f.field])).toEqual([['cross-mismatch', 'nip']]);
    expect(about('197009231999081021')[0]?.message).toMatch(/, empty in .*roster-damaged\.csv \(row 5\)/);
    expect(findings.filter((f) => f.code === 'cross-extra').map((f) => f.message)).not.toContainEqual(
      expect.stringMatching(/Hasanudin|Ifansyah/),
    );
    const roster = report.documents[1].appointees;
    expect(roster[2].nip).toBe(null);
    expect(roster[2].nipRaw).toBe('1,97512E+17');
  });

  it('a roster alone is not called a decree audited', async () => {
    const { stdout } = await runCli(['audit', ROSTER]);
    expect(stdout).not.toMatch(/decree audited/);
    expect(stdout).toMatch(/1 group without a decree PDF compared from 1 input/);
  });
});
