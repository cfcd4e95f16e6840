import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const ESC = '\u001b';
const dir = mkdtempSync(join(tmpdir(), 'sk-names-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// A newline that would forge a summary line, and an escape that would turn the terminal red.
const hostile = `x\n1 document (1 ok, 0 errors)\n${ESC}[31mred${ESC}[0m.csv`;

describe('control characters in file names', () => {
  it('a missing file: stderr is one line, with no escape byte', async () => {
    const result = await runCli([join(dir, hostile)]);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain(ESC);
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(result.stderr).toMatch(/^sk-check: .*x\?1 document \(1 ok, 0 errors\)\?\?\[31mred\?\[0m\.csv: /);
  });

  it('a roster so named: the text report heading is one line, with no escape byte', async () => {
    const path = join(dir, hostile);
    copyFileSync('fixtures/rosters/sample-roster.csv', path);
    const result = await runCli([path]);
    expect(result.stdout).not.toContain(ESC);
    expect(result.stdout.split('\n')[0]).toContain('x?1 document (1 ok, 0 errors)??[31mred?[0m.csv');
    expect(result.stdout.match(/^1 document/gm)).toHaveLength(1);
  });

  it('an unreadable file so named: one stderr line, no escape byte', async () => {
    const path = join(dir, `${hostile}.pdf`);
    copyFileSync('fixtures/rosters/sample-roster.csv', path);
    const result = await runCli(['--quiet', path, join(dir, 'also\rmissing.csv')]);
    expect(result.stderr).not.toContain(ESC);
    expect(
      result.stderr
        .split('\n')
        .filter(Boolean)
        .every((line) => line.startsWith('sk-check: ')),
    ).toBe(true);
  });
});
