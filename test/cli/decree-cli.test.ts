import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const DIR = 'fixtures/decrees';
const SAMPLE = `${DIR}/sample-decree.pdf`;

describe('sk-check decree.pdf', () => {
  it('prints what a clerk needs: number, date, issuer, subject, signatory, claim, counts', async () => {
    const { code, stdout } = await runCli([SAMPLE]);
    expect(code).toBe(0);
    for (const line of [
      /SK number: 800\.1\.3\.3\/03-02\/BKD\/2026/,
      /Date: +2026-02-06/,
      /Issuer: +GUBERNUR KALIMANTAN SELATAN/,
      /Subject: +PENGANGKATAN DALAM JABATAN ADMINISTRATOR/,
      /Signed by: H\. MUHIDIN/,
      /Claim: +12 = 5 eselon III \+ 6 eselon IV \+ 1 fungsional/,
      /12 appointees: eselon III 5, eselon IV 6, fungsional 1/,
      /no findings/,
    ]) {
      expect(stdout).toMatch(line);
    }
  });

  it('lists each finding with its page and row, and exits 1', async () => {
    const { code, stdout } = await runCli([`${DIR}/decree-borderless.pdf`]);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /error +page 4 row 17 \([^)]+\): NIP \d{18} is also on page 3, row 3 \(nip-duplicate\)/,
    );
  });

  it('extract --format csv carries every appointee with its page', async () => {
    const { stdout } = await runCli(['extract', '--format', 'csv', `${DIR}/decree-large.pdf`]);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(301);
    expect(lines[0]).toMatch(/,unit,page,nip_raw$/);
  });

  it('--password opens an encrypted decree', async () => {
    const { code, stdout } = await runCli(['--password', 'rahasia', `${DIR}/decree-encrypted.pdf`]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/12 appointees/);
  });
});

describe('decrees that cannot be read', () => {
  it.each([
    ['decree-encrypted.pdf', /the PDF is encrypted: give its password with --password \(pdf-encrypted\)$/],
    ['decree-truncated.pdf', /not a readable PDF \(truncated or corrupt\).*\(file-unreadable\)$/],
    ['decree-scan.pdf', /the PDF has no text layer: it looks like a scanned decree.*\(pdf-no-text\)$/],
  ])('%s: one stderr line, exit 2, the rest of the batch still read', async (file, message) => {
    const result = await runCli(['--format', 'json', `${DIR}/${file}`, SAMPLE]);
    expect(result.code).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^sk-check: ${DIR}/${file}: ${message.source}`));
    const report = JSON.parse(result.stdout);
    expect(report.documents.map((doc: { status: string }) => doc.status)).toEqual(['unreadable', 'verified']);
  });

  it('the real binary keeps pdf.js quiet: stdout is only the JSON report', () => {
    const result = spawnSync(
      'node',
      [
        'bin/sk-check.js',
        '--format',
        'json',
        `${DIR}/decree-truncated.pdf`,
        `${DIR}/decree-scan.pdf`,
        SAMPLE,
      ],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
    expect(JSON.parse(result.stdout).summary).toMatchObject({ documents: 3, verified: 1, unreadable: 2 });
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(2);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
