import { describe, expect, it } from 'vitest';
import { matchNumberWords, numberToWords, readAmount, wordsToNumber } from '../../src/domain/number-words.js';

const TRICKY: [number, string][] = [
  [0, 'nol'],
  [1, 'satu'],
  [10, 'sepuluh'],
  [11, 'sebelas'],
  [12, 'dua belas'],
  [19, 'sembilan belas'],
  [20, 'dua puluh'],
  [21, 'dua puluh satu'],
  [100, 'seratus'],
  [101, 'seratus satu'],
  [110, 'seratus sepuluh'],
  [111, 'seratus sebelas'],
  [200, 'dua ratus'],
  [292, 'dua ratus sembilan puluh dua'],
  [1000, 'seribu'],
  [1001, 'seribu satu'],
  [1100, 'seribu seratus'],
  [1250, 'seribu dua ratus lima puluh'],
  [2000, 'dua ribu'],
  [10_000, 'sepuluh ribu'],
  [11_000, 'sebelas ribu'],
  [100_000, 'seratus ribu'],
  [101_000, 'seratus satu ribu'],
  [1_000_000, 'satu juta'],
  [1_001_000, 'satu juta seribu'],
  [2_000_000, 'dua juta'],
  [2_000_000_000, 'dua miliar'],
  [1_000_000_000_000, 'satu triliun'],
  [
    999_999_999_999,
    'sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta ' +
      'sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan',
  ],
];

describe('numberToWords', () => {
  it.each(TRICKY)('%d -> %j', (n, words) => {
    expect(numberToWords(n)).toBe(words);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 1e15, 2 ** 53])('%d -> empty', (n) => {
    expect(numberToWords(n)).toBe('');
  });

  it('reaches 999 triliun', () => {
    expect(
      numberToWords(999_999_999_999_999).startsWith('sembilan ratus sembilan puluh sembilan triliun'),
    ).toBe(true);
  });
});

describe('wordsToNumber', () => {
  it.each(TRICKY)('%d <- %j', (n, words) => {
    expect(wordsToNumber(words)).toBe(n);
  });

  it('round-trips 0..2000', () => {
    for (let n = 0; n <= 2000; n++) expect(wordsToNumber(numberToWords(n))).toBe(n);
  });

  it.each([
    2_001, 10_101, 99_999, 123_456, 999_999, 1_000_001, 12_345_678, 100_100_100, 987_654_321, 1_000_000_001,
    20_000_000_011, 999_999_999_999, 1_000_000_000_000, 123_456_789_012_345, 999_999_999_999_999,
  ])('round-trips %d', (n) => {
    expect(wordsToNumber(numberToWords(n))).toBe(n);
  });

  it('round-trips a spread of large numbers', () => {
    for (let n = 7; n < 1e12; n = n * 13 + 7) expect(wordsToNumber(numberToWords(n))).toBe(n);
  });

  it.each([
    ['Dua Ratus Sembilan Puluh Dua', 292],
    ['DUA RATUS SEMBILAN PULUH DUA', 292],
    ['  dua   ratus\nsembilan  puluh dua ', 292],
    ['dua-ratus sembilan-puluh dua', 292],
    ['se-ratus', 100],
    ['se ribu', 1000],
    ['sejuta', 1_000_000],
    ['satu juta', 1_000_000],
    ['satu ribu', 1000],
    ['satu ratus', 100],
    ['dua milyar', 2_000_000_000],
    ['dua miliar', 2_000_000_000],
    ['semiliar', 1_000_000_000],
    ['setriliun', 1_000_000_000_000],
    ['sepuluh ribu', 10_000],
    ['(tujuh)', 7],
    ['dua ratus sembilan puluh dua).', 292],
  ])('%j -> %d', (text, n) => {
    expect(wordsToNumber(text)).toBe(n);
  });

  it.each([
    '',
    '   ',
    'ratus',
    'juta',
    'ratus dua ratus',
    'dua ratus tiga ratus',
    'dua ribu juta',
    'seribu juta',
    'dua juta tiga juta',
    'sembilan puluh sembilan puluh',
    'dua puluh belas',
    'dua ratus puluh',
    'satu satu',
    'nol nol',
    'satu nol',
    'puluhan',
    'ratusan',
    'belasan',
    'ribuan',
    'satuan',
    'seratusan',
    'se',
    'sekitar dua ratus',
    'dua ratus orang',
    '292',
    'dua ratus 92',
  ])('%j -> null', (text) => {
    expect(wordsToNumber(text)).toBeNull();
  });
});

describe('matchNumberWords', () => {
  it.each([
    ['tujuh pejabat fungsional', 0, { value: 7, start: 0, end: 5, text: 'tujuh' }],
    ['sebanyak tujuh pejabat', 0, { value: 7, start: 9, end: 14, text: 'tujuh' }],
    [
      'Mengangkat dua ratus sembilan puluh dua orang',
      0,
      { value: 292, start: 11, end: 39, text: 'dua ratus sembilan puluh dua' },
    ],
    ['empat pejabat administrator dan lima pengawas', 1, { value: 5, start: 32, end: 36, text: 'lima' }],
    ['satuan kerja dan seratusan orang, tiga dinas', 0, { value: 3, start: 34, end: 38, text: 'tiga' }],
    [
      'se-Kalimantan Selatan sebanyak se-ratus orang',
      0,
      { value: 100, start: 31, end: 39, text: 'se-ratus' },
    ],
    ['ratus dua orang', 0, { value: 2, start: 6, end: 9, text: 'dua' }],
    ['satu dua tiga', 0, { value: 1, start: 0, end: 4, text: 'satu' }],
    [
      'Dua Ratus\nSembilan Puluh Dua (292)',
      0,
      { value: 292, start: 0, end: 28, text: 'Dua Ratus\nSembilan Puluh Dua' },
    ],
    ['sejuta rupiah', 0, { value: 1_000_000, start: 0, end: 6, text: 'sejuta' }],
  ])('%j from %d', (text, from, match) => {
    expect(matchNumberWords(text, from)).toEqual(match);
  });

  it.each([
    ['puluhan pejabat', 0],
    ['ratusan orang', 0],
    ['tidak ada angka', 0],
    ['tujuh pejabat', 3],
    ['dua2 orang', 0],
    ['', 0],
    ['tujuh', 99],
  ])('%j from %d -> null', (text, from) => {
    expect(matchNumberWords(text, from)).toBeNull();
  });

  it('continues from an offset to find the next number', () => {
    const text = 'tiga eselon III dan empat eselon IV';
    const first = matchNumberWords(text);
    expect(first?.value).toBe(3);
    expect(matchNumberWords(text, first?.end)?.value).toBe(4);
  });
});

describe('readAmount', () => {
  it.each([
    [
      '292 (dua ratus sembilan puluh dua) orang',
      { digits: 292, words: 292, wordsText: 'dua ratus sembilan puluh dua' },
    ],
    ['100 (seratus sepuluh)', { digits: 100, words: 110, wordsText: 'seratus sepuluh' }],
    [
      '1.250 (seribu dua ratus lima puluh)',
      { digits: 1250, words: 1250, wordsText: 'seribu dua ratus lima puluh' },
    ],
    ['1.000.000 (satu juta)', { digits: 1_000_000, words: 1_000_000, wordsText: 'satu juta' }],
    ['7(tujuh)', { digits: 7, words: 7, wordsText: 'tujuh' }],
    ['  85 ( delapan puluh lima ) orang', { digits: 85, words: 85, wordsText: 'delapan puluh lima' }],
    ['200 (dua ratus orang', { digits: 200, words: null, wordsText: 'dua ratus orang' }],
    ['200 (puluhan)', { digits: 200, words: null, wordsText: 'puluhan' }],
    ['292 orang', { digits: 292, words: null, wordsText: null }],
    ['292.', { digits: 292, words: null, wordsText: null }],
  ])('%j', (text, amount) => {
    expect(readAmount(text)).toEqual(amount);
  });

  it.each(['dua ratus (200)', '(292)', '', 'orang 292', '1.25 (satu)', '1,5 (satu)', '12.34 orang'])(
    '%j -> null',
    (text) => {
      expect(readAmount(text)).toBeNull();
    },
  );
});
