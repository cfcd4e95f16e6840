import { describe, expect, it } from 'vitest';
import {
  echelonGradeRange,
  gradeFitsEchelon,
  inferLevelFromPosition,
  levelFromText,
  parseEchelon,
  retirementAge,
} from '../../src/domain/echelon.js';
import { PNS_GRADES } from '../../src/domain/grade.js';
import type { Level } from '../../src/domain/level.js';

describe('parseEchelon', () => {
  it.each([
    ['III.a', 'III.a', 'III'],
    ['III/a', 'III.a', 'III'],
    ['IIIa', 'III.a', 'III'],
    ['III-a', 'III.a', 'III'],
    ['III\u2013a', 'III.a', 'III'],
    ['III A', 'III.a', 'III'],
    ['III.B', 'III.b', 'III'],
    ['Es. III.a', 'III.a', 'III'],
    ['Es.III.a', 'III.a', 'III'],
    ['Esl. III/b', 'III.b', 'III'],
    ['Eselon III.a', 'III.a', 'III'],
    ['ESELON IV.B', 'IV.b', 'IV'],
    ['Eselon: II.a', 'II.a', 'II'],
    ['eselon 3a', 'III.a', 'III'],
    ['eselon 4 b', 'IV.b', 'IV'],
    ['3.a', 'III.a', 'III'],
    ['Eselon III', 'III', 'III'],
    ['Eselon 2', 'II', 'II'],
    ['III', 'III', 'III'],
    ['IV', 'IV', 'IV'],
    ['V', 'V', 'V'],
    ['I', 'I', 'I'],
    ['IV.b', 'IV.b', 'IV'],
    ['IVa', 'IV.a', 'IV'],
    ['Va', 'V.a', 'V'],
    ['V.a', 'V.a', 'V'],
    ['I.a', 'I.a', 'I'],
    ['I.b', 'I.b', 'I'],
    ['Ib', 'I.b', 'I'],
    ['II.b', 'II.b', 'II'],
    ['(IV.a)', 'IV.a', 'IV'],
    [' iii.a ', 'III.a', 'III'],
    ['III.a.', 'III.a', 'III'],
  ])('%j -> %s', (text, canonical, level) => {
    expect(parseEchelon(text)).toEqual({ canonical, level });
  });

  it.each([
    '',
    ' ',
    '-',
    '\u2013',
    'III.c',
    'IIIc',
    'VI',
    'V.b',
    'Vb',
    'II.c',
    'VII',
    'IIII',
    'Non Eselon',
    'non-eselon',
    '3',
    '6a',
    'garbage',
    'Eselon',
    'III/a/b',
  ])('%j -> null', (text) => {
    expect(parseEchelon(text)).toBeNull();
  });
});

const RANGES: [string, string, string][] = [
  ['I.a', 'IV/d', 'IV/e'],
  ['I.b', 'IV/c', 'IV/e'],
  ['II.a', 'IV/c', 'IV/d'],
  ['II.b', 'IV/b', 'IV/c'],
  ['III.a', 'IV/a', 'IV/b'],
  ['III.b', 'III/d', 'IV/a'],
  ['IV.a', 'III/c', 'III/d'],
  ['IV.b', 'III/b', 'III/c'],
  ['V.a', 'III/a', 'III/b'],
];

const grades: string[] = PNS_GRADES.map(([g]) => g);
const step = (grade: string, by: number): string | undefined => grades[grades.indexOf(grade) + by];

describe('echelonGradeRange', () => {
  it.each(RANGES)('%s: %s .. %s', (echelon, lowest, highest) => {
    expect(echelonGradeRange(echelon)).toEqual({ lowest, highest });
  });

  it.each([
    ['I', 'IV/c', 'IV/e'],
    ['II', 'IV/b', 'IV/d'],
    ['III', 'III/d', 'IV/b'],
    ['IV', 'III/b', 'III/d'],
    ['V', 'III/a', 'III/b'],
    ['Eselon III', 'III/d', 'IV/b'],
    ['III/a', 'IV/a', 'IV/b'],
  ])('%s: %s .. %s', (echelon, lowest, highest) => {
    expect(echelonGradeRange(echelon)).toEqual({ lowest, highest });
  });

  it.each(['', '-', 'III.c', 'VI'])('%j -> null', (echelon) => {
    expect(echelonGradeRange(echelon)).toBeNull();
  });
});

describe('gradeFitsEchelon at every boundary', () => {
  const cases: [string, string, string, number][] = [];
  for (const [echelon, lowest, highest] of RANGES) {
    cases.push([echelon, lowest, 'ok', 0], [echelon, highest, 'ok', 0]);
    const oneBelow = step(lowest, -1);
    const twoBelow = step(lowest, -2);
    const above = step(highest, 1);
    if (oneBelow) cases.push([echelon, oneBelow, 'one-below', 1]);
    if (twoBelow) cases.push([echelon, twoBelow, 'below', 2]);
    if (above) cases.push([echelon, above, 'above', 0]);
  }

  it('covers both sides of each echelon', () => {
    // I.a and I.b top out at IV/e, so they have no grade above.
    expect(cases.length).toBe(9 * 5 - 2);
  });

  it.each(cases)('%s with %s -> %s', (echelon, grade, fit, stepsBelow) => {
    const range = RANGES.find(([e]) => e === echelon);
    expect(gradeFitsEchelon(grade, echelon)).toEqual({
      fit,
      lowest: range?.[1],
      highest: range?.[2],
      stepsBelow,
    });
  });

  it.each([
    ['III/a', 'III.a', 'below', 4],
    ['I/a', 'I.a', 'below', 15],
    ['II/d', 'V.a', 'one-below', 1],
    ['III/c', 'III', 'one-below', 1],
    ['IV/c', 'III', 'above', 0],
    ['III.d', 'Es. III.b', 'ok', 0],
    ['IV/e', 'V.a', 'above', 0],
  ])('%s in %s -> %s (%i below)', (grade, echelon, fit, stepsBelow) => {
    expect(gradeFitsEchelon(grade, echelon)).toMatchObject({ fit, stepsBelow });
  });

  it.each([
    ['IX', 'III.a'],
    ['III', 'III.a'],
    ['II/e', 'III.a'],
    ['III/a', 'III.c'],
    ['III/a', '-'],
    ['', ''],
  ])('%j in %j -> null', (grade, echelon) => {
    expect(gradeFitsEchelon(grade, echelon)).toBeNull();
  });
});

describe('levelFromText', () => {
  it.each([
    ['Jabatan Administrator (Eselon III)', 'III'],
    ['a. Jabatan Administrator (Eselon III) sebanyak 200 (dua ratus) orang;', 'III'],
    ['A. JABATAN ADMINISTRATOR (ESELON III)', 'III'],
    ['JABATAN PENGAWAS', 'IV'],
    ['B. JABATAN PENGAWAS (ESELON IV)', 'IV'],
    ['4 pejabat administrator', 'III'],
    ['pejabat fungsional', 'fungsional'],
    ['Jabatan Fungsional', 'fungsional'],
    ['tujuh pejabat fungsional', 'fungsional'],
    ['Pelaksana', 'pelaksana'],
    ['Jabatan Pelaksana', 'pelaksana'],
    ['JPT Pratama', 'II'],
    ['Jabatan Pimpinan Tinggi Pratama', 'II'],
    ['JABATAN PIMPINAN TINGGI PRATAMA', 'II'],
    ['JPT Madya', 'I'],
    ['Jabatan Pimpinan Tinggi Madya', 'I'],
    ['JPT Utama', 'I'],
    ['eselon IV', 'IV'],
    ['Eselon II.b', 'II'],
    ['eselon 3', 'III'],
    ['Es. IV.a', 'IV'],
    ['Eselon V', 'V'],
    ['Jabatan Pengawas (Eselon III)', 'III'],
    ['Jabatan\nAdministrator', 'III'],
    ['Jabatan Fungsional Pengawas Sekolah', 'fungsional'],
    ['Pengawas Sekolah Ahli Madya', 'fungsional'],
    ['non eselon, jabatan pelaksana', 'pelaksana'],
    // Press spellings (issue 16).
    ['dua orang pejabat eselon III a', 'III'],
    ['pejabat eselon 3 A', 'III'],
    ['lima pejabat eselon IV.A', 'IV'],
    ['pejabat eselon II.B', 'II'],
    ['empat pejabat pimpinan tinggi pratama (eselon II)', 'II'],
    ['pejabat tinggi pratama', 'II'],
    ['pejabat tinggi madya', 'I'],
    ['pejabat pimpinan tinggi utama', 'I'],
    ['17 pengawas sekolah', 'fungsional'],
  ])('%j -> %s', (text, level) => {
    expect(levelFromText(text)).toBe(level);
  });

  it.each([
    '',
    'garbage',
    'DAFTAR NAMA',
    'Jabatan Pimpinan Tinggi',
    'pejabat tinggi',
    'Pelaksana Tugas Kepala Dinas',
    'Pelaksana Harian',
    'pengawasan internal',
    'administrasi umum',
    'Non Eselon',
    'pesan',
  ])('%j -> null', (text) => {
    expect(levelFromText(text)).toBeNull();
  });
});

describe('inferLevelFromPosition', () => {
  it.each([
    ['Analis Kebijakan Ahli Muda', 'Ahli Muda'],
    ['ANALIS KEBIJAKAN AHLI MUDA', 'Ahli Muda'],
    ['Analis Kebijakan Ahli  Muda', 'Ahli Muda'],
    ['Analis Kebijakan\nAhli Muda', 'Ahli Muda'],
    ['Pranata Komputer Ahli Pertama', 'Ahli Pertama'],
    ['Perencana Ahli Madya', 'Ahli Madya'],
    ['Widyaiswara Ahli Utama', 'Ahli Utama'],
    ['Pranata Komputer Terampil', 'Terampil'],
    ['Pranata Komputer Mahir', 'Mahir'],
    ['Pranata Komputer Penyelia', 'Penyelia'],
    ['Arsiparis Pemula', 'Pemula'],
    ['Asisten Apoteker Terampil', 'Terampil'],
    ['Inspektur Tambang Ahli Muda', 'Ahli Muda'],
    ['Analis Kebijakan Ahli Muda pada Dinas Kesehatan', 'Ahli Muda'],
    ['Pranata Komputer Ahli Pertama pada Kantor Camat Martapura', 'Ahli Pertama'],
    ['Analis Kebijakan Ahli Muda Bidang Perencanaan', 'Ahli Muda'],
    ['Perawat Terampil di Puskesmas Sungai Tabuk', 'Terampil'],
    ['Analis Kebijakan Ahli Muda (Koordinator)', 'Ahli Muda'],
    ['Pranata Komputer Terampil.', 'Terampil'],
  ])('%j -> fungsional (%s)', (position, jenjang) => {
    expect(inferLevelFromPosition(position)).toEqual({
      level: 'fungsional',
      inferred: true,
      reason: 'jenjang',
      jenjang,
    });
  });

  it.each([
    ['Kepala Dinas Kesehatan', 'II'],
    ['KEPALA BADAN KEPEGAWAIAN DAERAH', 'II'],
    ['Kepala Biro Hukum', 'II'],
    ['Asisten Pemerintahan dan Kesejahteraan Rakyat', 'II'],
    ['Asisten Administrasi Umum Sekretariat Daerah', 'II'],
    ['Sekretaris Daerah Kabupaten Banjar', 'II'],
    ['Sekretaris Daerah Kota Banjarbaru', 'II'],
    ['Sekretaris Daerah Provinsi Kalimantan Selatan', 'I'],
    ['Sekretaris DPRD', 'II'],
    ['Staf Ahli Bupati Bidang Hukum', 'II'],
    ['Inspektur Kabupaten Banjar', 'II'],
    ['Inspektur', 'II'],
    ['Inspektur Pembantu Wilayah I', 'III'],
    ['Kepala Bidang Anggaran pada Badan Keuangan Daerah', 'III'],
    ['Kepala Bagian Hukum', 'III'],
    ['Sekretaris Dinas Pendidikan', 'III'],
    ['Sekretaris pada Dinas Kesehatan', 'III'],
    ['Sekretaris Badan Perencanaan', 'III'],
    ['Camat Martapura', 'III'],
    ['Kepala Seksi Pemerintahan', 'IV'],
    ['Kepala Seksi Pelatihan Tenaga Kerja Terampil', 'IV'],
    ['Kepala Sub Bagian Umum dan Kepegawaian', 'IV'],
    ['Kepala Subbagian Keuangan', 'IV'],
    ['Kepala Sub Bidang Mutasi', 'IV'],
    ['Kasubbag Umum', 'IV'],
    ['Kasubag Program', 'IV'],
    ['Kasi Pemerintahan', 'IV'],
    ['Lurah Sungai Paring', 'IV'],
    ['Sekretaris Camat Martapura', 'IV'],
    ['kepala  seksi\nketenteraman', 'IV'],
    ['1. Kepala Bidang Mutasi', 'III'],
  ])('%j -> %s (title)', (position, level) => {
    expect(inferLevelFromPosition(position)).toEqual({ level, inferred: true, reason: 'title' });
  });

  it.each([
    '',
    'garbage',
    'Pengelola Keuangan pada Kantor Camat Martapura',
    'Pengadministrasi Umum pada Kelurahan Jawa',
    'Kepala UPTD Puskesmas Martapura',
    'Kepala Sekolah',
    'Sekretaris Daerah',
    'Sekretaris Kelurahan Jawa',
    'Kasir',
    'Tenaga Terampil Pengelola Barang',
    'Plt. Kepala Dinas',
    'Asisten Ahli',
  ])('%j -> null', (position) => {
    expect(inferLevelFromPosition(position)).toBeNull();
  });
});

describe('retirementAge', () => {
  it.each<[Level, string | undefined, number | null]>([
    ['I', undefined, 60],
    ['II', undefined, 60],
    ['III', undefined, 58],
    ['IV', undefined, 58],
    ['V', undefined, 58],
    ['pelaksana', undefined, 58],
    ['fungsional', 'Ahli Pertama', 58],
    ['fungsional', 'Ahli Muda', 58],
    ['fungsional', 'Ahli Madya', 60],
    ['fungsional', 'AHLI  MADYA', 60],
    ['fungsional', 'Ahli Utama', 65],
    ['fungsional', 'Pemula', 58],
    ['fungsional', 'Terampil', 58],
    ['fungsional', 'Mahir', 58],
    ['fungsional', 'Penyelia', 58],
    ['fungsional', undefined, null],
    ['fungsional', 'Ahli', null],
    ['unknown', undefined, null],
    ['unknown', 'Ahli Utama', null],
  ])('%s %s -> %s', (level, jenjang, age) => {
    expect(retirementAge(level, jenjang)).toBe(age);
  });

  it('works with the jenjang inferLevelFromPosition gives', () => {
    const inferred = inferLevelFromPosition('Widyaiswara Ahli Utama');
    expect(inferred && retirementAge(inferred.level, inferred.jenjang)).toBe(65);
  });
});

describe('never throws', () => {
  it.each([
    '\u0000',
    '((((',
    ')',
    '\\',
    'x'.repeat(10_000),
    '🙂',
    'Eselon',
    'Terampil ('.repeat(5000),
    '. , '.repeat(5000),
  ])('%j', (text) => {
    expect(() => parseEchelon(text)).not.toThrow();
    expect(() => echelonGradeRange(text)).not.toThrow();
    expect(() => gradeFitsEchelon(text, text)).not.toThrow();
    expect(() => levelFromText(text)).not.toThrow();
    expect(() => inferLevelFromPosition(text)).not.toThrow();
  });
});
