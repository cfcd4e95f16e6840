import { describe, expect, it } from 'vitest';
import {
  ageOn,
  cleanNip,
  formatNip,
  isRealDate,
  type NipContext,
  type NipDecoded,
  nipPlausibility,
  parseNip,
} from '../../src/domain/nip.js';

const reasons = (raw: string) => parseNip(raw).problems.map((p) => p.reason);

function decodedOf(raw: string): NipDecoded {
  const decoded = parseNip(raw).decoded;
  if (!decoded) throw new Error(`test NIP ${raw} does not decode`);
  return decoded;
}

describe('cleanNip', () => {
  it.each([
    ['NIP. 19700512 199503 1 002', '197005121995031002'],
    ['NIP : 19700512 199503 1 002', '197005121995031002'],
    ['NIP:197005121995031002', '197005121995031002'],
    ['Nip.19700512.199503.1.002', '197005121995031002'],
    ['nip 19700512 199503 1 002', '197005121995031002'],
    ['NI PPPK 19870514 202321 2 011', '198705142023212011'],
    ['19700512\n199503 1\r\n002', '197005121995031002'],
    ['19700512-199503-1-002', '197005121995031002'],
    ['19700512\u2013199503\u20131\u2013002', '197005121995031002'],
    ['NIP.\u00a019700512\u00a0199503\u00a01\u00a0002', '197005121995031002'],
    ['\t 1970051219 95031002 ', '197005121995031002'],
    ['(19700512)', '(19700512)'],
    ['19700512/199503', '19700512/199503'],
    ['19700512 199503 1 OO2', '197005121995031OO2'],
    ['', ''],
  ])('%j -> %j', (raw, cleaned) => {
    expect(cleanNip(raw)).toBe(cleaned);
  });
});

describe('parseNip: valid identifiers', () => {
  it.each<[string, string, NipDecoded]>([
    [
      '197005121995031002',
      '197005121995031002',
      { kind: 'pns', birthDate: '1970-05-12', tmt: '1995-03', sex: 'M', serial: '002' },
    ],
    [
      'NIP. 19851124 201001 2 015',
      '198511242010012015',
      { kind: 'pns', birthDate: '1985-11-24', tmt: '2010-01', sex: 'F', serial: '015' },
    ],
    [
      'NIP : 19681231 199012 1 001',
      '196812311990121001',
      { kind: 'pns', birthDate: '1968-12-31', tmt: '1990-12', sex: 'M', serial: '001' },
    ],
    [
      '19840229 200902 2 003',
      '198402292009022003',
      { kind: 'pns', birthDate: '1984-02-29', tmt: '2009-02', sex: 'F', serial: '003' },
    ],
    [
      '20000229 202403 1 001',
      '200002292024031001',
      { kind: 'pns', birthDate: '2000-02-29', tmt: '2024-03', sex: 'M', serial: '001' },
    ],
    [
      '19910307\n201903 2\n011',
      '199103072019032011',
      { kind: 'pns', birthDate: '1991-03-07', tmt: '2019-03', sex: 'F', serial: '011' },
    ],
    [
      '198705142023212011',
      '198705142023212011',
      { kind: 'pppk', birthDate: '1987-05-14', tmt: '2023', sex: 'F', serial: '011' },
    ],
    [
      'NI PPPK 19900101 202221 1 001',
      '199001012022211001',
      { kind: 'pppk', birthDate: '1990-01-01', tmt: '2022', sex: 'M', serial: '001' },
    ],
    [
      '19780315 202421 1 005',
      '197803152024211005',
      { kind: 'pppk', birthDate: '1978-03-15', tmt: '2024', sex: 'M', serial: '005' },
    ],
    [
      '19770501 199505 1 004',
      '197705011995051004',
      { kind: 'pns', birthDate: '1977-05-01', tmt: '1995-05', sex: 'M', serial: '004' },
    ],
  ])('%j', (raw, digits, decoded) => {
    const parsed = parseNip(raw);
    expect(parsed).toEqual({ raw, digits, kind: decoded.kind, mangled: false, decoded, problems: [] });
  });

  it.each([
    ['131110468', 'old'],
    ['NIP. 131 110 468', 'old'],
    ['6371051205700003', 'nik'],
    ['NIK: 6371 0512 0570 0003', 'nik'],
  ])('%j is kind %s and needs no decoding', (raw, kind) => {
    const parsed = parseNip(raw);
    expect(parsed.kind).toBe(kind);
    expect(parsed.decoded).toBeNull();
    expect(parsed.problems).toEqual([]);
    expect(parsed.mangled).toBe(false);
  });

  it('decides PPPK by digit 13 alone', () => {
    expect(parseNip('198705142023212011').kind).toBe('pppk');
    expect(parseNip('198705142023112011').kind).toBe('pns');
    expect(parseNip('198705142023012011').kind).toBe('pns');
  });
});

describe('parseNip: structural errors', () => {
  it.each([
    ['197002301995031002', ['birth-date']],
    ['190002291995031002', ['birth-date']],
    ['198502292010012015', ['birth-date']],
    ['197013121995031002', ['birth-date']],
    ['197005001995031002', ['birth-date']],
    ['097005121995031002', ['birth-date']],
    ['197005121995131002', ['tmt-date']],
    ['197005121995001002', ['tmt-date']],
    ['197005120995031002', ['tmt-date']],
    ['197005121995033002', ['sex-digit']],
    ['197005121995030002', ['sex-digit']],
    ['197002301995033002', ['birth-date', 'sex-digit']],
    ['197005121965031002', ['tmt-before-birth']],
    ['197005121970041002', ['tmt-before-birth']],
    ['197005121970051002', ['too-young-at-tmt']],
    ['197705121995031002', ['too-young-at-tmt']],
    ['197705021995051002', ['too-young-at-tmt']],
    ['199001011985211001', ['tmt-before-birth']],
    ['201001012023211001', ['too-young-at-tmt']],
    ['19700512199503100', ['length']],
    ['1970051219950310021', ['length']],
    ['12345', ['length']],
    ['', ['length']],
    ['NIP.', ['length']],
    ['19700512 199503 1 OO2', ['non-digit']],
    ['197005121995031002*', ['non-digit']],
    ['belum ada', ['non-digit']],
  ])('%j -> %j', (raw, expected) => {
    const parsed = parseNip(raw);
    expect(parsed.problems.map((p) => p.reason)).toEqual(expected);
    expect(parsed.problems.every((p) => p.severity === 'error')).toBe(true);
    expect(parsed.mangled).toBe(false);
  });

  it.each([
    ['200501012023211001', []],
    ['197705011995051004', []],
  ])('%j at exactly 18 at TMT is valid', (raw, expected) => {
    expect(reasons(raw)).toEqual(expected);
  });

  it('keeps decoding when only the sex digit is wrong', () => {
    expect(parseNip('197005121995033002').decoded).toEqual({
      kind: 'pns',
      birthDate: '1970-05-12',
      tmt: '1995-03',
      sex: null,
      serial: '002',
    });
  });

  it('has no decoding when a date is not real', () => {
    expect(parseNip('197002301995031002').decoded).toBeNull();
    expect(parseNip('197005121995131002').decoded).toBeNull();
  });

  it.each([
    ['197002301995031002', 'NIP 197002301995031002: birth date 1970-02-30 is not a real date'],
    ['197005121995033002', 'NIP 197005121995033002: sex digit 3 is not 1 (male) or 2 (female)'],
    ['197005121965031002', 'NIP 197005121965031002: TMT 1965-03 is before the birth date 1970-05-12'],
    ['197705121995031002', 'NIP 197705121995031002: age at TMT 1995-03 is 17, under 18'],
    ['201001012023211001', 'NI PPPK 201001012023211001: age at TMT 2023 is 12 or 13, under 18'],
    ['19700512 199503 1 OO2', 'NIP 197005121995031OO2: contains characters that are not digits: "O"'],
  ])('%j says %j', (raw, message) => {
    expect(parseNip(raw).problems.map((p) => p.message)).toEqual([message]);
  });

  it('reports the digits it found beside a non-digit error', () => {
    const parsed = parseNip('l97005121995031002');
    expect(parsed.digits).toBe('97005121995031002');
    expect(parsed.kind).toBeNull();
    expect(parseNip('belum ada').digits).toBeNull();
  });
});

describe('parseNip: spreadsheet damage', () => {
  it.each([
    '1,97005E+17',
    '1.97005E+17',
    '1.97005e17',
    '1,97005E17',
    ' 1.97005121995031E+17 ',
    'NIP. 1,97005E+17',
  ])('%j is scientific notation', (raw) => {
    expect(parseNip(raw)).toEqual({
      raw,
      digits: null,
      kind: null,
      mangled: true,
      decoded: null,
      problems: [],
    });
  });

  it.each(['198507202010011008.0', '198507202010011008,0', 'NIP. 198507202010011008.00'])(
    '%j is a number written back as text by a converter: damaged, not 19 digits',
    (raw) => {
      expect(parseNip(raw)).toMatchObject({ raw, digits: null, mangled: true, problems: [] });
    },
  );

  it.each([
    ['197005121995031000', 'pns'],
    ['19700512 199503 1 000', 'pns'],
    ['198705142023212000', 'pppk'],
  ])('%j ends in 000 (15 significant digits padded)', (raw, kind) => {
    const parsed = parseNip(raw);
    expect(parsed.mangled).toBe(true);
    expect(parsed.kind).toBe(kind);
    expect(parsed.problems).toEqual([]);
    expect(parsed.decoded?.serial).toBe('000');
  });

  it('gives a damaged number no other problems', () => {
    const parsed = parseNip('197002301995033000');
    expect(parsed.mangled).toBe(true);
    expect(parsed.problems).toEqual([]);
    expect(parsed.decoded).toBeNull();
  });

  it('does not call a 9-digit old NIP ending in 000 damaged', () => {
    expect(parseNip('131110000').mangled).toBe(false);
  });
});

describe('formatNip', () => {
  it.each([
    ['197005121995031002', '19700512 199503 1 002'],
    ['198705142023212011', '19870514 202321 2 011'],
    ['131110468', '131110468'],
    ['19700512199503100', '19700512199503100'],
    ['abcdefghijklmnopqr', 'abcdefghijklmnopqr'],
    ['', ''],
  ])('%j -> %j', (digits, printed) => {
    expect(formatNip(digits)).toBe(printed);
  });

  it('round-trips through parseNip', () => {
    for (const digits of ['197005121995031002', '198511242010012015', '198705142023212011']) {
      expect(parseNip(formatNip(digits)).digits).toBe(digits);
    }
  });
});

describe('isRealDate', () => {
  it.each([
    [1987, 2, 28, true],
    [1987, 2, 29, false],
    [1987, 2, 30, false],
    [1984, 2, 29, true],
    [1900, 2, 29, false],
    [2000, 2, 29, true],
    [2024, 4, 30, true],
    [2024, 4, 31, false],
    [2024, 12, 31, true],
    [2024, 13, 1, false],
    [2024, 0, 10, false],
    [2024, 1, 0, false],
    [2024, 1, 1.5, false],
    [Number.NaN, 1, 1, false],
  ])('%d-%d-%d is %s', (y, m, d, real) => {
    expect(isRealDate(y, m, d)).toBe(real);
  });
});

describe('ageOn', () => {
  it.each([
    ['1970-05-12', '1995-03-01', 24],
    ['1970-05-12', '2028-05-11', 57],
    ['1970-05-12', '2028-05-12', 58],
    ['1984-02-29', '2001-02-28', 16],
    ['1984-02-29', '2001-03-01', 17],
    ['1984-02-29', '2004-02-29', 20],
  ])('born %s, on %s: %d', (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });

  it.each([
    ['1970-02-30', '2000-01-01'],
    ['1970-05-12', 'kemarin'],
    ['', ''],
  ])('born %j, on %j: NaN', (birth, on) => {
    expect(ageOn(birth, on)).toBeNaN();
  });
});

describe('nipPlausibility', () => {
  it.each<[string, string, NipContext, string[]]>([
    ['valid, no context', '197005121995031002', {}, []],
    ['age 50 at TMT', '195001012000011001', {}, ['old-at-tmt']],
    ['age 36 at TMT', '196301011999021001', {}, []],
    ['age 37 at TMT', '196201011999021001', {}, ['old-at-tmt']],
    ['age 45 at TMT 2007: honorary, 41 on 1 January 2006', '196401012007011001', {}, []],
    ['age 47 at TMT 2005: honorary, 47 on 1 January 2006', '195801012005011001', {}, ['old-at-tmt']],
    ['age 45 at TMT 2015: past the honorary years', '197001012015011001', {}, ['old-at-tmt']],
    ['a doctor at 41 at TMT 2016', '197501012016011001', { post: 'dokter umum' }, []],
    ['a doctor at 42 at TMT 2016', '197401012016011001', { post: 'dokter umum' }, ['old-at-tmt']],
    ['PPPK appointed at 45', '197803152024211005', {}, []],
    [
      'PPPK appointed in the year of 58, post retiring at 58',
      '196603152024211005',
      { retirementAge: 58 },
      [],
    ],
    [
      'PPPK appointed in the year of 60, post retiring at 58',
      '196403152024211005',
      { retirementAge: 58 },
      ['old-at-tmt'],
    ],
    ['TMT month after decree', '199501012026031001', { decreeDate: '2026-02-06' }, ['tmt-after-decree']],
    ['TMT month of decree', '199501012026031001', { decreeDate: '2026-03-01' }, []],
    ['PPPK year after decree', '199001012026211001', { decreeDate: '2025-12-31' }, ['tmt-after-decree']],
    ['PPPK year of decree', '199001012026211001', { decreeDate: '2026-01-02' }, []],
    [
      '58 on decree day',
      '196802062000031001',
      { decreeDate: '2026-02-06', retirementAge: 58 },
      ['retirement-age'],
    ],
    ['57 on decree day', '196802062000031001', { decreeDate: '2026-02-05', retirementAge: 58 }, []],
    ['58 with retirement at 60', '196802062000031001', { decreeDate: '2026-02-06', retirementAge: 60 }, []],
    ['retirement age without a decree date', '196802062000031001', { retirementAge: 58 }, []],
    ['decree date not real', '199501012026031001', { decreeDate: '2026-02-30', retirementAge: 20 }, []],
    ['retirement age null', '196802062000031001', { decreeDate: '2026-02-06', retirementAge: null }, []],
    ['male with Hj.', '197005121995031002', { titlesBefore: ['Hj.'] }, ['sex-title']],
    ['male with Dra', '197005121995031002', { titlesBefore: ['Dra'] }, ['sex-title']],
    ['male with H. and Drs.', '197005121995031002', { titlesBefore: ['H.', 'Drs.'] }, []],
    ['female with H.', '198511242010012015', { titlesBefore: ['H.'] }, ['sex-title']],
    ['female with Drs and Dr.', '198511242010012015', { titlesBefore: ['Dr.', 'Drs'] }, ['sex-title']],
    ['female with Hj. and dr.', '198511242010012015', { titlesBefore: ['Hj.', 'dr.'] }, []],
    ['unknown sex with Hj.', '197005121995033002', { titlesBefore: ['Hj.'] }, []],
    ['PPPK with III/a', '198705142023212011', { grade: 'III/a' }, ['pppk-pns-grade']],
    ['PPPK with IIIa', '198705142023212011', { grade: 'IIIa' }, ['pppk-pns-grade']],
    ['PPPK with IV.b', '198705142023212011', { grade: 'IV.b' }, ['pppk-pns-grade']],
    ['PPPK with IX', '198705142023212011', { grade: 'IX' }, []],
    ['PPPK with III', '198705142023212011', { grade: 'III' }, []],
    ['PNS with III/a', '197005121995031002', { grade: 'III/a' }, []],
    [
      'everything at once',
      '195001012026031001',
      { decreeDate: '2026-02-06', retirementAge: 60, titlesBefore: ['Hj.'] },
      ['old-at-tmt', 'tmt-after-decree', 'retirement-age', 'sex-title'],
    ],
  ])('%s', (_label, raw, ctx, expected) => {
    const problems = nipPlausibility(decodedOf(raw), ctx);
    expect(problems.map((p) => p.reason)).toEqual(expected);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it.each<[string, NipContext, string]>([
    [
      '195001012000011001',
      {},
      'age at TMT 2000-01 is 50, over 36 (born 1950-01-01): CPNS applicants are at most 35, with a year to the TMT',
    ],
    [
      '197001012016011001',
      { post: 'Dokter Ahli Pertama' },
      'age at TMT 2016-01 is 46, over 41 (born 1970-01-01): applicants for this post (doctor, lecturer, researcher) are at most 40, with a year to the TMT',
    ],
    ['199501012026031001', { decreeDate: '2026-02-06' }, 'TMT 2026-03 is after the decree date 2026-02-06'],
    [
      '196802062000031001',
      { decreeDate: '2026-02-06', retirementAge: 58 },
      'age 58 on the decree date 2026-02-06 (born 1968-02-06) is at or past the retirement age 58',
    ],
    ['197005121995031002', { titlesBefore: ['Hj.'] }, 'sex digit 1 (male) but the title Hj. is female'],
    ['198705142023212011', { grade: 'III/a' }, 'NI PPPK with the PNS grade III/a; PPPK grades are I-XVII'],
  ])('%s %j says %j', (raw, ctx, message) => {
    expect(nipPlausibility(decodedOf(raw), ctx).map((p) => p.message)).toEqual([message]);
  });
});
