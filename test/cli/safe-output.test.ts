import { spawn, spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script, shared with the fuzzer
import { prng } from '../fuzz/fuzz.mjs';
import { runCli } from './run-cli.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'sk-safe-'));
const DECREES = readdirSync('fixtures/decrees')
  .filter((name) => name.endsWith('.pdf'))
  .map((name) => `fixtures/decrees/${name}`);
const ROSTERS = readdirSync('fixtures/rosters')
  .filter((name) => /\.(csv|tsv)$/.test(name))
  .map((name) => `fixtures/rosters/${name}`);
const BATCH = [...DECREES, ...ROSTERS];

describe('determinism', () => {
  it.each([
    ['check', 'json'],
    ['check', 'ndjson'],
    ['check', 'csv'],
    ['extract', 'json'],
    ['extract', 'csv'],
  ])('two runs of %s --format %s give the same bytes', async (mode, format) => {
    const first = await runCli([mode, '--format', format, ...BATCH]);
    const second = await runCli([mode, '--format', format, ...BATCH]);
    expect(first.stdout.length).toBeGreaterThan(1000);
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr).toBe(first.stderr);
  });
});

describe('CSV output a spreadsheet cannot run', () => {
  it('every cell starting with = + - @ tab or CR is escaped unless it is a plain number', async () => {
    const dir = scratch();
    const roster = join(dir, 'roster.csv');
    writeFileSync(
      roster,
      [
        'No;Nama;NIP;Pangkat/Gol. Ruang;Jabatan Lama;Jabatan Baru;Eselon;Unit Kerja',
        '1;=HYPERLINK("http://evil.test","Budi");197005121995031002;Penata (III/c);-;@SUM(A1:A9);IV.a;+Dinas',
        '2;-2+3;197103202000041005;\tPenata Tk. I (III/d);\rx;Kepala Seksi;IV.a;-3',
      ].join('\n'),
    );
    for (const mode of ['check', 'extract']) {
      const result = await runCli([mode, '--format', 'csv', roster]);
      const rows = parse(result.stdout, { relax_column_count: true }) as string[][];
      const risky = rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell));
      if (mode === 'extract') expect(risky).toEqual(['-3']);
      for (const cell of risky) expect(cell).toMatch(/^[-+]?\d+([.,]\d+)?$/);
      if (mode === 'extract') {
        expect(rows.flat()).toContain('\'=HYPERLINK("http://evil.test","Budi")');
        expect(rows.flat()).toContain("'@SUM(A1:A9)");
      }
    }
  });
});

describe('--output', () => {
  it('refuses a symlink to an input as the output path', async () => {
    const dir = scratch();
    const input = join(dir, 'roster.csv');
    writeFileSync(input, readFileSync(ROSTERS[0] ?? ''));
    symlinkSync(input, join(dir, 'report.json'));
    const result = await runCli(['--format', 'json', '--output', join(dir, 'report.json'), input]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^sk-check: .*report\.json: refusing to write the report over an input file\n$/,
    );
    expect(readFileSync(input).equals(readFileSync(ROSTERS[0] ?? ''))).toBe(true);
  });

  it('killed at any moment, even while writing, leaves the old report or the whole new one', async () => {
    const dir = scratch();
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    const batch = Array.from({ length: 2 }, (_, i) => {
      const path = join(inputs, `decree-${i}.pdf`);
      symlinkSync(resolve('fixtures/decrees/decree-large.pdf'), path);
      return path;
    });
    const out = join(dir, 'out.json');
    const args = ['bin/sk-check.js', 'extract', '--format', 'json', '--output', out, ...batch];
    const old = '{"old": true}\n';
    writeFileSync(out, old);
    const started = Date.now();
    expect(spawnSync(process.execPath, args).status).toBe(0);
    const duration = Date.now() - started;
    const complete = readFileSync(out, 'utf8');
    expect(JSON.parse(complete).summary.documents).toBe(2);

    const r = prng(7);
    const outcomes: string[] = [];
    // Two kills at seeded moments of the run, three the moment the temporary file appears.
    const plans = [0.3 + 0.4 * r.next(), 0.6 + 0.3 * r.next(), 'writing', 'writing', 'writing'] as const;
    for (const plan of plans) {
      writeFileSync(out, old);
      const child = spawn(process.execPath, args, { stdio: 'ignore' });
      const closed = new Promise((done) => child.on('close', done));
      const watcher = watch(dir, (_, name) => {
        // A report written in place would show up as a change of out.json itself: kill then too.
        if (plan === 'writing' && /^(out\.json|.*\.tmp)$/.test(String(name))) child.kill('SIGKILL');
      });
      const timer = setTimeout(
        () => child.kill('SIGKILL'),
        typeof plan === 'number' ? duration * plan : 2 * duration + 5000,
      );
      await closed;
      clearTimeout(timer);
      watcher.close();
      const content = readFileSync(out, 'utf8');
      expect([old, complete]).toContain(content);
      outcomes.push(content === old ? 'old' : 'new');
      // A SIGKILL may leave the hidden temporary file, never anything a reader would take for a report.
      for (const name of readdirSync(dir))
        expect(name).toMatch(/^(in|out\.json|\.out\.json\.[0-9a-f]{12}\.tmp)$/);
    }
    expect(outcomes).toContain('old');
  }, 180_000);
});
