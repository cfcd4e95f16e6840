import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';

const DIR = 'fixtures/decrees';
const SAMPLE = `${DIR}/sample-decree.pdf`;
const BORDERLESS = `${DIR}/decree-borderless.pdf`;

let temp = '';
beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'sk-check-debug-table-'));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

describe('sk-check debug-table', () => {
  it('writes one SVG per attachment page of a ruled decree, into a folder it creates', async () => {
    const out = join(temp, 'ruled', 'pictures');
    const { code, stdout, stderr } = await runCli(['debug-table', SAMPLE, '-o', out]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        `wrote ${join(out, 'sample-decree-page-3.svg')} (7 rows, 0 continuations)`,
        `wrote ${join(out, 'sample-decree-page-4.svg')} (5 rows, 0 continuations)`,
        '',
      ].join('\n'),
    );
    const svg = readFileSync(join(out, 'sample-decree-page-3.svg'), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('>row 1<');
    expect(svg).toContain('data-from="rules"');
    expect(svg).toContain('>nameNip<');
    expect(readdirSync(out).sort()).toEqual(['sample-decree-page-3.svg', 'sample-decree-page-4.svg']);
  });

  it('a borderless decree: columns from aligned cell starts, every page drawn', async () => {
    const out = join(temp, 'borderless');
    const { code, stdout } = await runCli(['debug-table', '--output', out, BORDERLESS]);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n')).toHaveLength(3);
    for (const page of [3, 4, 5])
      expect(existsSync(join(out, `decree-borderless-page-${page}.svg`))).toBe(true);
    const svg = readFileSync(join(out, 'decree-borderless-page-3.svg'), 'utf8');
    expect(svg).toContain('>row 1<');
    expect(svg).toContain('data-from="aligned"');
  });

  it('--page N draws that page only', async () => {
    const out = join(temp, 'one');
    const { code, stdout } = await runCli(['debug-table', BORDERLESS, '--page', '4', '-o', out]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^wrote \S+decree-borderless-page-4\.svg \(11 rows, 0 continuations\)\n$/);
    expect(readdirSync(out)).toEqual(['decree-borderless-page-4.svg']);
    expect(readFileSync(join(out, 'decree-borderless-page-4.svg'), 'utf8')).toContain('>row 11<');
  });

  it('a page outside the attachment is a usage error naming the attachment pages; nothing is written', async () => {
    const out = join(temp, 'none');
    const { code, stdout, stderr } = await runCli(['debug-table', BORDERLESS, '--page', '1', '-o', out]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `sk-check: ${BORDERLESS}: page 1 is not an attachment page; the attachment is on pages 3-5\n`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('--page takes a page number', async () => {
    const { code, stderr } = await runCli(['debug-table', SAMPLE, '--page', 'two']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^sk-check: option '--page <n>' argument 'two' is invalid\. give a page number/);
  });

  it('an encrypted decree needs --password; an unreadable input is the usual one-line error', async () => {
    const out = join(temp, 'encrypted');
    const locked = await runCli(['debug-table', `${DIR}/decree-encrypted.pdf`, '-o', out]);
    expect(locked.code).toBe(2);
    expect(locked.stderr).toBe(
      `sk-check: ${DIR}/decree-encrypted.pdf: the PDF is encrypted: give its password with --password (pdf-encrypted)\n`,
    );
    const opened = await runCli([
      'debug-table',
      `${DIR}/decree-encrypted.pdf`,
      '--password',
      'rahasia',
      '-o',
      out,
    ]);
    expect(opened.code).toBe(0);
    expect(opened.stdout).toMatch(/^wrote /);
    const missing = await runCli(['debug-table', `${DIR}/no-such.pdf`, '-o', out]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`sk-check: ${DIR}/no-such.pdf: no such file (file-unreadable)\n`);
  });

  it('never writes over the input, even through a link in the output folder', async () => {
    const input = join(temp, 'copy.pdf');
    await copyFile(SAMPLE, input);
    const out = join(temp, 'linked');
    await mkdir(out);
    await symlink(input, join(out, 'copy-page-3.svg'));
    const { code, stdout, stderr } = await runCli(['debug-table', input, '-o', out]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `sk-check: ${join(out, 'copy-page-3.svg')}: refusing to write the picture over the input file\n`,
    );
    expect(readFileSync(input)).toEqual(readFileSync(SAMPLE));
  });

  it('a roster is not a decree: nothing to draw', async () => {
    const { code, stderr } = await runCli(['debug-table', 'fixtures/rosters/sample-roster.csv', '-o', temp]);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^sk-check: fixtures\/rosters\/sample-roster\.csv: .*PDF decree only \(file-unsupported\)\n$/,
    );
  });
});
