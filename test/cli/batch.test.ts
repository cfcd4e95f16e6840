import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/cli/progress.js';
import { runCli } from './run-cli.js';

const ROSTERS = 'fixtures/rosters';
const DECREES = 'fixtures/decrees';

/** A tree as a clerk keeps one: subfolders, files of other kinds, a hidden folder, an Office lock file. */
function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'sk-check-batch-'));
  mkdirSync(join(root, '2026/januari'), { recursive: true });
  mkdirSync(join(root, '.git'));
  copyFileSync(`${DECREES}/sample-decree.pdf`, join(root, '2026/januari/sk-01.PDF'));
  copyFileSync(`${ROSTERS}/sample-roster.csv`, join(root, '2026/roster.csv'));
  copyFileSync(`${ROSTERS}/roster-faults.csv`, join(root, 'a-faults.csv'));
  copyFileSync(`${ROSTERS}/sample-roster.csv`, join(root, '.git/ignored.csv'));
  writeFileSync(join(root, '~$roster.csv'), 'lock');
  writeFileSync(join(root, 'notes.pptx'), 'not an input');
  return root;
}

const sources = (stdout: string): string[] =>
  (JSON.parse(stdout) as { documents: { source: string }[] }).documents.map((d) => d.source);

describe('batch inputs', () => {
  it('a directory: every readable file under it, recursively, in path order', async () => {
    const root = tree();
    const result = await runCli(['--format', 'json', root]);
    expect(sources(result.stdout)).toEqual([
      join(root, '2026/januari/sk-01.PDF'),
      join(root, '2026/roster.csv'),
      join(root, 'a-faults.csv'),
    ]);
  });

  it('a glob pattern: its matches in path order; one matching nothing is reported and the batch goes on', async () => {
    const root = tree();
    const result = await runCli(['--format', 'json', `${root}/**/*.csv`, `${root}/*.xls`]);
    // As a shell would: the pattern asked for every .csv, so Office's lock file is one.
    expect(sources(result.stdout)).toEqual([
      join(root, '2026/roster.csv'),
      join(root, 'a-faults.csv'),
      join(root, '~$roster.csv'),
      `${root}/*.xls`,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `sk-check: ${root}/*.xls: no file matches this pattern (file-unreadable)\n`,
    );
  });

  it('a relative pattern gives names relative to here', async () => {
    const result = await runCli(['--format', 'json', 'fixtures/rosters/roster-*.csv']);
    expect(sources(result.stdout)).toEqual([
      `${ROSTERS}/roster-excel-damaged.csv`,
      `${ROSTERS}/roster-faults.csv`,
      `${ROSTERS}/roster-win1252.csv`,
    ]);
  });

  it('--files-from: one path per line from a file or standard input, after the arguments', async () => {
    const root = tree();
    const list = join(root, 'list.txt');
    writeFileSync(list, `\uFEFF${ROSTERS}/roster-faults.csv\r\n\r\n${DECREES}/sample-decree.pdf\r\n`);
    const fromFile = await runCli(['--format', 'json', '--files-from', list, `${ROSTERS}/sample-roster.csv`]);
    expect(sources(fromFile.stdout)).toEqual([
      `${ROSTERS}/sample-roster.csv`,
      `${ROSTERS}/roster-faults.csv`,
      `${DECREES}/sample-decree.pdf`,
    ]);
    const fromStdin = await runCli(['--format', 'json', '--files-from', '-'], {
      stdin: `${ROSTERS}/sample-roster.csv\n${ROSTERS}/roster-win1252.csv\n`,
    });
    expect(sources(fromStdin.stdout)).toEqual([
      `${ROSTERS}/sample-roster.csv`,
      `${ROSTERS}/roster-win1252.csv`,
    ]);
  });

  it('--files-from a list that cannot be read: exit 2, one line', async () => {
    const result = await runCli(['--files-from', '/no/such/list.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^sk-check: --files-from \/no\/such\/list.txt: .*\n$/);
  });
});

describe('--jobs', () => {
  const batch = [
    `${DECREES}/decree-chromium.pdf`,
    `${ROSTERS}/roster-faults.csv`,
    `${DECREES}/decree-truncated.pdf`,
    `${DECREES}/sample-decree.pdf`,
    `${DECREES}/decree-faults.pdf`,
    `${DECREES}/decree-borderless.pdf`,
  ];

  it.each([
    ['check', 'json'],
    ['check', 'ndjson'],
    ['check', 'csv'],
    ['check', 'text'],
    ['extract', 'csv'],
  ])(
    '%s --format %s: the same bytes and exit code with 1 and 3 worker threads',
    async (command, format) => {
      const one = await runCli([command, '--format', format, '--jobs', '1', ...batch]);
      const three = await runCli([command, '--format', format, '--jobs', '3', ...batch]);
      expect(three.stdout).toBe(one.stdout);
      // Past the machine's cores or memory, --jobs 3 is lowered with one line saying so.
      expect(three.stderr.replace(/^sk-check: --jobs 3 lowered to .*\n/, '')).toBe(one.stderr);
      expect(three.code).toBe(one.code);
      expect(one.stdout.length).toBeGreaterThan(1000);
    },
    60_000,
  );

  it('lowers --jobs 5000 to what the machine holds, says so in one line, and runs', async () => {
    const pdfs = [`${DECREES}/sample-decree.pdf`, `${DECREES}/decree-chromium.pdf`];
    const one = await runCli(['--format', 'json', '--jobs', '1', ...pdfs]);
    const many = await runCli(['--format', 'json', '--jobs', '5000', ...pdfs]);
    expect(many.stderr).toMatch(
      /^sk-check: --jobs 5000 lowered to \d+: \d+ cores, \d+\.\d GB of free memory \(about 150 MB a worker\)\n/,
    );
    expect(many.stderr.split('\n').slice(1).join('\n')).toBe(one.stderr);
    expect(many.stdout).toBe(one.stdout);
    expect(many.code).toBe(one.code);
    const id = await runCli(['--lang', 'id', '--jobs', '5000', `${ROSTERS}/sample-roster.csv`]);
    expect(id.stderr).toMatch(
      /^sk-check: --jobs 5000 diturunkan menjadi \d+: \d+ inti prosesor, memori bebas \d+,\d GB/,
    );
  }, 60_000);

  it('rejects a count that is not a whole number of 1 or more', async () => {
    for (const jobs of ['0', 'two', '1.5']) {
      const result = await runCli(['--jobs', jobs, `${ROSTERS}/sample-roster.csv`]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/--jobs/);
    }
  });
});

describe('progress', () => {
  const batch = [
    `${ROSTERS}/sample-roster.csv`,
    `${ROSTERS}/roster-faults.csv`,
    `${ROSTERS}/roster-win1252.csv`,
  ];

  it('on a terminal: files done of total on stderr, cleared at the end', async () => {
    const result = await runCli(['--format', 'json', ...batch], { tty: true });
    expect(result.stderr).toContain('sk-check: 3/3 files');
    expect(result.stderr.endsWith('\r\u001b[K')).toBe(true);
    expect(JSON.parse(result.stdout).summary.documents).toBe(3);
  });

  it('shows what the file under way is doing: the page OCR is on', () => {
    let out = '';
    const progress = new Progress({ write: (text: string) => (out += text) }, 1, () => 1000);
    progress.detail('scan.pdf: OCR page 2/4');
    expect(out).toBe('\r\u001b[Ksk-check: 0/1 files · scan.pdf: OCR page 2/4');
  });

  it('nothing on stderr when it is not a terminal, or with --quiet', async () => {
    expect((await runCli(['--format', 'json', ...batch])).stderr).toBe('');
    expect((await runCli(['--quiet', ...batch], { tty: true })).stderr).toBe('');
  });
});
