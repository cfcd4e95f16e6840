import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/checks/index.js';
import { ANSI, runCli } from './run-cli.js';

const SAMPLE = 'fixtures/rosters/sample-roster.csv';
const FAULTS = 'fixtures/rosters/roster-faults.csv';
const WARNING_ONLY = 'fixtures/rosters/roster-win1252.csv';

const scratch = () => mkdtempSync(join(tmpdir(), 'sk-check-cli-'));

/** A user-facing error is one line that names the file, with no stack trace. */
function expectOneLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('exit codes', () => {
  it.each([
    [[SAMPLE], 0],
    [[FAULTS], 1],
    [['check', FAULTS], 1],
    [['--fail-on', 'never', FAULTS], 0],
    [[WARNING_ONLY], 0],
    [['--fail-on', 'warning', WARNING_ONLY], 1],
    [['extract', FAULTS], 0],
    [['--format', 'json', SAMPLE, FAULTS], 1],
  ])('sk-check %j exits %i', async (args, code) => {
    expect((await runCli(args)).code).toBe(code);
  });
});

describe('inputs that cannot be read', () => {
  const dir = scratch();
  const empty = join(dir, 'empty.csv');
  writeFileSync(empty, '');
  const binary = join(dir, 'photo.csv');
  writeFileSync(binary, Buffer.from([0x4e, 0x61, 0x6d, 0x61, 0, 0, 0, 13, 0x49, 0x48, 0xff, 0xfe, 0, 1]));
  const notRoster = join(dir, 'prices.csv');
  writeFileSync(notRoster, 'item,price\napel,12000\n');

  it.each([
    ['a missing file', join(dir, 'missing.csv'), /: no such file \(file-unreadable\)$/],
    [
      'a directory with nothing to read',
      mkdtempSync(join(dir, 'none-')),
      /: directory holds no .*file \(file-unreadable\)$/,
    ],
    ['an empty file', empty, /: an empty file: there is nothing to check \(file-unsupported\)$/],
    ['a binary file named .csv', binary, /: binary content .* \(file-unreadable\)$/],
    ['a CSV that is not a roster', notRoster, /: no roster header found.*\(roster-header-missing\)$/],
  ])('%s: one stderr line naming it, exit 2', async (_what, path, message) => {
    const result = await runCli([path]);
    expect(result.code).toBe(2);
    expectOneLine(
      result.stderr,
      new RegExp(`^sk-check: ${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}${message.source}`),
    );
  });

  it('still reports the other inputs of the batch', async () => {
    const result = await runCli(['--format', 'json', join(dir, 'missing.csv'), SAMPLE]);
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout);
    expect(report.documents.map((d: { status: string }) => d.status)).toEqual(['unreadable', 'verified']);
    expect(report.summary).toMatchObject({ documents: 2, verified: 1, unreadable: 1 });
    expect(report.documents[0].findings).toEqual([
      { code: 'file-unreadable', severity: 'error', message: 'no such file' },
    ]);
  });
});

describe('usage errors', () => {
  it.each([
    [['--frobnicate', SAMPLE], /^sk-check: unknown option '--frobnicate'/],
    [['--formt', 'json', SAMPLE], /Did you mean --format\?/],
    [['--format', 'xml', SAMPLE], /argument 'xml' is invalid/],
    [['--fail-on', 'sometimes', SAMPLE], /argument 'sometimes' is invalid/],
    [['--delimiter', 'xx', SAMPLE], /argument 'xx' is invalid/],
    [['check'], /give the files to check/],
    [['rules', 'no-such-code'], /unknown finding code 'no-such-code'/],
    [['-', '-'], /standard input \(-\) can be given only once/],
  ])('sk-check %j: exit 2 and one line', async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expectOneLine(result.stderr, message);
  });

  it('no arguments at all: the help on stderr, exit 2', async () => {
    const result = await runCli([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Usage: sk-check/);
  });

  it('--help shows examples for clerks and scripts, exit 0', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/For clerks:/);
    expect(result.stdout).toMatch(/For scripts:/);
    expect(result.stdout).toMatch(/Exit codes: 0/);
  });

  it('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    const result = await runCli(['--version']);
    expect(result).toMatchObject({ code: 0, stdout: `${version}\n` });
  });
});

describe('formats', () => {
  it('JSON output validates against `sk-check schema`', async () => {
    const schema = JSON.parse((await runCli(['schema'])).stdout);
    const ajv = new Ajv2020({ allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    for (const input of [SAMPLE, FAULTS, 'fixtures/rosters/roster-spanned.tsv', 'missing.csv']) {
      const report = JSON.parse((await runCli(['--format', 'json', input])).stdout);
      expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    }
    const broken = JSON.parse((await runCli(['--format', 'json', SAMPLE])).stdout);
    broken.documents[0].appointees[0].nip = 197005121995031000;
    expect(validate(broken)).toBe(false);
  });

  it('NDJSON: one document per line in input order, then the summary', async () => {
    const lines = (await runCli(['--format', 'ndjson', FAULTS, SAMPLE])).stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.slice(0, 2).map((line) => JSON.parse(line).source)).toEqual([FAULTS, SAMPLE]);
    expect(JSON.parse(lines[2] ?? '')).toMatchObject({ schemaVersion: 2, summary: { documents: 2 } });
  });

  it('check --format csv: one row per finding', async () => {
    const rows: Record<string, string>[] = parse((await runCli(['--format', 'csv', FAULTS])).stdout, {
      columns: true,
    });
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'source',
      'code',
      'severity',
      'page',
      'row',
      'field',
      'message',
      'cell',
      'person',
      'line',
      'outcome',
    ]);
    // The CSV's line counts its header: row 7 is on line 8, where the clerk opens it.
    expect(rows.find((r) => r.code === 'nip-duplicate')).toMatchObject({
      row: '7',
      field: 'nip',
      person: 'Cut Nyak Fatimah',
      line: '8',
    });
  });

  it('a row finding in text names the person and the line a clerk opens, title and blank lines counted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-lines-'));
    const file = join(dir, 'titled.csv');
    writeFileSync(
      file,
      [
        'DAFTAR NOMINATIF;;;',
        ';;;',
        '',
        'No;Nama;NIP;Gol/Ruang',
        '1;Budi Maulana, S.E.;197002301995031002;III/c',
        '',
        '2;Siti Aminah;"1,97005E+17";III/b',
      ].join('\r\n'),
    );
    const { stdout } = await runCli([file]);
    expect(stdout).toMatch(/row 1 \(Budi Maulana\), line 5: NIP 197002301995031002: birth date/);
    expect(stdout).toMatch(/row 2 \(Siti Aminah\), line 7: NIP 1,97005E\+17 was turned into a number/);
    const extract: Record<string, string>[] = parse(
      (await runCli(['extract', '--format', 'csv', file])).stdout,
      { columns: true },
    );
    expect(extract.map((r) => [r.nip, r.nip_raw])).toEqual([
      ['197002301995031002', ''],
      ['', '1,97005E+17'],
    ]);
  });

  it('extract --format csv: one row per appointee, NIPs as 18-digit text', async () => {
    const rows: Record<string, string>[] = parse(
      (await runCli(['extract', '--format', 'csv', SAMPLE])).stdout,
      {
        columns: true,
      },
    );
    expect(rows).toHaveLength(16);
    for (const row of rows) expect(row.nip).toMatch(/^\d{18}$/);
    expect(rows[0]?.sk_number).toBe('800.1.3.3/03-02/BKD/2026');
  });

  it('the same input gives the same bytes', async () => {
    for (const format of ['text', 'json', 'ndjson', 'csv']) {
      const first = await runCli(['--format', format, FAULTS, SAMPLE]);
      const second = await runCli(['--format', format, FAULTS, SAMPLE]);
      expect(second.stdout).toBe(first.stdout);
    }
  });
});

describe('colour', () => {
  it.each([
    ['a terminal', [], {}, true, true],
    ['a pipe', [], {}, false, false],
    ['NO_COLOR on a terminal', [], { NO_COLOR: '1' }, true, false],
    ['--no-color on a terminal', ['--no-color'], {}, true, false],
    ['FORCE_COLOR on a pipe', [], { FORCE_COLOR: '1' }, false, true],
  ])('%s', async (_what, flags, env, tty, coloured) => {
    const result = await runCli([...flags, FAULTS], { env, tty });
    expect(ANSI.test(result.stdout)).toBe(coloured);
  });
});

describe('--output', () => {
  it('writes the report to the file, nothing to stdout', async () => {
    const out = join(scratch(), 'report.json');
    const result = await runCli(['--format', 'json', '--output', out, SAMPLE]);
    expect(result.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).summary.appointees).toBe(16);
  });

  it('refuses to overwrite an input, which stays as it was', async () => {
    const dir = scratch();
    const input = join(dir, 'roster.csv');
    const original = readFileSync(SAMPLE);
    writeFileSync(input, original);
    const result = await runCli(['--output', join(dir, '.', 'roster.csv'), input]);
    expect(result.code).toBe(2);
    expectOneLine(result.stderr, /refusing to write the report over an input file/);
    expect(readFileSync(input).equals(original)).toBe(true);
  });
});

describe('standard input', () => {
  it('- reads a roster from stdin', async () => {
    const result = await runCli(['--format', 'json', '-'], { stdin: readFileSync(SAMPLE) });
    const report = JSON.parse(result.stdout);
    expect(report.documents[0]).toMatchObject({ source: '-', kind: 'csv', status: 'verified' });
    expect(report.documents[0].counts.total).toBe(16);
  });

  it('an empty stdin is unreadable', async () => {
    const result = await runCli(['-'], { stdin: '' });
    expect(result.code).toBe(2);
    expectOneLine(result.stderr, /^sk-check: -: standard input is empty \(file-unreadable\)$/);
  });
});

describe('rules and schema', () => {
  it('rules lists every code with its severity', async () => {
    const { stdout } = await runCli(['rules']);
    for (const rule of RULES) expect(stdout).toMatch(new RegExp(`^${rule.code} +${rule.severity} `, 'm'));
  });

  it('rules CODE explains it with why and an example', async () => {
    const { stdout, code } = await runCli(['rules', 'nip-mangled']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^nip-mangled \(error\)/);
    expect(stdout).toMatch(/Why it matters: /);
    expect(stdout).toMatch(/Example: /);
  });

  it('schema is JSON Schema 2020-12', async () => {
    const schema = JSON.parse((await runCli(['schema'])).stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['schemaVersion', 'documents', 'summary']);
  });
});

describe('a folder with files of no kind sk-check reads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sk-skipped-'));
  writeFileSync(join(dir, 'roster.csv'), readFileSync(SAMPLE));
  writeFileSync(join(dir, 'surat.doc'), 'not read');
  writeFileSync(join(dir, 'foto.png'), 'not read');
  writeFileSync(join(dir, '.hidden'), 'never an input');

  it('counts them in the summary; --verbose lists them on stderr', async () => {
    const text = await runCli([dir]);
    expect(text.stdout).toMatch(/· 2 files skipped, not a kind sk-check reads \(--verbose lists them\)\n$/);
    expect(text.stderr).toBe('');
    const json = JSON.parse((await runCli(['--format', 'json', dir])).stdout);
    expect(json.summary.skipped).toBe(2);
    const verbose = await runCli(['--verbose', '--format', 'json', dir]);
    expect(verbose.stderr.split('\n').filter(Boolean)).toEqual([
      `sk-check: ${join(dir, 'foto.png')}: skipped, not a kind sk-check reads`,
      `sk-check: ${join(dir, 'surat.doc')}: skipped, not a kind sk-check reads`,
    ]);
    expect(verbose.code).toBe(text.code);
  });

  it('a folder of only known kinds has no skipped count', async () => {
    const known = mkdtempSync(join(tmpdir(), 'sk-known-'));
    writeFileSync(join(known, 'roster.csv'), readFileSync(SAMPLE));
    const json = JSON.parse((await runCli(['--format', 'json', known])).stdout);
    expect(json.summary).not.toHaveProperty('skipped');
  });
});
