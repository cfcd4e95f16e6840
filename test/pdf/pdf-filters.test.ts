import { describe, expect, it } from 'vitest';
import { SkError } from '../../src/errors.js';
import { ascii85Capped, asciiHexDecoded, lzwCapped, runLengthCapped } from '../../src/pdf/pdf-filters.js';
import { refuseBombs } from '../../src/pdf/pdf-guard.js';

const text = (decoded: unknown) => (Buffer.isBuffer(decoded) ? decoded.toString('latin1') : decoded);

describe('PDF filters decoded with a cap', () => {
  it('LZW: the example of PDF 32000-1, 7.4.4.2', () => {
    expect(text(lzwCapped(Buffer.from('800B6050220C0C8501', 'hex'), 1000))).toBe('-----A---B');
  });

  it('LZW: past the cap is too-large, not decoded to its end', () => {
    expect(lzwCapped(Buffer.from('800B6050220C0C8501', 'hex'), 9)).toBe('too-large');
    expect(lzwCapped(Buffer.from('800B6050220C0C8501', 'hex'), 10)).toBeInstanceOf(Buffer);
  });

  it('LZW: a first code past the table is not LZW', () => {
    expect(lzwCapped(Buffer.from([0xff, 0xff, 0xff]), 1000)).toBeNull();
  });

  it('RunLength: literal runs and repeats, 128 ends', () => {
    expect(text(runLengthCapped(Buffer.from([2, 65, 66, 67, 254, 68, 128, 0, 69]), 100))).toBe('ABCDDD');
    expect(runLengthCapped(Buffer.from([129, 0, 129, 0]), 200)).toBe('too-large');
  });

  it('ASCII85 and ASCIIHex', () => {
    expect(text(ascii85Capped(Buffer.from('87cURD]i,"Ebo80~>'), 100))).toBe('Hello World!');
    expect(ascii85Capped(Buffer.from('zzzz~>'), 15)).toBe('too-large');
    expect(text(asciiHexDecoded(Buffer.from('48 656c6c6f>')))).toBe('Hello');
    expect(asciiHexDecoded(Buffer.from('4x>'))).toBeNull();
  });

  it('the guard decodes a RunLength chain with the cap, unless the streams are encrypted (noise)', () => {
    const stream = (trailer: string) =>
      Buffer.concat([
        Buffer.from('1 0 obj\n<< /Filter [/RunLengthDecode] >>\nstream\n', 'latin1'),
        Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 2 ? 0 : 129))),
        Buffer.from(`\nendstream\nendobj\ntrailer\n<< ${trailer} >>\n`, 'latin1'),
      ]);
    expect(() => refuseBombs(stream('/Size 2'), 1000)).toThrow(SkError);
    expect(() => refuseBombs(stream('/Size 2'), 100 * 128 + 64)).not.toThrow();
    expect(() => refuseBombs(stream('/Size 2 /Encrypt 3 0 R'), 1000)).not.toThrow();
  });
});
