import { fork } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// What Node does when the parent of a process is gone but the channel's end is not yet read: the
// write fails with EPIPE, given to the send's callback, or else emitted as the process's 'error'.
const BROKEN_CHANNEL = `
process.send = (message, handle, options, callback) => {
  const error = Object.assign(new Error('write EPIPE'), { code: 'EPIPE', syscall: 'write' });
  const done = [handle, options, callback].find((arg) => typeof arg === 'function');
  if (done) process.nextTick(done, error);
  else process.nextTick(() => process.emit('error', error));
  return false;
};
`;

describe('a worker whose parent is gone', () => {
  it('ends quietly when its answer cannot be sent: exit 0, no stack trace', async () => {
    const preload = join(mkdtempSync(join(tmpdir(), 'sk-check-worker-')), 'broken-channel.cjs');
    writeFileSync(preload, BROKEN_CHANNEL);
    const worker = fork('dist/batch/worker.js', [], {
      execArgv: ['--require', preload],
      serialization: 'advanced',
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    let output = '';
    worker.stdout?.on('data', (chunk) => (output += chunk));
    worker.stderr?.on('data', (chunk) => (output += chunk));
    worker.send({ source: 'fixtures/rosters/sample-roster.csv', options: {} });
    const code = await new Promise((done) => worker.on('close', done));
    expect(output).toBe('');
    expect(code).toBe(0);
  }, 30_000);
});
