import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeShards } from '../src/cli/merge.js';
import type { Document } from '../src/model.js';
import { runCli } from './cli/run-cli.js';

describe('mergeShards: a line past maxShardLine', () => {
  it('makes that shard limit-exceeded and still merges the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-check-merge-long-'));
    const good = join(dir, 'good.ndjson');
    writeFileSync(good, (await runCli(['--format', 'ndjson', 'fixtures/rosters/sample-roster.csv'])).stdout);
    const long = join(dir, 'long.ndjson');
    // 2 MB on one line against a 1 MB limit: the same path as a 600 MB line against 256 MB.
    writeFileSync(long, `{"source":"${'x'.repeat(2 * 1024 * 1024)}"}\n`);
    const pretty = join(dir, 'pretty.json');
    writeFileSync(pretty, `{\n${'  "pad": 0,\n'.repeat(100_000)}"documents": []\n}\n`);
    const docs: Document[] = [];
    await mergeShards([long, good, pretty, good], {
      onDocument: (doc) => {
        docs.push(doc);
      },
      limits: { maxShardLine: 1024 * 1024 },
    });
    expect(docs.map((doc) => [doc.source, doc.status, doc.findings[0]?.code])).toEqual([
      [long, 'unreadable', 'limit-exceeded'],
      ['fixtures/rosters/sample-roster.csv', 'verified', undefined],
      [pretty, 'unreadable', 'limit-exceeded'],
      ['fixtures/rosters/sample-roster.csv', 'verified', undefined],
    ]);
    expect(docs[0]?.findings[0]?.message).toBe('shard too long: line 1 is longer than 1 MB');
    expect(docs[2]?.findings[0]?.message).toBe('shard too long: the JSON report is longer than 1 MB');
  });

  it('reads CRLF lines and a last line without a newline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-check-merge-crlf-'));
    const lines = (await runCli(['--format', 'ndjson', 'fixtures/rosters/sample-roster.csv'])).stdout
      .trimEnd()
      .split('\n');
    const shard = join(dir, 'crlf.ndjson');
    writeFileSync(shard, lines.join('\r\n'));
    const docs: Document[] = [];
    await mergeShards([shard], { onDocument: (doc) => void docs.push(doc) });
    expect(docs.map((doc) => doc.status)).toEqual(['verified']);
  });
});
