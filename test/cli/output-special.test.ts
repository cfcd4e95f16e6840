import { execFileSync, spawn } from 'node:child_process';
import {
  lstatSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const ROSTER = 'fixtures/rosters/sample-roster.csv';
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sk-special-'));
});
// A reader still waiting for a writer (had the FIFO been replaced) must not outlive the tests.
const readers: ReturnType<typeof spawn>[] = [];
afterAll(() => {
  for (const reader of readers) if (reader.exitCode === null) reader.kill();
  rmSync(dir, { recursive: true, force: true });
});

/** What a reader of the FIFO at `path` gets, read by `cat` while sk-check writes. */
function readFifo(path: string): Promise<string> {
  const cat = spawn('cat', [path], { stdio: ['ignore', 'pipe', 'inherit'] });
  readers.push(cat);
  let text = '';
  cat.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    text += chunk;
  });
  return new Promise((resolve, reject) => {
    cat.on('error', reject);
    cat.on('close', () => resolve(text));
  });
}

const documents = (json: string) => JSON.parse(json).documents.map((doc: { source: string }) => doc.source);
const onlyFiles = () => execFileSync('ls', ['-A', dir], { encoding: 'utf8' }).split('\n').filter(Boolean);

describe('--output that is not a regular file is written in place, never replaced', () => {
  it('a FIFO: the reader gets the whole report and the FIFO stays a FIFO', async () => {
    const fifo = join(dir, 'report.fifo');
    execFileSync('mkfifo', [fifo]);
    const read = readFifo(fifo);
    const result = await runCli(['--format', 'json', '-o', fifo, ROSTER]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(documents(await read)).toEqual([ROSTER]);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('a symlink to a FIFO (as /dev/stdout is to a pipe): the link stays, the reader gets the report', async () => {
    const fifo = join(dir, 'pipe.fifo');
    const link = join(dir, 'stdout');
    execFileSync('mkfifo', [fifo]);
    symlinkSync(fifo, link);
    const read = readFifo(fifo);
    expect((await runCli(['--format', 'json', '-o', link, ROSTER])).code).toBe(0);
    expect(documents(await read)).toEqual([ROSTER]);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('a symlink to a regular file: the link stays a link, the file it names gets the report', async () => {
    const target = join(dir, 'real.json');
    const link = join(dir, 'latest.json');
    writeFileSync(target, 'old');
    symlinkSync('real.json', link);
    expect((await runCli(['--format', 'json', '-o', link, ROSTER])).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('real.json');
    expect(documents(readFileSync(target, 'utf8'))).toEqual([ROSTER]);
    expect(onlyFiles().filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('audit through a symlink to a regular file: the link stays, the report reaches the file', async () => {
    const target = join(dir, 'audit-real.json');
    const link = join(dir, 'audit-latest.json');
    writeFileSync(target, 'old');
    symlinkSync('audit-real.json', link);
    expect((await runCli(['audit', '--format', 'json', '-o', link, ROSTER])).code).not.toBe(2);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(documents(readFileSync(target, 'utf8'))).toEqual([ROSTER]);
  });

  it('a symlink to nothing yet: the file it names is made, the link stays', async () => {
    const link = join(dir, 'dangling.json');
    symlinkSync('made.json', link);
    expect((await runCli(['--format', 'json', '-o', link, ROSTER])).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(documents(readFileSync(join(dir, 'made.json'), 'utf8'))).toEqual([ROSTER]);
  });

  it.runIf(process.getuid?.() === 0)('a character device made with mknod stays one', async () => {
    const device = join(dir, 'nulldev');
    execFileSync('mknod', [device, 'c', '1', '3']);
    expect((await runCli(['--format', 'json', '-o', device, ROSTER])).code).toBe(0);
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
  });

  it.each([
    ['check', ['--format', 'json']],
    ['check', ['--format', 'html']],
    ['audit', ['--format', 'json']],
  ])('/dev/null for %s %s: exit as for a file, and it stays a character device', async (mode, flags) => {
    const result = await runCli([mode, ...flags, '-o', '/dev/null', ROSTER]);
    expect(result.stderr).toBe('');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});
