import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const BATCH = [
  'fixtures/decrees/sample-decree.pdf',
  'fixtures/rosters/roster-faults.csv',
  'fixtures/decrees/decree-truncated.pdf',
  'fixtures/decrees/decree-chromium.pdf',
  'fixtures/decrees/decree-faults.pdf',
];

const scratch = () => mkdtempSync(join(tmpdir(), 'sk-check-merge-'));

async function shard(dir: string, name: string, files: string[], format = 'ndjson'): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, (await runCli(['--format', format, ...files])).stdout);
  return path;
}

describe('sk-check merge', () => {
  it('shards merged in order give the unsharded report, byte for byte, and its exit code', async () => {
    const dir = scratch();
    const a = await shard(dir, 'a.ndjson', BATCH.slice(0, 2));
    const b = await shard(dir, 'b.json', BATCH.slice(2), 'json');
    for (const format of ['ndjson', 'json', 'csv', 'text']) {
      const whole = await runCli(['--format', format, ...BATCH]);
      const merged = await runCli(['merge', '--format', format, a, b]);
      expect(merged.stdout).toBe(whole.stdout);
      expect(merged.code).toBe(whole.code);
    }
  }, 30_000);

  it('redoes the cross-document checks over the merged set', async () => {
    const dir = scratch();
    const line =
      (await runCli(['--format', 'ndjson', 'fixtures/decrees/sample-decree.pdf'])).stdout.split('\n')[0] ??
      '';
    const first = JSON.parse(line);
    // A later decree, in another shard, that appoints the sample decree's first appointee again.
    const later = {
      ...first,
      source: 'sk-2026-077.pdf',
      decree: { ...first.decree, number: '800.1.3.3/77/BKD/2026' },
      appointees: first.appointees.slice(0, 1),
      findings: [],
    };
    const stale = {
      ...first,
      findings: [{ code: 'nip-duplicate-across', severity: 'warning', message: 'stale' }],
    };
    const shardA = join(dir, 'a.ndjson');
    const shardB = join(dir, 'b.ndjson');
    writeFileSync(shardA, `${JSON.stringify(stale)}\n`);
    writeFileSync(shardB, `${JSON.stringify(later)}\n{"schemaVersion":1,"summary":{}}\n`);
    const result = await runCli(['merge', '--format', 'json', shardA, shardB]);
    const report = JSON.parse(result.stdout);
    expect(report.documents[0].findings).toEqual([]);
    const nip = first.appointees[0].nip;
    expect(report.documents[1].findings).toEqual([
      expect.objectContaining({
        code: 'nip-duplicate-across',
        message: `NIP ${nip} is also appointed in ${first.source} (page ${first.appointees[0].page}, row 1)`,
        sources: [first.source],
      }),
    ]);
    expect(report.summary).toMatchObject({ documents: 2, warnings: 1 });
  });

  it("does not take a shard's word for a status: findings and reasons decide it", async () => {
    const dir = scratch();
    const line =
      (await runCli(['--format', 'ndjson', 'fixtures/decrees/sample-decree.pdf'])).stdout.split('\n')[0] ??
      '';
    const first = JSON.parse(line);
    const forged = {
      ...first,
      status: 'verified',
      findings: [{ code: 'nip-invalid', severity: 'error', message: 'NIP 1: 1 digit', row: 1 }],
    };
    const doubted = { ...first, source: 'b.pdf', unverified: [{ reason: 'no-claim', message: 'x' }] };
    const shard = join(dir, 'a.ndjson');
    writeFileSync(shard, `${JSON.stringify(forged)}\n${JSON.stringify(doubted)}\n`);
    const result = await runCli(['merge', '--format', 'json', shard]);
    const report = JSON.parse(result.stdout);
    expect(report.documents.map((doc: { status: string }) => doc.status)).toEqual(['invalid', 'unverified']);
    expect(result.code).toBe(1);
  });

  it('a shard that is not a report: what it held before the bad line, then one unreadable document; exit 2', async () => {
    const dir = scratch();
    const good = await shard(dir, 'good.ndjson', ['fixtures/rosters/sample-roster.csv']);
    const bad = join(dir, 'bad.ndjson');
    writeFileSync(bad, `${readFileSync(good, 'utf8').split('\n')[0]}\n{"source": 3}\nnot json\n`);
    const result = await runCli(['merge', '--format', 'json', bad, join(dir, 'missing.ndjson'), good]);
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout);
    expect(report.documents.map((d: { source: string; status: string }) => [d.source, d.status])).toEqual([
      ['fixtures/rosters/sample-roster.csv', 'verified'],
      [bad, 'unreadable'],
      [join(dir, 'missing.ndjson'), 'unreadable'],
      ['fixtures/rosters/sample-roster.csv', 'verified'],
    ]);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^sk-check: ${bad}: not a shard report: line 2 is not an sk-check document \\(source: .*\\(file-unreadable\\)$`,
        ),
      ),
      `sk-check: ${join(dir, 'missing.ndjson')}: cannot read the shard: no such file (file-unreadable)`,
    ]);
  });
});

const hasParallel = spawnSync('sh', ['-c', 'command -v parallel']).status === 0;

describe('sharding with GNU parallel (the README example)', () => {
  it.skipIf(!hasParallel)(
    'two shards through parallel --sshlogin : then merge equal one run',
    async () => {
      const dir = scratch();
      // The README's command, with `:` (this machine) as the only host; remote hosts are listed the same way.
      const command = `printf '%s\\n' ${BATCH.join(' ')} | parallel --sshlogin : --workdir . -N 3 \
      'node bin/sk-check.js --format ndjson --jobs 1 {} > ${dir}/shard-$(printf %05d {#}).ndjson'`;
      spawnSync('sh', ['-c', command], { encoding: 'utf8' });
      const shards = readdirSync(dir).sort();
      expect(shards).toEqual(['shard-00001.ndjson', 'shard-00002.ndjson']);
      // The shards came from the binary; merging them and the run to compare with need no process.
      const merged = await runCli(['merge', '--format', 'ndjson', ...shards.map((s) => join(dir, s))]);
      const whole = await runCli(['--format', 'ndjson', ...BATCH]);
      expect(merged.stdout).toBe(whole.stdout);
      expect(merged.code).toBe(whole.code);
    },
    60_000,
  );
});
