import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const DECREE = 'fixtures/decrees/decree-encrypted.pdf';
const { password } = JSON.parse(readFileSync('fixtures/decrees/decree-encrypted.truth.json', 'utf8')) as {
  password: string;
};
const dir = mkdtempSync(join(tmpdir(), 'sk-password-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function passwordFile(text: string): string {
  const path = join(dir, `password-${text.length}-${text.endsWith('\r\n') ? 'crlf' : 'lf'}.txt`);
  writeFileSync(path, text, { mode: 0o600 });
  return path;
}

describe('the password of an encrypted PDF, off the command line', () => {
  it.each([
    ['a line ending LF', `${password}\n`],
    ['a line ending CRLF', `${password}\r\n`],
    ['no line break, then nothing', password],
    ['the first of two lines', `${password}\nsomething else\n`],
  ])('--password-file: %s', async (_case, text) => {
    const result = await runCli([DECREE, '--password-file', passwordFile(text)]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/12 appointees/);
  });

  it('SK_CHECK_PASSWORD in the environment', async () => {
    const result = await runCli([DECREE], { env: { SK_CHECK_PASSWORD: password } });
    expect(result).toMatchObject({ code: 0, stderr: '' });
  });

  it('--password and --password-file win over the environment', async () => {
    const env = { SK_CHECK_PASSWORD: 'wrong' };
    expect((await runCli([DECREE, '--password', password], { env })).code).toBe(0);
    expect((await runCli([DECREE, '--password-file', passwordFile(`${password}\n`)], { env })).code).toBe(0);
  });

  it('without any: the decree is unreadable, pdf-encrypted', async () => {
    const result = await runCli([DECREE], { env: {} });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\(pdf-encrypted\)\n$/);
  });

  it('a password file that cannot be read, or both flags: one line, exit 2', async () => {
    const missing = await runCli([DECREE, '--password-file', join(dir, 'none.txt')]);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toMatch(
      /^sk-check: --password-file .*none\.txt: cannot read the password \(ENOENT\)\n$/,
    );
    const both = await runCli([DECREE, '--password', 'x', '--password-file', passwordFile('y\n')]);
    expect(both).toEqual({
      code: 2,
      stdout: '',
      stderr: 'sk-check: give --password or --password-file, not both\n',
    });
  });

  it('debug-table takes --password-file and SK_CHECK_PASSWORD too', async () => {
    const out = join(dir, 'svg');
    const result = await runCli(['debug-table', DECREE, '-o', out], { env: { SK_CHECK_PASSWORD: password } });
    expect(result).toMatchObject({ code: 0, stderr: '' });
  });

  it('the help names --password-file in both languages', async () => {
    expect((await runCli(['check', '--help'])).stdout).toMatch(
      /--password-file <file>\s+read the PDF password/,
    );
    expect((await runCli(['check', '--help', '--lang', 'id'])).stdout).toMatch(
      /--password-file <file>\s+baca kata sandi PDF/,
    );
  });
});
