import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) => spawnSync('node', ['bin/sk-check.js', ...args], { encoding: 'utf8' });

describe('the installed binary (compiled JS)', () => {
  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(run('--version')).toMatchObject({ status: 0, stdout: `${version}\n` });
  });

  it('checks the bundled samples with no colour when piped', () => {
    const result = run('fixtures/rosters/sample-roster.csv', 'fixtures/decrees/sample-decree.pdf');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /2 documents \(2 verified, 0 with errors, 0 unverified, 0 not a decree, 0 unreadable\)/,
    );
    expect(result.stdout).not.toContain('\u001b[');
    expect(result.stderr).toBe('');
  });

  it('a usage error is one line on stderr and exit 2', () => {
    const result = run('--no-such-flag', 'x.csv');
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("sk-check: unknown option '--no-such-flag'\n");
  });
});
