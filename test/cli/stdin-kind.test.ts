import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const PRESS = readFileSync('fixtures/audit/sample-decree-press.txt');
const ROSTER = readFileSync('fixtures/rosters/sample-roster.csv');
const DECREE = readFileSync('fixtures/decrees/sample-decree.pdf');

const kindOf = async (args: string[], stdin: Buffer) => {
  const result = await runCli(['--format', 'json', ...args, '-'], { stdin });
  return JSON.parse(result.stdout).documents[0] as { kind: string; decree: { number: string | null } | null };
};

describe('--kind says what standard input holds', () => {
  it('a press text piped in with --kind press is read as a press text', async () => {
    const doc = await kindOf(['--kind', 'press'], PRESS);
    expect(doc.kind).toBe('text');
    expect(doc.decree?.number).toBeTruthy();
    const file = JSON.parse(
      (await runCli(['--format', 'json', 'fixtures/audit/sample-decree-press.txt'])).stdout,
    );
    expect(doc.decree?.number).toBe(file.documents[0].decree.number);
  });

  it('roster and decree', async () => {
    expect((await kindOf(['--kind', 'roster'], ROSTER)).kind).toBe('csv');
    expect((await kindOf(['--kind', 'decree'], DECREE)).kind).toBe('pdf');
  });

  it('an unknown kind, or --kind without -, is refused with exit 2', async () => {
    const unknown = await runCli(['--kind', 'memo', '-'], { stdin: PRESS });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--kind.*memo/);
    const withoutStdin = await runCli(['--kind', 'press', 'fixtures/audit/sample-decree-press.txt']);
    expect(withoutStdin.code).toBe(2);
    expect(withoutStdin.stderr).toBe(
      'sk-check: --kind says what standard input (-) holds: give - as an input\n',
    );
  });
});
