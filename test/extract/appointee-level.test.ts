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

  it('an ESELON cell wins over the end of the post, and a dash there means no echelon', () => {
    const stated = buildAppointee({ name: 'Budi', positionNew: 'Kepala Seksi / IV A', echelon: 'IV.b' }, 1);
    expect([stated.appointee.echelon, stated.levelSource]).toEqual(['IV.b', 'echelon']);
    const dash = buildAppointee({ name: 'Budi', positionNew: 'Kepala Seksi / IV A', echelon: '-' }, 1);
    expect(dash.levelSource).toBe('post');
  });
});
