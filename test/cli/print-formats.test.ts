import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBuffer } from '../../src/sources/input.js';
import { readXlsxSheet } from '../../src/sources/xlsx.js';
import { runCli } from './run-cli.js';

const FAULTS = 'fixtures/rosters/roster-faults.csv';
const DECREE = 'fixtures/decrees/sample-decree.pdf';
const scratch = () => mkdtempSync(join(tmpdir(), 'sk-check-print-'));

describe('--format xlsx', () => {
  it('refuses to write a workbook to standard output, and says how', async () => {
    for (const command of ['extract', 'check']) {
      const result = await runCli([command, '--format', 'xlsx', FAULTS], { tty: true });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        'sk-check: --format xlsx writes a workbook, not text: give the file with -o FILE.xlsx\n',
      );
    }
  });

  it('extract -o writes the daftar nominatif workbook; exit 0 whatever the findings', async () => {
    const out = join(scratch(), 'daftar.xlsx');
    const result = await runCli(['extract', '--format', 'xlsx', '-o', out, FAULTS, DECREE]);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    const sheet = await readXlsxSheet(openBuffer(out, readFileSync(out)));
    const json = JSON.parse((await runCli(['extract', '--format', 'json', FAULTS, DECREE])).stdout) as {
      documents: Array<{ appointees: Array<{ nip: string | null }> }>;
    };
    const expected = json.documents.flatMap((doc) => doc.appointees.map((a) => a.nip ?? ''));
    expect(expected.filter((nip) => nip.length === 18).length).toBeGreaterThan(20);
    expect(sheet.records.slice(1).map((record) => record.cells[7])).toEqual(expected);
  });

  it('check -o writes the same workbook and keeps the exit code of its findings', async () => {
    const out = join(scratch(), 'temuan.xlsx');
    const result = await runCli(['--format', 'xlsx', '-o', out, FAULTS]);
    expect(result.code).toBe(1);
    const findings = await readXlsxSheet(openBuffer(out, readFileSync(out)), { sheet: '2' });
    expect(findings.records.slice(1).map((r) => r.cells[1])).toContain('nip-invalid');
    const people = await readXlsxSheet(openBuffer(out, readFileSync(out)));
    expect(people.records).toHaveLength(15);
  });

  it('audit refuses xlsx clearly, and writes nothing', async () => {
    const dir = scratch();
    for (const format of ['xlsx']) {
      const result = await runCli([
        'audit',
        '--format',
        format,
        '-o',
        join(dir, `a.${format}`),
        DECREE,
        FAULTS,
      ]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `sk-check: audit writes text, json, ndjson, csv or html; --format ${format} is for check and extract\n`,
      );
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('--format html', () => {
  it('to standard output or to a file, the same bytes every run', async () => {
    const first = await runCli(['--format', 'html', FAULTS, DECREE]);
    const second = await runCli(['--format', 'html', FAULTS, DECREE]);
    expect(first.code).toBe(1);
    expect(first.stdout.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(second.stdout).toBe(first.stdout);
    const out = join(scratch(), 'laporan.html');
    await runCli(['--format', 'html', '-o', out, FAULTS, DECREE]);
    expect(readFileSync(out, 'utf8')).toBe(first.stdout);
  });

  it('check --format html lists the appointees with their faulty cells, extract too', async () => {
    for (const command of ['check', 'extract']) {
      const { stdout } = await runCli([command, '--format', 'html', FAULTS]);
      expect(stdout.match(/<tr data-row="/g)).toHaveLength(14);
      expect(stdout).toContain('data-codes="nip-invalid"');
    }
  });

  it('--paper f4 prints on folio', async () => {
    const { stdout } = await runCli(['--format', 'html', '--paper', 'f4', DECREE]);
    expect(stdout).toContain('size: 215mm 330mm');
  });
});
