import { describe, expect, it } from 'vitest';
import { NipIndex } from '../../src/checks/nip-index.js';

describe('NipIndex', () => {
  it('answers the first place of every NIP seen again, through many growths', () => {
    const index = new NipIndex();
    const nip = (i: number) =>
      `19${String(700101 + (i % 9999)).padStart(6, '0')}${String(199001 + i).padStart(10, '0')}`;
    for (let i = 0; i < 50_000; i++) expect(index.firstOrRemember(nip(i), { row: i + 1 })).toBeUndefined();
    for (let i = 0; i < 50_000; i += 997)
      expect(index.firstOrRemember(nip(i), { row: 99 })).toEqual({ row: i + 1 });
  });

  it('keeps NIPs that differ in one half apart, and keeps pages', () => {
    const index = new NipIndex();
    index.firstOrRemember('197005121995031002', { row: 1, page: 3 });
    expect(index.firstOrRemember('197005121995031003', { row: 2 })).toBeUndefined();
    expect(index.firstOrRemember('197005131995031002', { row: 3 })).toBeUndefined();
    expect(index.firstOrRemember('197005121995031002', { row: 4 })).toEqual({ row: 1, page: 3 });
    expect(index.firstOrRemember('000000000000000000', { row: 5 })).toBeUndefined();
    expect(index.firstOrRemember('000000000000000000', { row: 6 })).toEqual({ row: 5 });
  });

  it('old 9-digit NIPs and other lengths too', () => {
    const index = new NipIndex();
    expect(index.firstOrRemember('010203040', { row: 1 })).toBeUndefined();
    expect(index.firstOrRemember('010203040', { row: 2 })).toEqual({ row: 1 });
    expect(index.firstOrRemember('6371051205700002', { row: 3, page: 2 })).toBeUndefined();
    expect(index.firstOrRemember('6371051205700002', { row: 4 })).toEqual({ row: 3, page: 2 });
  });
});

describe('NipIndex memory', () => {
  it('18-digit NIPs take at most 33 bytes each as a million come in (the set nip-duplicate keeps)', () => {
    const index = new NipIndex();
    const perNip: number[] = [];
    let n = 0;
    for (const size of [300_000, 600_000, 1_000_000]) {
      // Birth date and serial walk as in a real roster; only the halves are stored either way.
      for (; n < size; n++)
        index.firstOrRememberHalves(197001010 + (n % 9999), 199001000 + n, { row: n + 1 });
      // The byte length of every typed array it holds (measured against the process's array
      // buffers after a full collection when written: 23.3 against 24.5 at a million).
      perNip.push(index.bytes / size);
    }
    expect(index.size).toBe(1_000_000);
    expect(index.firstOrRemember('197001017199001007', { row: 0 })).toEqual({ row: 8 });
    // Slots holding halves, row and page, at most half full, took 48.9, 48.9 and 29.4 bytes a NIP.
    for (const bytes of perNip) expect(bytes).toBeLessThanOrEqual(33);
  });
});
