import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { formatSize, parseSize } from '../../src/limits.js';
import { runCli } from '../cli/run-cli.js';
// @ts-expect-error: a plain .mjs script, shared with the fuzzer
import { deepNestingPdf, deflateBombPdf, lzwBombPdf, manyPagesPdf } from '../fuzz/hostile-pdfs.mjs';

// The budgets are asserted in CPU time and memory; the wall clock only stretches on a busy machine
// (CI shares two cores), so each spawned run gets as long as the runner's own kill (120 s).
const SPAWNED = { timeout: 120_000 };

const SAMPLE_CSV = 'fixtures/rosters/sample-roster.csv';
const SAMPLE_PDF = 'fixtures/decrees/sample-decree.pdf';
const LARGE_PDF = 'fixtures/decrees/decree-large.pdf';
const dir = mkdtempSync(join(tmpdir(), 'sk-limits-'));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function statuses(args: string[]) {
  const result = await runCli(['--format', 'json', ...args]);
  const report = JSON.parse(result.stdout) as {
    documents: Array<{ status: string; findings: Array<{ code: string; message: string }> }>;
  };
  return { ...result, documents: report.documents };
}

/** The stderr one-liner of each unreadable input; nothing else may be there. */
function oneLiners(stderr: string): string[] {
  const lines = stderr.split('\n').filter(Boolean);
  for (const line of lines) expect(line).toMatch(/^sk-check: .+: .+ \([a-z-]+\)$/);
  return lines;
}

describe('sizes', () => {
  it.each([
    ['5000', 5000],
    ['64k', 65536],
    ['200MB', 200 * 1024 * 1024],
    ['2G', 2 * 1024 ** 3],
    ['1.5 kb', 1536],
  ])('%s is %d bytes', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
    expect(parseSize(formatSize(bytes).replace(' ', ''))).toBe(bytes);
  });

  it.each(['', 'MB', '-5', '0', '12 parsecs'])('%j is no size', (text) => {
    expect(parseSize(text)).toBeNull();
  });

  it('a bad flag value is a usage error', async () => {
    expect((await runCli(['--max-bytes', 'lots', SAMPLE_CSV])).code).toBe(2);
    expect((await runCli(['--max-pages', '0', SAMPLE_CSV])).code).toBe(2);
    expect((await runCli(['--timeout', 'soon', SAMPLE_CSV])).code).toBe(2);
  });
});

describe('--max-bytes', () => {
  it('refuses a file past it, and the batch goes on', async () => {
    const size = readFileSync(SAMPLE_PDF).length;
    const result = await statuses([
      '--max-bytes',
      String(size - 1),
      SAMPLE_PDF,
      'fixtures/rosters/roster-faults.csv',
    ]);
    expect(result.code).toBe(2);
    expect(result.documents.map((doc) => doc.status)).toEqual(['unreadable', 'invalid']);
    expect(result.documents[0]?.findings.map((f) => f.code)).toEqual(['limit-exceeded']);
    expect(oneLiners(result.stderr)).toEqual([
      `sk-check: ${SAMPLE_PDF}: the file has ${size} bytes, more than --max-bytes ${size - 1} bytes (limit-exceeded)`,
    ]);
    expect((await statuses(['--max-bytes', String(size), SAMPLE_PDF])).documents[0]?.status).toBe('verified');
  });

  it('holds standard input to it while it streams', async () => {
    const roster = readFileSync(SAMPLE_CSV);
    const result = await runCli(['--max-bytes', String(roster.length - 1), '-'], { stdin: roster });
    expect(result.code).toBe(2);
    expect(oneLiners(result.stderr)[0]).toMatch(/^sk-check: -: the input is larger than --max-bytes/);
    expect((await runCli(['--max-bytes', String(roster.length), '-'], { stdin: roster })).code).toBe(0);
  });
});

describe('--max-record-size', () => {
  const header = 'NO,NAMA,NIP,PANGKAT/GOL,JABATAN\n';

  it('a record longer than it is limit-exceeded', async () => {
    const path = file(
      'long.csv',
      `${header}1,${'A'.repeat(5000)},197005121995031002,Penata (III/c),Analis\n`,
    );
    const result = await statuses(['--max-record-size', '4096', path]);
    expect(result.documents[0]?.findings[0]).toMatchObject({ code: 'limit-exceeded' });
    expect(result.documents[0]?.findings[0]?.message).toMatch(/longer than --max-record-size 4096/);
    expect((await statuses(['--max-record-size', '8192', path])).documents[0]?.status).not.toBe('unreadable');
  });

  it('so is a line of empty cells, which has no characters for csv-parse to count', async () => {
    const path = file('wide.csv', `${header}1${','.repeat(5000)}\n`);
    const result = await statuses(['--max-record-size', '4096', path]);
    expect(result.documents[0]?.findings[0]?.message).toMatch(/more than --max-record-size 4096 cells/);
    expect((await statuses(['--max-record-size', '8192', path])).documents[0]?.status).not.toBe('unreadable');
  });
});

describe('--timeout', () => {
  it('gives up on an input that takes too long and reads the next', async () => {
    let stderr = '';
    let stdout = '';
    // Standard input that never ends: only the timeout can move the batch on.
    const endless = new Readable({ read() {} });
    endless.push('NO,NAMA,NIP\n');
    const code = await main(['--format', 'json', '--timeout', '1', '-', SAMPLE_CSV], {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      stdin: endless,
      env: {},
    });
    endless.destroy();
    expect(code).toBe(2);
    const report = JSON.parse(stdout) as { documents: Array<{ status: string }> };
    expect(report.documents.map((doc) => doc.status)).toEqual(['unreadable', 'verified']);
    expect(oneLiners(stderr)).toEqual([
      'sk-check: -: reading took longer than --timeout 1 s (limit-exceeded)',
    ]);
  });

  it('the binary ends even when standard input never does', async () => {
    const child = spawn(process.execPath, ['bin/sk-check.js', '--timeout', '1', '-'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdin.write('NO,NAMA,NIP\n');
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    const code = await new Promise((done) => child.on('close', done));
    clearTimeout(killer);
    expect(code).toBe(2);
    expect(stderr).toBe('sk-check: -: reading took longer than --timeout 1 s (limit-exceeded)\n');
  });

  it('stops reading a PDF when its time is up', async () => {
    const result = await statuses(['--timeout', '0.001', LARGE_PDF]);
    expect(oneLiners(result.stderr)).toEqual([
      `sk-check: ${LARGE_PDF}: reading took longer than --timeout 0.001 s (limit-exceeded)`,
    ]);
    expect((await statuses(['--timeout', '0', LARGE_PDF])).documents[0]?.status).not.toBe('unreadable');
  });
});

/**
 * Runs the compiled CLI in a child and reports its exit code, stderr, the CPU time of one reading and
 * peak memory. CPU time, not wall time: a busy machine stretches the wall clock, not the work done.
 * The CLI reads a PDF in a worker process, whose memory this process's peak does not see: the same
 * reading is then done here too, so that the peak is that of the CLI and the reader in one process.
 */
function measured(path: string) {
  const child = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { main } from './dist/cli/main.js';
       import { checkInput } from './dist/run.js';
       const code = await main(['--format', 'json', process.argv[1]], { stdout: { write() {} }, stderr: process.stderr, env: {} });
       const before = process.cpuUsage();
       await checkInput(process.argv[1], {});
       const used = process.cpuUsage(before);
       const seconds = (used.user + used.system) / 1e6;
       process.stdout.write(JSON.stringify({ code, seconds, maxRss: process.resourceUsage().maxRSS * 1024 }));`,
      path,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  return { ...JSON.parse(child.stdout || '{}'), stderr: child.stderr };
}

describe('PDFs built to exhaust the reader', SPAWNED, () => {
  const MB = 1024 * 1024;

  it.each([
    [
      'a page tree of 100489 pages in 4 KB',
      () => manyPagesPdf(),
      /has 100489 pages, more than --max-pages 2000/,
    ],
    ['a stream inflating to 1.5 GB', () => deflateBombPdf(), /inflates to more than 128 MB/],
    ['an LZW stream under Flate decoding to 300 MB', () => lzwBombPdf(), /inflates to more than 128 MB/],
  ])('%s is refused within bounded time and memory', async (_, build, message) => {
    const bytes: Buffer = await build();
    expect(bytes.length).toBeLessThan(256 * 1024);
    const result = measured(file('hostile.pdf', bytes));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/\(limit-exceeded\)\n$/);
    expect(result.seconds).toBeLessThan(15);
    expect(result.maxRss).toBeLessThan(600 * MB);
  });

  it('an array nested 100000 deep is read within bounded time and memory (PDFium bounds its parser depth and skips it)', async () => {
    const bytes: Buffer = deepNestingPdf();
    expect(bytes.length).toBeLessThan(256 * 1024);
    const result = measured(file('hostile.pdf', bytes));
    // Read: a heading and nothing to check against anything, so unverified (3), not unreadable (2).
    expect(result.code).toBe(3);
    expect(result.stderr).toBe('');
    expect(result.seconds).toBeLessThan(15);
    expect(result.maxRss).toBeLessThan(600 * MB);
  });
});
