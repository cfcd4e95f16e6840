import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates, monthFromName, parseIndonesianDate, romanMonth } from '../../src/domain/date.js';
import { inferLevelFromPosition, levelFromText, parseEchelon } from '../../src/domain/echelon.js';
import { parseGrade, parseRank, parseRankGrade } from '../../src/domain/grade.js';
import { nameKey, parseName } from '../../src/domain/name.js';
import { cleanNip, formatNip, isRealDate, parseNip } from '../../src/domain/nip.js';
import { matchNumberWords, numberToWords, readAmount, wordsToNumber } from '../../src/domain/number-words.js';
import {
  findSkNumber,
  normalizeSkNumber,
  parseSkNumber,
  stripNumberLabel,
} from '../../src/domain/sk-number.js';

// Fixed seed: a CI failure is the same failure on a laptop. FC_SEED and FC_RUNS explore further by hand.
const SEED = Number(process.env.FC_SEED ?? 20260206);
const RUNS = Number(process.env.FC_RUNS ?? 300);
const settings = { seed: SEED, numRuns: RUNS };

/** Pieces real cells are made of, so random strings hit the parsers' interesting paths. */
const PIECES = [
  'NIP.',
  'NIP :',
  'NI PPPK',
  'Nomor :',
  'NOMOR',
  'No.',
  '800.1.3.3',
  '821.2',
  '/',
  ' / ',
  'BKPSDM',
  'Kep.411',
  'Tahun',
  '2025',
  'XII',
  'VI.01',
  '-',
  '\u2013',
  '\u2014',
  '19700512',
  '199503',
  '1',
  '002',
  '000',
  '1,97005E+17',
  'III/a',
  'IV.c',
  'IIIa',
  'Penata',
  'Tk. I',
  'Tingkat I',
  'Pembina Utama',
  '(',
  ')',
  ',',
  '.',
  ':',
  ';',
  'Eselon',
  'eselon 3a',
  'Es. III.a',
  'Kepala Dinas',
  'Ahli Muda',
  'Hj.',
  'Dra.',
  'H.',
  'dr.',
  'S.H.',
  'M.Si.',
  'Prof.',
  'Dr.',
  'La Ode',
  'Andi',
  'dua',
  'ratus',
  'sembilan',
  'puluh',
  'belas',
  'se',
  'seribu',
  'juta',
  'milyar',
  'triliun',
  'nol',
  'sebelas',
  'Februari',
  'Pebruari',
  'Nop',
  'Jum\u2019at',
  '6',
  '30',
  '/2/',
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u200b',
  '\uFFFD',
  '\u0000',
  '\uD800',
  'é',
  'İ',
  '٣',
];
const domainText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 }), fc.nat(99999).map(String)), {
    maxLength: 24,
  })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(domainText, fc.string({ maxLength: 200, unit: 'binary' }));

const PARSERS: Record<string, (text: string) => unknown> = {
  parseNip,
  cleanNip,
  formatNip,
  parseGrade,
  parseRank,
  parseRankGrade,
  parseEchelon,
  levelFromText,
  inferLevelFromPosition,
  parseName,
  nameKey,
  findDates,
  parseIndonesianDate,
  monthFromName,
  romanMonth,
  wordsToNumber,
  matchNumberWords,
  readAmount,
  parseSkNumber,
  findSkNumber,
  normalizeSkNumber,
  stripNumberLabel,
};

describe('no input makes a domain parser throw', () => {
  it.each(Object.entries(PARSERS))('%s', (_, parse) => {
    fc.assert(
      fc.property(anyText, (text) => {
        parse(text);
      }),
      settings,
    );
  });
});

describe('number words', () => {
  it('read back as the number they spell, up to 10^12', () => {
    fc.assert(
      fc.property(fc.oneof(fc.nat(1000), fc.integer({ min: 0, max: 1e12 })), (n) => {
        expect(wordsToNumber(numberToWords(n))).toBe(n);
      }),
      settings,
    );
  });

  it('are found in prose, digits and words agreeing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), (n) => {
        const words = numberToWords(n);
        expect(matchNumberWords(`sebanyak ${words} orang`)).toMatchObject({ value: n, text: words });
        expect(readAmount(`${n} (${words}) orang`)).toEqual({ digits: n, words: n, wordsText: words });
      }),
      settings,
    );
  });
});

const realDate = fc
  .record({
    y: fc.integer({ min: 1900, max: 2099 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ y, m, d }) => isRealDate(y, m, d));
const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('NIP', () => {
  it('encoding the fields and decoding the printed NIP round-trip', () => {
    fc.assert(
      fc.property(
        realDate,
        fc.integer({ min: 1900, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('1', '2'),
        fc.integer({ min: 1, max: 999 }).filter((n) => n % 1000 !== 0 && !String(n).endsWith('000')),
        (birth, tmtYear, tmtMonth, sex, serial) => {
          const birthDate = `${birth.y}-${pad(birth.m, 2)}-${pad(birth.d, 2)}`;
          const digits = `${birthDate.replace(/-/g, '')}${tmtYear}${pad(tmtMonth, 2)}${sex}${pad(serial, 3)}`;
          const printed = formatNip(digits);
          expect(printed.split(' ').map((part) => part.length)).toEqual([8, 6, 1, 3]);
          expect(cleanNip(`NIP. ${printed}`)).toBe(digits);
          const parsed = parseNip(`NIP. ${printed}`);
          expect(parsed.digits).toBe(digits);
          expect(parsed.kind).toBe('pns');
          expect(parsed.decoded).toEqual({
            kind: 'pns',
            birthDate,
            tmt: `${tmtYear}-${pad(tmtMonth, 2)}`,
            sex: sex === '1' ? 'M' : 'F',
            serial: pad(serial, 3),
          });
        },
      ),
      settings,
    );
  });

  it('formatNip leaves anything but 18 digits as it is, and cleaning undoes it', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,30}$/), (digits) => {
        expect(cleanNip(formatNip(digits))).toBe(digits);
      }),
      settings,
    );
  });
});

describe('SK numbers', () => {
  it('normalization is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = normalizeSkNumber(text);
        expect(normalizeSkNumber(once)).toBe(once);
      }),
      settings,
    );
  });

  it('parsing the normalized form gives the same parts', () => {
    fc.assert(
      fc.property(domainText, (text) => {
        expect(parseSkNumber(normalizeSkNumber(text))).toEqual({
          ...parseSkNumber(text),
          raw: normalizeSkNumber(text),
        });
      }),
      settings,
    );
  });
});
