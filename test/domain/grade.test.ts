import { describe, expect, it } from 'vitest';
import {
  gradeDistance,
  PNS_GRADES,
  parseGrade,
  parseRank,
  parseRankGrade,
  rankOfGrade,
} from '../../src/domain/grade.js';

const TABLE: [string, string, number][] = [
  ['I/a', 'Juru Muda', 0],
  ['I/b', 'Juru Muda Tingkat I', 1],
  ['I/c', 'Juru', 2],
  ['I/d', 'Juru Tingkat I', 3],
  ['II/a', 'Pengatur Muda', 4],
  ['II/b', 'Pengatur Muda Tingkat I', 5],
  ['II/c', 'Pengatur', 6],
  ['II/d', 'Pengatur Tingkat I', 7],
  ['III/a', 'Penata Muda', 8],
  ['III/b', 'Penata Muda Tingkat I', 9],
  ['III/c', 'Penata', 10],
  ['III/d', 'Penata Tingkat I', 11],
  ['IV/a', 'Pembina', 12],
  ['IV/b', 'Pembina Tingkat I', 13],
  ['IV/c', 'Pembina Utama Muda', 14],
  ['IV/d', 'Pembina Utama Madya', 15],
  ['IV/e', 'Pembina Utama', 16],
];

describe('the grade table', () => {
  it('has all 17 PNS grades in order', () => {
    expect(PNS_GRADES.map(([g]) => g)).toEqual(TABLE.map(([g]) => g));
  });

  it.each(TABLE)('%s <-> %s (index %i)', (grade, rank, index) => {
    expect(parseGrade(grade)).toEqual({ canonical: grade, kind: 'pns', index });
    expect(rankOfGrade(grade)).toBe(rank);
    expect(parseRank(rank)).toBe(grade);
    expect(parseRank(rank.toUpperCase())).toBe(grade);
    expect(parseRankGrade(`${rank} (${grade})`)).toEqual({
      rank,
      grade,
      conflict: false,
      raw: `${rank} (${grade})`,
    });
  });
});

describe('parseGrade', () => {
  it.each([
    ['III/a', 'III/a'],
    ['III.a', 'III/a'],
    ['IIIa', 'III/a'],
    ['III A', 'III/a'],
    ['IV/C', 'IV/c'],
    ['III / a', 'III/a'],
    ['(III/d)', 'III/d'],
    ['( III/d )', 'III/d'],
    ['[IV/a]', 'IV/a'],
    ['Gol. III/a', 'III/a'],
    ['Gol.III/a', 'III/a'],
    ['GOL. III/A', 'III/a'],
    ['Golongan III/b', 'III/b'],
    ['Gol. Ruang III/c', 'III/c'],
    ['Golongan/Ruang IV/a', 'IV/a'],
    ['Gol: II/d', 'II/d'],
    ['III-a', 'III/a'],
    ['III\u2013a', 'III/a'],
    ['III - a', 'III/a'],
    ['iii/a', 'III/a'],
    ['  III/a.  ', 'III/a'],
    ['III/a,', 'III/a'],
    ['IVe', 'IV/e'],
    ['I/a', 'I/a'],
    ['Ib', 'I/b'],
    ['II.c', 'II/c'],
    ['3/a', 'III/a'],
    ['4b', 'IV/b'],
    ['III\n/a', 'III/a'],
  ])('%j -> %s (PNS)', (text, canonical) => {
    expect(parseGrade(text)).toMatchObject({ canonical, kind: 'pns' });
  });

  it.each([
    ['I', 1],
    ['V', 5],
    ['IX', 9],
    ['X', 10],
    ['XIV', 14],
    ['XVII', 17],
    ['Gol. IX', 9],
    ['(VII)', 7],
    ['III', 3],
  ])('%j -> PPPK index %i', (text, index) => {
    expect(parseGrade(text)).toMatchObject({ kind: 'pppk', index });
  });

  it('gives the canonical PPPK numeral', () => {
    expect(parseGrade('Gol. XI')).toEqual({ canonical: 'XI', kind: 'pppk', index: 11 });
  });

  it.each([
    '',
    '   ',
    '-',
    'II/e',
    'III/e',
    'I/e',
    'V/a',
    'IV/f',
    'VI/a',
    '5/a',
    'XVIII',
    'XX',
    'IIII',
    'VX',
    'ix',
    'i',
    'III/a TMT 1-4-2020',
    'Penata (III/c)',
    'III/ab',
    'garbage',
    'Gol.',
    '()',
    'III/',
    '/a',
  ])('%j -> null', (text) => {
    expect(parseGrade(text)).toBeNull();
  });
});

describe('rankOfGrade', () => {
  it.each([
    ['III.d', 'Penata Tingkat I'],
    ['IV/C', 'Pembina Utama Muda'],
  ])('tolerates %s', (grade, rank) => {
    expect(rankOfGrade(grade)).toBe(rank);
  });

  it.each(['IX', 'III', 'II/e', '', 'Penata'])('%j has no rank', (grade) => {
    expect(rankOfGrade(grade)).toBeNull();
  });
});

describe('parseRank', () => {
  it.each([
    ['Penata Tk. I', 'III/d'],
    ['Penata Tkt. I', 'III/d'],
    ['PENATA TK.I', 'III/d'],
    ['Penata Tk.1', 'III/d'],
    ['Penata Tk I', 'III/d'],
    ['Penata Tingkat I', 'III/d'],
    ['Penata Tingkat 1', 'III/d'],
    ['Penata  Tk.  I', 'III/d'],
    ['Penata\nTk. I', 'III/d'],
    ['Penata Tk-I', 'III/d'],
    ['Penata Tk.I.', 'III/d'],
    ['Penata', 'III/c'],
    ['Penata Muda', 'III/a'],
    ['Penata Muda Tk. I', 'III/b'],
    ['PENATA MUDA TK.I', 'III/b'],
    ['Penata Muda\nTingkat I', 'III/b'],
    ['Pembina', 'IV/a'],
    ['Pembina Tk. I', 'IV/b'],
    ['Pembina Utama Muda', 'IV/c'],
    ['Pembina Utama Madya', 'IV/d'],
    ['Pembina Utama', 'IV/e'],
    ['PEMBINA UTAMA MADYA', 'IV/d'],
    ['Pengatur Muda Tk.I', 'II/b'],
    ['Juru Muda Tkt. I', 'I/b'],
    ['Juru Tk.1', 'I/d'],
    ['Pangkat: Penata Tk. I', 'III/d'],
    ['Penata (III/c)', 'III/c'],
    // `Tingkat` with its I lost (OCR drops a lone I at a line's end): no rank has another Tingkat.
    ['Penata Tingkat', 'III/d'],
    ['Penata. Tingkat', 'III/d'],
    ['Pembina Tingkat\n(IV/b)', 'IV/b'],
    ['Penata Muda Tk.', 'III/b'],
  ])('%j -> %s', (text, grade) => {
    expect(parseRank(text)).toBe(grade);
  });

  it('prefers the longest rank at a position', () => {
    expect(parseRank('Pembina Utama Madya')).not.toBe(parseRank('Pembina Utama'));
    expect(parseRank('Penata Tingkat I')).not.toBe(parseRank('Penata'));
  });

  it.each(['', 'III/d', 'Penatausahaan', 'Pembinaan', 'Kepala Bidang', 'Tk. I', 'garbage', 'Jurusan'])(
    '%j -> null',
    (text) => {
      expect(parseRank(text)).toBeNull();
    },
  );

  it('does not read Tk. II as Tingkat I', () => {
    expect(parseRank('Penata Tk. II')).toBe('III/c');
  });
});

describe('parseRankGrade', () => {
  it.each([
    ['Penata (III/c)', 'Penata', 'III/c', false],
    ['Pembina, IV/a', 'Pembina', 'IV/a', false],
    ['Penata Tk. I\n(III/d)', 'Penata Tingkat I', 'III/d', false],
    ['Penata Muda Tk.I / III.b', 'Penata Muda Tingkat I', 'III/b', false],
    ['PENATA MUDA TK.I/III.B', 'Penata Muda Tingkat I', 'III/b', false],
    ['Pembina Utama Muda IV/c', 'Pembina Utama Muda', 'IV/c', false],
    ['III/c Penata', 'Penata', 'III/c', false],
    ['III/c', 'Penata', 'III/c', false],
    ['Gol. III/c', 'Penata', 'III/c', false],
    ['(IV/b)', 'Pembina Tingkat I', 'IV/b', false],
    ['Penata', 'Penata', 'III/c', false],
    ['Penata Tk. I', 'Penata Tingkat I', 'III/d', false],
    ['Penata Tingkat I, III/d TMT 01-04-2020', 'Penata Tingkat I', 'III/d', false],
    ['Penata (III/d)', 'Penata', 'III/d', true],
    ['Pembina Tk. I (IV/a)', 'Pembina Tingkat I', 'IV/a', true],
    ['Penata Muda IX', 'Penata Muda', 'IX', true],
    ['IX', null, 'IX', false],
    ['', null, null, false],
    ['-', null, null, false],
    ['garbage', null, null, false],
    ['Penata (II/e)', 'Penata', 'III/c', false],
  ])('%j -> %s / %s (conflict %s)', (cell, rank, grade, conflict) => {
    expect(parseRankGrade(cell)).toEqual({ rank, grade, conflict, raw: cell });
  });
});

describe('gradeDistance', () => {
  it.each([
    ['III/a', 'III/a', 0],
    ['III/a', 'III/b', 1],
    ['III/d', 'IV/a', 1],
    ['IV/b', 'III/d', -2],
    ['I/a', 'IV/e', 16],
    ['II/d', 'III/a', 1],
    ['III.a', 'IV/C', 6],
  ])('%s -> %s = %i', (a, b, d) => {
    expect(gradeDistance(a, b)).toBe(d);
  });

  it.each([
    ['IX', 'III/a'],
    ['III/a', ''],
    ['II/e', 'III/a'],
  ])('%j -> %j is NaN', (a, b) => {
    expect(gradeDistance(a, b)).toBeNaN();
  });
});

describe('never throws', () => {
  it.each([
    '\u0000',
    '((((',
    ')',
    '\\',
    '*'.repeat(10_000),
    'Ⅲ/a',
    '🙂',
    'Tk.',
    `${'('.repeat(5000)}III/a${')'.repeat(5000)}`,
    'Penata Tk '.repeat(5000),
  ])('%j', (text) => {
    expect(() => parseGrade(text)).not.toThrow();
    expect(() => parseRank(text)).not.toThrow();
    expect(() => parseRankGrade(text)).not.toThrow();
    expect(() => rankOfGrade(text)).not.toThrow();
    expect(() => gradeDistance(text, text)).not.toThrow();
  });
});
