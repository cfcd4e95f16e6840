import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordStartAfter } from '../../src/sources/csv-split.js';

const dir = mkdtempSync(join(tmpdir(), 'sk-check-csv-split-'));
let files = 0;
function file(text: string): string {
  const path = join(dir, `${files++}.csv`);
  writeFileSync(path, text);
  return path;
}

describe('recordStartAfter', () => {
  it('gives the start of the first record at or after the target', async () => {
    const text = 'a;b\n1;2\n3;4\n';
    const path = file(text);
    expect(await recordStartAfter(path, 1, ';', 0)).toBe(text.indexOf('1;2'));
    expect(await recordStartAfter(path, text.indexOf('1;2'), ';', 0)).toBe(text.indexOf('1;2'));
    expect(await recordStartAfter(path, text.indexOf('1;2') + 1, ';', 0)).toBe(text.indexOf('3;4'));
    expect(await recordStartAfter(path, text.length - 1, ';', 0)).toBe(text.length);
  });

  it('steps over line breaks inside a quoted cell, with "" escapes, after plain lines', async () => {
    const quoted = '9;"Abdul ""Dul""\nKarim\nS.H.";x\n';
    const text = `a;b\n1;2\n3;4\n${quoted}5;6\n`;
    const path = file(text);
    const inside = text.indexOf('Karim');
    expect(await recordStartAfter(path, inside, ';', 0)).toBe(text.indexOf('5;6'));
  });

  it('takes a quote inside an unquoted cell as text, not as an opening', async () => {
    const text = 'a;b\n1;x "y\n2;3\n';
    const path = file(text);
    expect(await recordStartAfter(path, text.indexOf('x "y') + 1, ';', 0)).toBe(text.indexOf('2;3'));
  });

  it('follows quoting across the reader’s 1 MB chunks', async () => {
    // 960 KB of plain lines, then a 200 KB quoted cell across the first chunk's end (1 MB).
    const plain = '1;2\n'.repeat(240_000);
    const quoted = `9;"${'z'.repeat(100)}\n${'z'.repeat(200_000)}\nend";x\n`;
    const text = `${plain}${quoted}5;6\n`;
    const path = file(text);
    expect(await recordStartAfter(path, plain.length + 50_000, ';', 0)).toBe(text.indexOf('5;6'));
    expect(await recordStartAfter(path, 1 << 20, ';', 0)).toBe(text.indexOf('5;6'));
    expect(await recordStartAfter(path, 4_001, ';', 0)).toBe(4_004);
  });

  it('is null when no record starts after the target', async () => {
    const path = file('a;b\n"open\nnever closed');
    expect(await recordStartAfter(path, 6, ';', 0)).toBeNull();
  });
});
