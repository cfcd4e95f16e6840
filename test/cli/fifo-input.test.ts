import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The built binary (npm run build), in a process of its own: an open of a FIFO that waits for a
// writer would hang it, not this test's process, and the generous kill timeout then fails the test.
const ROSTER = 'fixtures/rosters/sample-roster.csv';
const FIFO_MESSAGE = 'a FIFO (named pipe), not a file; pipe it to standard input with -';
let dir = '';
let fifo = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sk-fifo-'));
  fifo = join(dir, 'roster.csv');
  execFileSync('mkfifo', [fifo]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function skCheck(args: readonly string[]) {
  const run = spawnSync(process.execPath, ['bin/sk-check.js', '--format', 'json', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr };
}

describe('a FIFO given as an input', () => {
  it('alone: unreadable, said so, exit 2 (never opened, so nothing waits for a writer)', () => {
    const run = skCheck(['--timeout', '5', fifo]);
    expect(run.signal).toBeNull();
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`sk-check: ${fifo}: ${FIFO_MESSAGE} (file-unreadable)\n`);
    const [doc] = JSON.parse(run.stdout).documents;
    expect(doc).toMatchObject({ status: 'unreadable', findings: [{ code: 'file-unreadable' }] });
  });

  it.each([
    ['before it', 'roster.csv', 'first'],
    ['after it', 'roster.csv', 'last'],
    ['named .pdf (read by a worker process)', 'decree.pdf', 'first'],
  ])('in a batch with a roster, %s: the roster is reported, exit 2', (_case, name, place) => {
    const path = join(dir, name);
    if (path !== fifo) execFileSync('mkfifo', [path]);
    const inputs = place === 'first' ? [path, ROSTER] : [ROSTER, path];
    const run = skCheck(inputs);
    expect(run.signal).toBeNull();
    expect(run.code).toBe(2);
    const docs = JSON.parse(run.stdout).documents as { source: string; status: string }[];
    expect(docs.map((doc) => [doc.source, doc.status])).toEqual(
      inputs.map((source) => [source, source === ROSTER ? 'verified' : 'unreadable']),
    );
  });
});
