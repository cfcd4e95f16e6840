import { describe, expect, it } from 'vitest';
import { buildAppointee } from '../../src/extract/appointee.js';

describe('the level of an appointee, and where it came from', () => {
  it.each([
    ['KEPALA BIDANG BINA MARGA PADA DINAS PUPR / IV A', 'IV.a', 'IV', 'post'],
    ['Kepala Bidang Anggaran pada Badan Keuangan (Eselon III.b)', 'III.b', 'III', 'post'],
    ['Kepala Seksi Jalan - IV.a', 'IV.a', 'IV', 'post'],
    ['Sekretaris Dinas Kesehatan', null, 'III', 'position'],
    ['Analis Kebijakan Ahli Muda', null, 'fungsional', 'position'],
    ['Kepala UPT Puskesmas II', null, 'unknown', 'none'],
  ])('post %j: echelon %s, level %s, from %s', (post, echelon, level, source) => {
    const record = buildAppointee({ name: 'Budi', positionNew: post }, 1);
    expect([record.appointee.echelon, record.appointee.level, record.levelSource]).toEqual([
      echelon,
      level,
      source,
    ]);
  });

  it.each([
    ['Pengadministrasi Umum pada Dinas Kesehatan', '-', 'pelaksana', false],
    ['Analis Kebijakan Ahli Muda pada Dinas Kesehatan', '-', 'fungsional', true],
    ['Pengadministrasi Umum pada Dinas Kesehatan', undefined, 'unknown', false],
  ] as const)('post %j with ESELON cell %j: level %s', (post, echelon, level, inferred) => {
    const { appointee } = buildAppointee(
      { name: 'Budi', positionNew: post, ...(echelon ? { echelon } : {}) },
      1,
    );
    expect([appointee.level, appointee.levelInferred === true]).toEqual([level, inferred]);
  });

  it('an ESELON cell wins over the end of the post, and a dash there means no echelon', () => {
    const stated = buildAppointee({ name: 'Budi', positionNew: 'Kepala Seksi / IV A', echelon: 'IV.b' }, 1);
    expect([stated.appointee.echelon, stated.levelSource]).toEqual(['IV.b', 'echelon']);
    const dash = buildAppointee({ name: 'Budi', positionNew: 'Kepala Seksi / IV A', echelon: '-' }, 1);
    expect(dash.levelSource).toBe('post');
  });
});

describe('lines beside the name or grade that are neither', () => {
  it.each([
    [
      {
        nameNip: 'BUDI SANTOSO, S.E.\nBanjarmasin, 12-05-1970\nNIP. 19700512 199503 1 002',
        rankGrade: 'Pembina (IV/a)\nTMT 01-04-2020',
      },
      ['Banjarmasin, 12-05-1970', 'TMT 01-04-2020'],
    ],
    [
      {
        nameNip: 'BUDI SANTOSO, S.E.\nNIP. 19700512 199503 1 002\nBanjarmasin, 12 Mei 1970',
        rankGrade: 'Pembina\n(IV/a)\n01-04-2020',
      },
      ['Banjarmasin, 12 Mei 1970', '01-04-2020'],
    ],
    [
      {
        name: 'BUDI SANTOSO, S.E.\nTempat/Tgl Lahir: Martapura, 12-05-1970',
        nip: '19700512 199503 1 002',
        rankGrade: 'Pembina (IV/a)',
      },
      ['Tempat/Tgl Lahir: Martapura, 12-05-1970'],
    ],
  ])('are kept as details, never taken for the name, NIP or grade (%#)', (cells, details) => {
    const { appointee } = buildAppointee(cells, 1);
    expect(appointee).toMatchObject({
      nameRaw: 'BUDI SANTOSO, S.E.',
      nip: '197005121995031002',
      grade: 'IV/a',
      rank: 'Pembina',
      details,
    });
  });

  it('a one-line name has no details', () => {
    expect(
      buildAppointee({ name: 'Budi Santoso', nip: '197005121995031002' }, 1).appointee.details,
    ).toBeUndefined();
  });
});
