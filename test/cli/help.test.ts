import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('help a new user finds', () => {
  it('the top-level --help lists the default command options and each command with an example', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const option of ['--format', '--output', '--fail-on', '--jobs', '--ocr', '--timeout'])
      expect(stdout).toContain(option);
    for (const command of ['check', 'extract', 'merge', 'audit', 'rules', 'debug-table', 'schema'])
      expect(stdout).toMatch(new RegExp(`^ {2}${command}\\b.*  sk-check .*$`, 'm'));
  });

  it('extract has no --fail-on: its findings never change the exit code', async () => {
    const help = await runCli(['extract', '--help']);
    expect(help.stdout).not.toContain('--fail-on');
    const result = await runCli(['extract', '--fail-on', 'error', 'fixtures/rosters/roster-faults.csv']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("sk-check: unknown option '--fail-on'\n");
  });

  it('rules with a misspelt code suggests the code meant', async () => {
    const result = await runCli(['rules', 'nip-mangle']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "sk-check: unknown finding code 'nip-mangle' (did you mean nip-mangled? sk-check rules lists them)\n",
    );
  });
});
