import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { writeOut } from '../../src/cli/report-writer.js';
// @ts-expect-error: a plain .mjs script
import { writeBigRoster } from '../bench/make-roster.mjs';

let dir = '';
let roster = '';
let smaller = '';
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sk-slow-'));
  roster = join(dir, 'roster.csv');
  smaller = join(dir, 'smaller.csv');
  // One rank and grade on every row: a finding on each, several MB of JSON.
  await writeBigRoster(roster, 30_000, undefined, { rankGrade: 'Penata (III/a)' });
  // Still many times a pipe's 64 KB: the pipe is full most of the time.
  await writeBigRoster(smaller, 5_000, undefined, { rankGrade: 'Penata (III/a)' });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stream that takes a chunk at a time, later, as a pipe to a slow reader does. */
function slowStream() {
  const taken: string[] = [];
  let most = 0;
  const stream = new Writable({
    highWaterMark: 64 * 1024,
    decodeStrings: false,
    write(chunk: string, _encoding, done) {
      taken.push(chunk);
      setImmediate(done);
    },
  });
  const write = stream.write.bind(stream);
  stream.write = ((text: string) => {
    const more = write(text);
    most = Math.max(most, stream.writableLength);
    return more;
  }) as typeof stream.write;
  return { stream, taken, most: () => most };
}

describe('standard output that takes its time', () => {
  it('the report writer waits for the stream: it never queues the whole report', async () => {
    const out = slowStream();
    const code = await main(['--format', 'json', roster], {
      stdout: out.stream,
      stderr: process.stderr,
      env: {},
    });
    await new Promise((resolve) => out.stream.end(resolve));
    const text = out.taken.join('');
    expect(code).toBe(1);
    expect(text.length).toBeGreaterThan(5_000_000);
    expect(JSON.parse(text).documents[0].findings.length).toBeGreaterThanOrEqual(30_000);
    // What waited in memory: a slice and what came before the last drain, never megabytes.
    expect(out.most()).toBeLessThan(3 * (1 << 20));
  }, 120_000);

  it('writeOut slices a long text without splitting a surrogate pair', async () => {
    const out = slowStream();
    const text = `${'a'.repeat((1 << 20) - 1)}😀${'b'.repeat(10)}`;
    await writeOut(out.stream, text);
    await new Promise((resolve) => out.stream.end(resolve));
    expect(out.taken.join('')).toBe(text);
    expect(out.taken.every((chunk) => !/[\uD800-\uDBFF]$/.test(chunk))).toBe(true);
  });

  it('sk-check --format json into a pipe read slowly: the whole report, exit as for a file', async () => {
    const run = spawn(process.execPath, ['bin/sk-check.js', '--format', 'json', smaller], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    let stderr = '';
    run.stderr.setEncoding('utf8').on('data', (text: string) => {
      stderr += text;
    });
    const code = new Promise<number | null>((resolve) => run.on('close', resolve));
    for await (const chunk of run.stdout) {
      chunks.push(chunk as Buffer);
      // A reader slower than sk-check: the pipe is full most of the time.
      if (chunks.length % 8 === 0) await sleep(5);
    }
    const piped = Buffer.concat(chunks).toString('utf8');
    const file = join(dir, 'report.json');
    const toFile = spawnSync(process.execPath, ['bin/sk-check.js', '--format', 'json', '-o', file, smaller]);
    expect({ code: await code, stderr }).toEqual({ code: toFile.status, stderr: '' });
    expect(piped).toBe(readFileSync(file, 'utf8'));
    expect(piped.length).toBeGreaterThan(16 * 64 * 1024);
    expect(JSON.parse(piped).documents[0].findings.length).toBeGreaterThanOrEqual(5_000);
  }, 120_000);
});
