import { describe, expect, it } from 'vitest';
import {
  fillsBlanks,
  findSkNumber,
  fitsSkNumber,
  hasBlankSegment,
  normalizeSkNumber,
  parseSkNumber,
  type SkNumber,
  stripNumberLabel,
} from '../../src/domain/sk-number.js';

type Parts = Pick<SkNumber, 'code' | 'sequence' | 'tags' | 'month' | 'monthRoman' | 'year' | 'oddities'>;

function parts(parsed: SkNumber): Parts {
  const { code, sequence, tags, month, monthRoman, year, oddities } = parsed;
  return { code, sequence, tags, month, monthRoman, year, oddities };
}

const clean = { month: null, monthRoman: false, oddities: [] };

describe('parseSkNumber: the real examples', () => {
  it.each<[string, Parts]>([
    [
      '821/0842/KPTS/BKPSDM/2025',
      { ...clean, code: '821', sequence: '0842', tags: ['KPTS', 'BKPSDM'], year: 2025 },
    ],
    [
      '800.1.3.3/Kep.411/BKPSDM/10/2025',
      { ...clean, code: '800.1.3.3', sequence: 'Kep.411', tags: ['BKPSDM'], month: 10, year: 2025 },
    ],
    [
      '821.2/Kep.97-BKD/XII/2007',
      { ...clean, code: '821.2', sequence: 'Kep.97-BKD', tags: [], month: 12, monthRoman: true, year: 2007 },
    ],
    ['821.2/197 Tahun 2020', { ...clean, code: '821.2', sequence: '197', tags: [], year: 2020 }],
    [
      '800/ 193 /P3I/BKPSDM/2025',
      { ...clean, code: '800', sequence: '193', tags: ['P3I', 'BKPSDM'], year: 2025 },
    ],
    [
      '188.45/49/Kpts/433.013/2023',
      { ...clean, code: '188.45', sequence: '49', tags: ['Kpts', '433.013'], year: 2023 },
    ],
    [
      '460 / 218 / 438.5.12 / 2026',
      { ...clean, code: '460', sequence: '218', tags: ['438.5.12'], year: 2026 },
    ],
    [
      '800.1.3.3/03-02/BKD/2026',
      { ...clean, code: '800.1.3.3', sequence: '03-02', tags: ['BKD'], year: 2026 },
    ],
    [
      '800.1.3.3/03–02/BKD/2026',
      { ...clean, code: '800.1.3.3', sequence: '03-02', tags: ['BKD'], year: 2026 },
    ],
    [
      '188.45/Kpts.901/BKPSDM.3/VI.01/2024',
      { ...clean, code: '188.45', sequence: 'Kpts.901', tags: ['BKPSDM.3', 'VI.01'], year: 2024 },
    ],
    [
      '821.23/416-012/HK/III/2019',
      { ...clean, code: '821.23', sequence: '416-012', tags: ['HK'], month: 3, monthRoman: true, year: 2019 },
    ],
  ])('%s', (raw, expected) => {
    expect(parts(parseSkNumber(raw))).toEqual(expected);
  });
});

describe('parseSkNumber: broken numbers are flagged, not refused', () => {
  it.each<[string, Partial<Parts>]>([
    [
      '188.45/ /HK/2024',
      { code: '188.45', sequence: null, tags: ['HK'], year: 2024, oddities: ['blank sequence'] },
    ],
    ['188.45//HK/2024', { sequence: null, tags: ['HK'], oddities: ['blank sequence'] }],
    [
      '800.1.3.3 03-02 BKD 2026',
      {
        code: '800.1.3.3',
        sequence: '03-02',
        year: 2026,
        oddities: ['no slash', 'space inside a segment (missing slash?)'],
      },
    ],
    [
      '821/0842/KPTS/BKPSDM 2025',
      { tags: ['KPTS', 'BKPSDM'], year: 2025, oddities: ['space inside a segment (missing slash?)'] },
    ],
    ['821/0842/KPTS/BKPSDM', { sequence: '0842', year: null, oddities: ['no year'] }],
    [
      '821/0842/KPTS/BKPSDM/20255',
      {
        year: null,
        tags: ['KPTS', 'BKPSDM', '20255'],
        oddities: ['five-digit year (stray digit?)', 'no year'],
      },
    ],
    ['821/0842/KPTS/BKPSDM/2025/1', { year: 2025, month: null, tags: ['KPTS', 'BKPSDM', '1'] }],
    ['821/0842/KPTS/BKPSDM/2025*', { oddities: ['stray character', 'no year'] }],
    ['8821/0842/BKD/2025', { code: null, sequence: '8821', tags: ['0842', 'BKD'], year: 2025 }],
    ['/0842/BKD/2025', { code: null, sequence: '0842', tags: ['BKD'], oddities: ['no classification code'] }],
    ['821/0842//BKD/2025', { sequence: '0842', tags: ['BKD'], oddities: ['empty segment'] }],
    ['800/2025', { code: '800', sequence: null, year: 2025, oddities: ['no sequence'] }],
    ['800.1.3.3', { code: '800.1.3.3', sequence: null, oddities: ['no slash', 'no year', 'no sequence'] }],
    ['800/1999/BKD', { sequence: '1999', year: null, tags: ['BKD'] }],
    ['800/12/BKD/II/XII/2025', { month: 12, tags: ['BKD', 'II'], oddities: ['several month-like segments'] }],
    ['821.2/197 Tahun 2020/2021', { year: 2021, oddities: ['two different years'] }],
    ['821/0842/BKD/1900', { year: null, tags: ['BKD', '1900'] }],
    ['', { code: null, sequence: null, year: null, tags: [], oddities: ['empty'] }],
    ['Nomor :', { oddities: ['empty'] }],
  ])('%j', (raw, expected) => {
    expect(parts(parseSkNumber(raw))).toMatchObject(expected);
  });

  it('flags a year placed before other segments', () => {
    expect(parseSkNumber('821/0842/2025/BKD').oddities).toContain('segments after the year');
  });

  it('flags a missing classification code', () => {
    expect(parseSkNumber('Kep.411/BKPSDM/2025')).toMatchObject({
      code: null,
      sequence: 'Kep.411',
      tags: ['BKPSDM'],
      year: 2025,
      oddities: ['no classification code'],
    });
  });

  it('keeps raw, normalized and segments', () => {
    expect(parseSkNumber('  Nomor : 800 / 193 /P3I/BKPSDM/2025  ')).toMatchObject({
      raw: 'Nomor : 800 / 193 /P3I/BKPSDM/2025',
      normalized: '800/193/P3I/BKPSDM/2025',
      segments: ['800', '193', 'P3I', 'BKPSDM', '2025'],
    });
  });

  it('reads a month only when it stands alone', () => {
    expect(parseSkNumber('800/12/BKD/VI.01/2025')).toMatchObject({ sequence: '12', month: null });
    expect(parseSkNumber('800/12/BKD/5/2025')).toMatchObject({ month: 5, monthRoman: false });
    expect(parseSkNumber('800/12/BKD/05/2025')).toMatchObject({ month: 5, monthRoman: false });
    expect(parseSkNumber('800/12/BKD/13/2025')).toMatchObject({ month: null, tags: ['BKD', '13'] });
    expect(parseSkNumber('800/XII/BKD/2025')).toMatchObject({ sequence: 'XII', month: null });
    expect(parseSkNumber('800/5/BKD/IIII/2025')).toMatchObject({ month: null, tags: ['BKD', 'IIII'] });
  });
});

describe('parseSkNumber: classification codes', () => {
  it.each([
    ['800/1/BKD/2025', 'new', 'personnel'],
    ['800.1.3.3/1/BKD/2025', 'new', 'appointment/dismissal in structural or functional posts'],
    ['800.1.3.2/1/BKD/2025', 'new', 'promotion'],
    ['800.1.2.5/1/BKD/2025', 'new', 'ASN appointment'],
    ['800.1.3.9/1/BKD/2025', 'new', 'personnel'],
    ['100.3.3.1/1/2025', 'new', 'decree of governor'],
    ['100.3.3.2/1/2025', 'new', 'decree of regent'],
    ['100.3.3.3/1/2025', 'new', 'decree of mayor'],
    ['100.3.3.9/1/2025', 'new', null],
    ['821/1/BKD/2025', 'old', 'appointment'],
    ['821.2/1/BKD/2025', 'old', 'appointment to/release from a post'],
    ['821.22/1/BKD/2025', 'old', 'appointment to/release from a post, by level'],
    ['821.24/1/BKD/2025', 'old', 'appointment to/release from a post, by level'],
    ['824/1/BKD/2025', 'old', 'transfer'],
    ['188.44/1/2025', 'old', 'decree of governor'],
    ['188.45/1/2025', 'old', 'decree of regent/mayor'],
    ['460/218/438.5.12/2026', 'old', null],
  ])('%s -> %s %j', (raw, scheme, meaning) => {
    const parsed = parseSkNumber(raw);
    expect([parsed.codeScheme, parsed.codeMeaning]).toEqual([scheme, meaning]);
  });

  it('has no scheme without a code', () => {
    expect(parseSkNumber('BKD/2025')).toMatchObject({ code: null, codeScheme: null, codeMeaning: null });
  });
});

describe('stripNumberLabel', () => {
  it.each([
    ['Nomor : 821/0842/KPTS/BKPSDM/2025', '821/0842/KPTS/BKPSDM/2025'],
    ['Nomor: 821/0842', '821/0842'],
    ['Nomor. 821/0842', '821/0842'],
    ['NOMOR 800.1.3.3/03-02/BKD/2026', '800.1.3.3/03-02/BKD/2026'],
    ['No. 800/193', '800/193'],
    ['No.800/193', '800/193'],
    ['  Nomor   :   800/193 ', '800/193'],
    ['Nomor\u00a0:\u00a0800/193', '800/193'],
    ['NOMOR :\n800/193', '800/193'],
    ['nomor 800/193', '800/193'],
    ['Nomor : No. 800/193', '800/193'],
    ['800/193', '800/193'],
    ['Nov/2025', 'Nov/2025'],
    ['Nomer 800/193', '800/193'],
  ])('%j -> %j', (text, stripped) => {
    expect(stripNumberLabel(text)).toBe(stripped);
  });
});

describe('normalizeSkNumber', () => {
  it.each([
    ['800/ 193 /P3I/BKPSDM/2025', '800/193/P3I/BKPSDM/2025'],
    ['460 / 218 / 438.5.12 / 2026', '460/218/438.5.12/2026'],
    ['800.1.3.3/03–02/BKD/2026', '800.1.3.3/03-02/BKD/2026'],
    ['800.1.3.3/03—02/BKD/2026', '800.1.3.3/03-02/BKD/2026'],
    ['Nomor : 821/0842/KPTS/BKPSDM/2025', '821/0842/KPTS/BKPSDM/2025'],
    ['821.2/197  Tahun   2020', '821.2/197 Tahun 2020'],
    ['821.2/197\nTahun 2020', '821.2/197 Tahun 2020'],
    ['188.45/ /HK/2024', '188.45//HK/2024'],
    ['821/0842/KPTS/BKPSDM/2025,', '821/0842/KPTS/BKPSDM/2025'],
    ['821/0842/KPTS/BKPSDM/2025.', '821/0842/KPTS/BKPSDM/2025'],
    ['', ''],
  ])('%j -> %j', (raw, normalized) => {
    expect(normalizeSkNumber(raw)).toBe(normalized);
  });

  const examples = [
    '821/0842/KPTS/BKPSDM/2025',
    '800.1.3.3/Kep.411/BKPSDM/10/2025',
    '821.2/Kep.97-BKD/XII/2007',
    '821.2/197 Tahun 2020',
    '800/ 193 /P3I/BKPSDM/2025',
    '188.45/49/Kpts/433.013/2023',
    '460 / 218 / 438.5.12 / 2026',
    '188.45/ /HK/2024',
    'Nomor : No. 800 / 1 .',
    'No . : , ',
    ' / / ',
    'Nomor Nomor',
    'no\u2013 5 / x ;',
    'Nomor, ',
    'No ; No.:',
  ];
  it.each(examples)('is idempotent on %j', (raw) => {
    const once = normalizeSkNumber(raw);
    expect(normalizeSkNumber(once)).toBe(once);
  });

  it('is idempotent and never throws on generated strings', () => {
    const alphabet = [
      'N',
      'o',
      'm',
      'r',
      ' ',
      '  ',
      '/',
      '.',
      ':',
      ',',
      ';',
      '-',
      '–',
      '—',
      '\n',
      '8',
      '2',
      'X',
      'I',
    ];
    let seed = 42;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let n = 0; n < 3000; n++) {
      let raw = n % 3 === 0 ? 'Nomor' : '';
      const length = next() % 14;
      for (let i = 0; i < length; i++) raw += alphabet[next() % alphabet.length];
      const once = normalizeSkNumber(raw);
      expect(normalizeSkNumber(once), JSON.stringify(raw)).toBe(once);
      expect(() => parseSkNumber(raw)).not.toThrow();
      expect(parseSkNumber(once).normalized).toBe(once);
    }
  });
});

describe('findSkNumber', () => {
  it.each([
    [
      'KEPUTUSAN GUBERNUR KALIMANTAN SELATAN\nNOMOR 800.1.3.3/03-02/BKD/2026\nTENTANG',
      '800.1.3.3/03-02/BKD/2026',
    ],
    ['NOMOR 800.1.3.3/03-02/BKD/2026 TENTANG PENGANGKATAN', '800.1.3.3/03-02/BKD/2026'],
    ['Nomor : 821/0842/KPTS/BKPSDM/2025 tertanggal 3 Maret 2025', '821/0842/KPTS/BKPSDM/2025'],
    ['SK Gubernur Kalsel Nomor 800.1.3.3/03–02/BKD/2026, yang dibacakan', '800.1.3.3/03–02/BKD/2026'],
    ['Keputusan Bupati Nomor 821.2/197 Tahun 2020 tentang Pengangkatan', '821.2/197 Tahun 2020'],
    ['Nomor 800/ 193 /P3I/BKPSDM/2025 tanggal 2 Januari 2025', '800/ 193 /P3I/BKPSDM/2025'],
    ['NOMOR : 460 / 218 / 438.5.12 / 2026', '460 / 218 / 438.5.12 / 2026'],
    ['Nomor 188.45/49/Kpts/433.013/2023; dan', '188.45/49/Kpts/433.013/2023'],
    ['No. 800.1.3.3/Kep.411/BKPSDM/10/2025.', '800.1.3.3/Kep.411/BKPSDM/10/2025'],
    ['(Nomor 821.2/Kep.97-BKD/XII/2007)', '821.2/Kep.97-BKD/XII/2007'],
    ['NOMOR :\n188.45/ /HK/2024\nTANGGAL : 6 Februari 2026', '188.45/ /HK/2024'],
    [
      'Undang-Undang Nomor 5 Tahun 2014 tentang ASN; SK Nomor 821/0842/KPTS/BKPSDM/2025',
      '821/0842/KPTS/BKPSDM/2025',
    ],
    ['Nomor 821/0842/KPTS/BKPSDM/2025 dan Nomor 824/1/BKD/2025', '821/0842/KPTS/BKPSDM/2025'],
  ])('%j -> %j', (text, raw) => {
    const found = findSkNumber(text);
    expect(found?.raw).toBe(raw);
    expect(found && text.slice(found.start, found.end)).toBe(raw);
  });

  it.each([
    ['no label', 'SK 821/0842/KPTS/BKPSDM/2025'],
    ['a law without a slash', 'Undang-Undang Nomor 5 Tahun 2014'],
    ['a label without a number', 'Nomor :'],
    ['a label inside a word', 'Penomoran 821/0842'],
    ['empty text', ''],
  ])('null for %s', (_label, text) => {
    expect(findSkNumber(text)).toBeNull();
  });
});

// What an attendance recap's header looks like after its `Nomor`, once its lines are joined.
const RECAP_TEXT =
  '12 Martapura 70614, Telepon (0511) 4721234 REKAPITULASI KEHADIRAN PEGAWAI BULAN JANUARI 2026 ' +
  'Unit Kerja : Sekretariat Dinas Kesehatan Jumlah hari kerja : 20 hari NO NAMA NIP GOL. HADIR SAKIT ' +
  'IZIN CUTI TK DL KET 1 NI MADE AYU LESTARI, S.Pd. 19790325 200201 2 030 III/c 17 - 2 - - 1 2 ' +
  'YULIANA SARI, S.STP. 19690620 199810 2 005 III/c 20 - - - - -';

describe('fitsSkNumber: the SK-number grammar', () => {
  it.each([
    '821/0842/KPTS/BKPSDM/2025',
    '800.1.3.3/Kep.411/BKPSDM/10/2025',
    '821.2/Kep.97-BKD/XII/2007',
    '821.2/197 Tahun 2020',
    '800/ 193 /P3I/BKPSDM/2025',
    '188.45/49/Kpts/433.013/2023',
    '460 / 218 / 438.5.12 / 2026',
    '188.45/2081 /BKPP/2016',
    '800.1.3.3/03–02/BKD/2026',
    '188.45/Kpts.901/BKPSDM.3/VI.01/2024',
    '188.45/ /HK/2024',
    '188.45//HK/2024',
    '188.45 49 Kpts 2023',
    '800.1.3.3 03-02 BKD 2026',
    '821.2 197 Tahun 2020',
    '821/0842/KPTS/BKPSDM 2025',
    '821/0842/KPTS/BKPSDM',
    '821/0842/KPTS/BKPSDM/2025*',
    '8821/0842/BKD/2025',
    '/0842/BKD/2025',
    'Kep.411/BKPSDM/2025',
    'Nomor : 800/193/P3I/BKPSDM/2025',
  ])('takes %j', (raw) => {
    expect(fitsSkNumber(raw)).toBe(true);
  });

  it.each([
    ['300 characters of an attendance recap', RECAP_TEXT],
    ['an address', '12 Martapura 70614, Telepon (0511) 4721234'],
    ['a street number', '45 Rantau'],
    ['a phone number', '0812-5123-4567'],
    ['a phone number with spaces', '0511 4721234'],
    ['a phone number with a slash', '0511/4721234'],
    ['a phone number in brackets', '(0511) 4721234'],
    ['a counted list', '1 2 3'],
    ['a regulation', '5 Tahun 2014'],
    ['a regulation with a code-like number', '100 Tahun 2000'],
    ['a house number', '12/A'],
    ['a date', '01/02/2026'],
    ['a code and words', '800 orang pegawai pada 2020'],
    ['a code without anything else', '800.1.3.3'],
    ['no digit', 'KPTS/BKPSDM'],
    ['empty', ''],
    ['a label alone', 'Nomor :'],
    ['too many segments', '1/2/3/4/5/6/7/8/9/10/11/2025'],
  ])('does not take %s', (_name, raw) => {
    expect(fitsSkNumber(raw)).toBe(false);
  });
});

describe('a sequence left blank for the registry', () => {
  const BLANKS = [
    '188.45/  /BKPP/2016',
    '800/…/BKD/2026',
    '800/.../BKD/2026',
    '821/XXX/BKPSDM/2025',
    '821/___/BKD/2025',
    '821/ - /BKD/2025',
  ];

  it.each(BLANKS)('%j fits the grammar, its sequence blank', (raw) => {
    expect(fitsSkNumber(raw)).toBe(true);
    const parsed = parseSkNumber(raw);
    expect([parsed.sequence, parsed.oddities.includes('blank sequence'), hasBlankSegment(parsed)]).toEqual([
      null,
      true,
      true,
    ]);
  });

  it.each(BLANKS)('%j is found after its label, as printed', (raw) => {
    expect(findSkNumber(`NOMOR : ${raw}`)?.raw).toBe(raw);
  });

  it.each([
    '821.2/Kep.97-BKD/XII/2007',
    '800.1.3.3/03-02/BKD/2026',
    '821.23/416-012/HK/III/2019',
    '188.45/Kpts.901/BKPSDM.3/VI.01/2024',
    '821/XX/BKD/2025',
  ])('%j has no blank segment', (raw) => {
    expect(hasBlankSegment(parseSkNumber(raw))).toBe(false);
  });
});

describe('fillsBlanks: a draft numbered at signing', () => {
  it.each([
    ['800.1.3.3/  /BKD/2026', '800.1.3.3/0417/BKD/2026', true],
    ['800.1.3.3/.../bkd/2026', '800.1.3.3/0417/BKD/2026', true],
    ['188.45/XXX/BKPP/2016', '188.45/12/BKPP/2016', true],
    ['821.2/Kep.  -BKD/XII/2025', '821.2/Kep.97-BKD/XII/2025', true],
    ['821.2/Kep.  -BKD/XII/2025', '821.2/Kep.97-BKPP/XII/2025', false],
    ['800.1.3.3/  /BKD/2025', '800.1.3.3/0417/BKD/2026', false],
    ['800.1.3.3/  /BKD/2026', '800.1.3.3/0417/BKPSDM/BKD/2026', false],
    ['800.1.3.3/  /BKD/2026', '800.1.3.3/  /BKD/2026', false],
    ['800.1.3.3/0417/BKD/2026', '800.1.3.3/0417/BKD/2026', false],
  ])('%j filled in is %j: %s', (draft, signed, fills) => {
    expect(fillsBlanks(draft, signed)).toBe(fills);
  });
});
