import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/batch/batch.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'sk-check-encoding-'));

/** The Windows-1252 fixture with `from` replaced by raw bytes in each row it appears in. */
function win1252With(from: string, bytes: number[]): string {
  const path = join(scratch(), 'roster.csv');
  const text = readFileSync('fixtures/rosters/roster-win1252.csv').toString('latin1');
  writeFileSync(path, Buffer.from(text.replaceAll(from, Buffer.from(bytes).toString('latin1')), 'latin1'));
  return path;
}

describe('a file that is not UTF-8 is read as Windows-1252, and said when it is not that either', () => {
  it('plausible Windows-1252 (a curly apostrophe, an é): read so, no warning', async () => {
    const doc = (await run([win1252With('Fatimah', [0x46, 0xe9, 0x74, 0x69, 0x6d, 0x61, 0x68])]))
      .documents[0];
    expect(doc?.appointees[0]?.name).toBe('Cut Nyak Fétimah');
    expect(doc?.appointees[3]?.name).toBe('Andi Muh. Ma’ruf');
    expect(doc?.findings.map((f) => f.code)).toEqual(['row-malformed']);
  });

  it('bytes Windows-1252 leaves undefined, or control bytes: encoding-invalid naming the rows', async () => {
    // 0x81 0x8D: a GBK-like pair; 0x01: a control byte no roster holds.
    const path = win1252With('Fatimah', [0x46, 0x81, 0x8d, 0x01, 0x61, 0x68]);
    const doc = (await run([path])).documents[0];
    expect(doc?.appointees[0]?.name).toBe('Cut Nyak F\uFFFD\uFFFD\uFFFDah');
    expect(doc?.findings.find((f) => f.code === 'encoding-invalid')).toMatchObject({
      row: 1,
      message:
        '1 row(s) hold bytes that are neither utf-8 nor windows-1252 text, shown as \uFFFD; save the file as CSV UTF-8, or give its --encoding',
    });
  });

  it('a press text likewise', async () => {
    const path = join(scratch(), 'siaran.txt');
    const text =
      'Gubernur melantik 12 pejabat administrator berdasarkan SK Nomor 800.1.3.3/03-02/BKD/2026.\n';
    const bad = Buffer.from([0x90, 0x9d, 0x0a]);
    writeFileSync(path, Buffer.concat([bad, Buffer.from(text, 'latin1')]));
    const doc = (await run([path])).documents[0];
    expect(doc?.findings.find((f) => f.code === 'encoding-invalid')?.message).toBe(
      'the text holds bytes that are neither utf-8 nor windows-1252 text, shown as \uFFFD',
    );
  });
});
