import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The built binary with exactly this locale: nothing inherited from the machine running the tests. */
function run(args: string[], locale: Record<string, string>) {
  const env: Record<string, string | undefined> = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: '' };
  const result = spawnSync('node', ['bin/sk-check.js', ...args], {
    encoding: 'utf8',
    env: { ...env, ...locale, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ID = { LANG: 'id_ID.UTF-8' };
const FAULTS = 'fixtures/decrees/decree-faults.pdf';
const ROSTER = 'fixtures/rosters/sample-roster.csv';

describe('sk-check in the locale of an Indonesian clerk', () => {
  it('reports, sums up and complains in Indonesian under LANG=id_ID.UTF-8', () => {
    const result = run([FAULTS, 'tidak-ada.csv'], ID);
    expect(result.code).toBe(2);
    // The findings of a decree come from a worker process: their messages cross back with their data.
    expect(result.stdout).toContain('fixtures/decrees/decree-faults.pdf  SK (PDF)  TIDAK SESUAI');
    expect(result.stdout).not.toMatch(/\bSAH\b/);
    expect(result.stdout).toContain('  Tanggal:        2 Maret 2026');
    expect(result.stdout).toContain('SK menyebut 16 orang, lampiran memuat 15 orang (count-mismatch)');
    expect(result.stdout).toContain(
      'peringatan hlm. 3 baris 8 (HENDRA SAPUTRA): NO melompat dari 7 ke 9 (seharusnya 8) (row-sequence-gap)',
    );
    expect(result.stdout).toContain(
      '2 dokumen (0 sesuai, 1 tidak sesuai, 0 belum terverifikasi, 0 bukan SK, 1 tidak terbaca) · 15 orang · 4 kesalahan, 1 peringatan',
    );
    expect(result.stdout).not.toMatch(/appointee|INVALID|the decree says/);
    expect(result.stderr).toBe('sk-check: tidak-ada.csv: berkas tidak ada (file-unreadable)\n');
  });

  it('says what a refused file is, and what to do, in Indonesian', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-lang-'));
    const empty = join(dir, 'kosong.csv');
    const doc = join(dir, 'surat.doc');
    writeFileSync(empty, '');
    // An OLE compound file whose directory names a Word stream: a Word 97-2003 document.
    const ole = Buffer.alloc(1024);
    Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(ole);
    Buffer.from('WordDocument', 'utf16le').copy(ole, 512);
    writeFileSync(doc, ole);
    const result = run([empty, doc], ID);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `${empty}: berkas kosong: tidak ada yang dapat diperiksa (file-unsupported)`,
    );
    expect(result.stderr).toContain(
      `${doc}: dokumen Word 97-2003 (.doc): simpan sebagai DOCX atau PDF (file-unsupported)`,
    );
  });

  it('gives its help and its usage errors in Indonesian', () => {
    const help = run(['--help'], ID);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Cara pakai: sk-check');
    expect(help.stdout).toContain('periksa masukan dan cetak hasilnya');
    expect(help.stdout).toContain('Opsi check, perintah bawaan:');
    expect(help.stdout).toMatch(
      /--fail-on <severity> +apa yang menggagalkan pemeriksaan.*bawaan: "unverified"/,
    );
    const usage = run(['--format', 'xml', ROSTER], ID);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^sk-check: nilai 'xml' untuk opsi '-f, --format <format>' tidak dikenal/);
  });

  it('speaks English with --lang en whatever the locale', () => {
    const result = run(['--lang', 'en', FAULTS], ID);
    expect(result.stdout).toContain('decree-faults.pdf  decree PDF  ERRORS FOUND');
    expect(result.stdout).toContain('the decree says 16 appointees, the lampiran lists 15 (count-mismatch)');
    expect(result.stdout).not.toMatch(/orang|kesalahan/);
  });

  it('writes JSON with the same bytes under LANG=id_ID and LANG=C when --lang is not given', () => {
    const id = run(['--format', 'json', FAULTS], ID);
    const c = run(['--format', 'json', FAULTS], { LANG: 'C' });
    expect(id.stdout.length).toBeGreaterThan(1000);
    expect(id.stdout).toBe(c.stdout);
    expect(id.stdout).toContain('"message": "the decree says 16 appointees, the lampiran lists 15"');
  });

  it('writes Indonesian messages into JSON only when --lang id is given, codes and fields unchanged', () => {
    const json = JSON.parse(run(['--format', 'json', '--lang', 'id', FAULTS], { LANG: 'C' }).stdout);
    const messages = json.documents[0].findings.map((f: { code: string; message: string }) => [
      f.code,
      f.message,
    ]);
    expect(messages).toContainEqual(['count-mismatch', 'SK menyebut 16 orang, lampiran memuat 15 orang']);
    expect(Object.keys(json.documents[0].findings[0])).toEqual(['code', 'severity', 'message', 'page']);
  });
});
