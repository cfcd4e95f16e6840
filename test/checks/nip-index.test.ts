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
