import { describe, expect, it } from 'vitest';
import {
  findDates,
  isRealDate,
  monthFromName,
  parseIndonesianDate,
  romanMonth,
} from '../../src/domain/date.js';

describe('monthFromName', () => {
  it.each([
    ['Januari', 1],
    ['januari', 1],
    ['JANUARI', 1],
    ['Jan', 1],
    ['Jan.', 1],
    ['Februari', 2],
    ['Pebruari', 2],
    ['PEBRUARI', 2],
    ['Feb', 2],
    ['Maret', 3],
    ['Mar', 3],
    ['April', 4],
    ['Apr', 4],
    ['Mei', 5],
    ['Juni', 6],
    ['Jun', 6],
    ['Juli', 7],
    ['Jul', 7],
    ['Agustus', 8],
    ['Agu', 8],
    ['Agt', 8],
    ['Ags', 8],
    ['Agt.', 8],
    ['September', 9],
    ['Sep', 9],
    ['Sept', 9],
    ['Oktober', 10],
    ['Okt', 10],
    ['November', 11],
    ['Nopember', 11],
    ['Nov', 11],
    ['Nop', 11],
    ['Desember', 12],
    ['Des', 12],
    ['  Des.  ', 12],
    ['February', 2],
    ['May', 5],
    ['August', 8],
    ['October', 10],
    ['December', 12],
  ])('%s -> %i', (word, month) => {
    expect(monthFromName(word)).toBe(month);
  });

  it.each([
    '',
    'Maretan',
    'Ja',
    'Desembe',
    'orang',
    'Senin',
    '12',
    'toString',
    'constructor',
    '__proto__',
    'Feb..',
  ])('%j is not a month', (word) => {
    expect(monthFromName(word)).toBeNull();
  });
});

describe('romanMonth', () => {
  it.each([
    ['I', 1],
    ['II', 2],
    ['III', 3],
    ['IV', 4],
    ['V', 5],
    ['VI', 6],
    ['VII', 7],
    ['VIII', 8],
    ['IX', 9],
    ['X', 10],
    ['XI', 11],
    ['XII', 12],
    [' XII ', 12],
    ['xii', 12],
  ])('%j -> %i', (text, month) => {
    expect(romanMonth(text)).toBe(month);
  });

  it.each(['', 'IIII', 'VV', 'IIX', 'XIII', 'XIV', 'VI.01', '12', 'L', 'M', 'I I'])('%j -> null', (text) => {
    expect(romanMonth(text)).toBeNull();
  });
});

describe('isRealDate', () => {
  it.each([
    [2026, 2, 6],
    [2024, 2, 29],
    [2000, 2, 29],
    [1970, 5, 12],
    [2025, 12, 31],
    [2025, 4, 30],
    [1, 1, 1],
  ])('%i-%i-%i is real', (y, m, d) => {
    expect(isRealDate(y, m, d)).toBe(true);
  });

  it.each([
    [1987, 2, 30],
    [2026, 2, 29],
    [1900, 2, 29],
    [2025, 4, 31],
    [2025, 13, 1],
    [2025, 0, 1],
    [2025, 1, 0],
    [2025, 1, 32],
    [0, 1, 1],
    [10000, 1, 1],
    [2025, 1.5, 1],
    [2025, 1, Number.NaN],
    [Number.POSITIVE_INFINITY, 1, 1],
  ])('%d-%d-%d is not real', (y, m, d) => {
    expect(isRealDate(y, m, d)).toBe(false);
  });
});

describe('parseIndonesianDate', () => {
  it.each([
    ['6 Februari 2026', '2026-02-06'],
    ['06 Februari 2026', '2026-02-06'],
    ['6 Pebruari 2026', '2026-02-06'],
    ['6 FEBRUARI 2026', '2026-02-06'],
    ['6 februari 2026', '2026-02-06'],
    ['6 Feb. 2026', '2026-02-06'],
    ['6 Feb 2026', '2026-02-06'],
    ['6-Feb-2026', '2026-02-06'],
    ['Jumat (6/2/2026)', '2026-02-06'],
    ['Jumat, 6 Februari 2026', '2026-02-06'],
    ["Jum'at, 6 Februari 2026", '2026-02-06'],
    ['Jum’at, 6 Februari 2026', '2026-02-06'],
    ["JUM'AT, 6 FEBRUARI 2026", '2026-02-06'],
    ['Senin, 2 Maret 2026', '2026-03-02'],
    ['Senin 2 Maret 2026', '2026-03-02'],
    ['6/2/2026', '2026-02-06'],
    ['06/02/2026', '2026-02-06'],
    ['06-02-2026', '2026-02-06'],
    ['06.02.2026', '2026-02-06'],
    ['2026-02-06', '2026-02-06'],
    ['tertanggal 20 Oktober 2025', '2025-10-20'],
    ['Tanggal : 20 Oktober 2025', '2025-10-20'],
    ['pada tanggal 6 Februari 2026', '2026-02-06'],
    ['  6 Februari 2026.  ', '2026-02-06'],
    ['6\nFebruari\n2026', '2026-02-06'],
    ['17 Agustus 1945', '1945-08-17'],
    ['1 Nopember 2025', '2025-11-01'],
    ['29 Februari 2024', '2024-02-29'],
    ['31 Des 2025', '2025-12-31'],
    ['6 February 2026', '2026-02-06'],
  ])('%j -> %s', (text, iso) => {
    expect(parseIndonesianDate(text)).toBe(iso);
  });

  it.each([
    '',
    '30 Februari 2026',
    '29 Februari 2025',
    '31 April 2025',
    '32 Januari 2026',
    '6/13/2026',
    '2/30/2026',
    '6 Foo 2026',
    'Februari 2026',
    '6 Februari',
    '6/2/26',
    '6/2-2026',
    '6 Februari 2026 dan 7 Februari 2026',
    'Ditetapkan di Banjarmasin 6 Februari 2026',
    '6 Februari 2026 pukul 10.00',
    '2026-02-30',
    '12345678',
  ])('%j -> null', (text) => {
    expect(parseIndonesianDate(text)).toBeNull();
  });
});

describe('findDates', () => {
  it('finds every date in order with offsets, day-of-week prefix included', () => {
    const text =
      'Rapat pada hari Jumat (6/2/2026) menetapkan SK tertanggal 20 Oktober 2025; pelantikan Senin, 2 Maret 2026 dan 2026-03-09.';
    const found = findDates(text);
    expect(found.map((date) => [date.iso, date.text])).toEqual([
      ['2026-02-06', 'Jumat (6/2/2026)'],
      ['2025-10-20', '20 Oktober 2025'],
      ['2026-03-02', 'Senin, 2 Maret 2026'],
      ['2026-03-09', '2026-03-09'],
    ]);
    for (const date of found) expect(text.slice(date.start, date.end)).toBe(date.text);
  });

  it('skips impossible dates but keeps the real ones around them', () => {
    expect(findDates('30 Februari 2026, 1 Maret 2026').map((date) => date.iso)).toEqual(['2026-03-01']);
  });

  it.each([
    ['an SK number', 'Nomor 800/12/10/2025'],
    ['an SK number with a dashed sequence', '800.1.3.3/03-02/BKD/2026'],
    ['a NIP', 'NIP. 19700512 199503 1 002'],
    ['a NIP without spaces', '197005121995031002'],
    ['a count and a year', 'sebanyak 292 orang pada 2026'],
    ['a section of a law', 'Undang-Undang Nomor 5 Tahun 2014'],
    ['a longer number', '106/02/20261'],
  ])('finds nothing in %s', (_label, text) => {
    expect(findDates(text)).toEqual([]);
  });

  it('leaves an unclosed parenthesis outside the match', () => {
    expect(findDates('Jumat (6/2/2026 pagi').map((date) => date.text)).toEqual(['6/2/2026']);
  });

  it('includes the weekday only when it directly precedes the date', () => {
    expect(findDates('Senin kemarin, 2 Maret 2026').map((date) => date.text)).toEqual(['2 Maret 2026']);
  });

  it('includes "tanggal" between weekday and date', () => {
    expect(findDates('hari Kamis tanggal 5 Februari 2026').map((date) => date.text)).toEqual([
      'Kamis tanggal 5 Februari 2026',
    ]);
  });
});

describe('robustness', () => {
  it('never throws and only returns real dates on generated strings', () => {
    const alphabet = [
      '6',
      '2',
      '0',
      '3',
      '1',
      '/',
      '-',
      '.',
      ' ',
      'Feb',
      'Jumat',
      '(',
      ')',
      ',',
      'x',
      "'",
      '\n',
    ];
    let seed = 7;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const length = next() % 16;
      for (let i = 0; i < length; i++) text += alphabet[next() % alphabet.length];
      for (const date of findDates(text)) {
        const [y, m, d] = date.iso.split('-').map(Number);
        expect(isRealDate(y ?? 0, m ?? 0, d ?? 0), JSON.stringify(text)).toBe(true);
        expect(text.slice(date.start, date.end)).toBe(date.text);
      }
      expect(() => parseIndonesianDate(text)).not.toThrow();
    }
  });
});
