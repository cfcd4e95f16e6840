import { describe, expect, it } from 'vitest';
import {
  type Field,
  fieldOfHeader,
  fieldOfPath,
  HEADER_ALIASES,
  headerKey,
  matchHeader,
  matchHeaderPaths,
  pathText,
  spannedHeaderPaths,
} from '../../src/extract/columns.js';

/** How an office would print an alias: capitals, with a slash or a dot between its words. */
const printed = (words: string, joiner: string) => words.toUpperCase().split(' ').join(joiner);

describe('every header alias', () => {
  it.each(HEADER_ALIASES.map((alias) => [alias.words, alias]))('%s', (words, alias) => {
    expect(headerKey(words)).toBe(words);
    expect(fieldOfHeader(printed(words, ' / '))).toBe(alias.field);
    expect(fieldOfHeader(printed(words, '.'))).toBe(alias.field);
    // Extra words after the alias keep its field, except where only the whole cell counts.
    const longer = `${printed(words, ' ')} LAINNYA`;
    expect(fieldOfHeader(longer)).toBe(alias.whole ? null : alias.field);
  });

  it('has each spelling once', () => {
    const words = HEADER_ALIASES.map((alias) => alias.words);
    expect(new Set(words).size).toBe(words.length);
  });
});

describe('header cells as lampiran print them', () => {
  it.each<[string, Field | null]>([
    ['NAMA / NIP / TEMPAT, TGL LAHIR', 'nameNip'],
    ['NAMA/NIP', 'nameNip'],
    ['NAMA / TEMPAT, TGL LAHIR / NIP', 'nameNip'],
    ['NAMA DAN NIP', 'nameNip'],
    ['PANGKAT / GOL. RUANG / TMT', 'rankGrade'],
    ['PKT/GOL', 'rankGrade'],
    ['Pangkat/Gol. Ruang', 'rankGrade'],
    ['Golongan / Pangkat', 'rankGrade'],
    ['GOL.RUANG', 'grade'],
    ['GOL/RUANG', 'grade'],
    ['GOL. RUANG', 'grade'],
    ['ESE', 'echelon'],
    ['ESL', 'echelon'],
    ['ESL.', 'echelon'],
    ['ESELON', 'echelon'],
    ['ESELON/ JENJANG', 'echelon'],
    ['KET', 'notes'],
    ['KET.', 'notes'],
    ['KETERANGAN', 'notes'],
    ['TEMPAT, TGL LAHIR', null],
    ['TMT', null],
    ['PENDIDIKAN', null],
    ['TMT JABATAN', null],
    ['UMUR', null],
    ['Tanggal SK', null],
    ['JABATAN BARU', 'positionNew'],
    ['JABATAN YANG DIANGKAT', 'positionNew'],
    ['DIANGKAT DALAM JABATAN', 'positionNew'],
    ['Nama Jabatan', 'positionNew'],
    ['JABATAN LAMA', 'positionOld'],
    ['JABATAN SEMULA', 'positionOld'],
    ['Nama Jabatan Lama', 'positionOld'],
    ['NIP', 'nip'],
    ['NIP BARU', 'nip'],
    ['NIP/NRP', 'nip'],
    ['No. NIP', 'nip'],
    ['NAMA', 'name'],
    ['NAMA LENGKAP', 'name'],
    ['NAMA DAN GELAR', 'name'],
    ['UNIT KERJA', 'unit'],
    ['OPD', 'unit'],
    ['SKPD', 'unit'],
    ['PERANGKAT DAERAH', 'unit'],
    ['Nama OPD', 'unit'],
    ['NO', 'no'],
    ['NO.', 'no'],
    ['NO URUT', 'no'],
    ['No. HP', null],
    ['Nomor SK', 'skNumber'],
    ['LAMPIRAN KEPUTUSAN WALIKOTA BANJARMASIN', null],
    ['NOMOR : 821.2/BKPSDM/SK/014/2024  TANGGAL : 15 JANUARI 2024', null],
    ['', null],
  ])('%s -> %s', (cell, field) => {
    expect(fieldOfHeader(cell)).toBe(field);
  });
});

describe('matchHeader', () => {
  it('takes a table without a grade column', () => {
    expect(matchHeader(['NO', 'NAMA/NIP', 'JABATAN BARU', 'KET'])).toEqual({
      no: 0,
      nameNip: 1,
      positionNew: 2,
      notes: 3,
    });
  });

  it('takes the office lampiran header with its extra words', () => {
    const cells = [
      'NO',
      'NAMA / NIP / TEMPAT, TGL LAHIR',
      'PANGKAT / GOL. RUANG / TMT',
      'JABATAN LAMA',
      'JABATAN BARU',
      'ESE',
      'KET',
    ];
    expect(matchHeader(cells)).toEqual({
      no: 0,
      nameNip: 1,
      rankGrade: 2,
      positionOld: 3,
      positionNew: 4,
      echelon: 5,
      notes: 6,
    });
  });

  it('skips columns it knows and does not read', () => {
    expect(matchHeader(['NO', 'NAMA', 'NIP', 'TEMPAT, TGL LAHIR', 'PENDIDIKAN', 'GOL/RUANG'])).toEqual({
      no: 0,
      name: 1,
      nip: 2,
      grade: 5,
    });
  });

  it('prefers the new unit when a table has both', () => {
    expect(matchHeader(['NAMA', 'NIP', 'UNIT KERJA LAMA', 'UNIT KERJA BARU'])?.unit).toBe(3);
  });

  it.each([
    [['NO', 'NAMA/NIP']],
    [['NO', 'JABATAN', 'ESELON', 'JUMLAH']],
    [['LAMPIRAN KEPUTUSAN WALIKOTA BANJARMASIN']],
    [['NOMOR : 821.2/BKPSDM/SK/014/2024', 'TANGGAL : 15 JANUARI 2024']],
    [['1', '2', '3', '4']],
  ])('is not a header without a person and one more field: %j', (cells) => {
    expect(matchHeader(cells)).toBeNull();
  });
});

describe('a column field from its header path', () => {
  it.each<[string[], Field | null]>([
    [['JABATAN', 'LAMA'], 'positionOld'],
    [['JABATAN', 'BARU'], 'positionNew'],
    [['JABATAN ESELON', 'LAMA'], 'positionOld'],
    [['JABATAN ESELON', 'BARU'], 'positionNew'],
    [['JABATAN', 'SEMULA'], 'positionOld'],
    [['JABATAN LAMA'], 'positionOld'],
    [['JABATAN BARU'], 'positionNew'],
    [['JABATAN', 'NAMA JABATAN'], 'positionNew'],
    [['JABATAN', 'ESELON'], 'echelon'],
    [['JABATAN', 'TMT'], null],
    [['PERTIMBANGAN BAPERJAKAT', 'NOMOR'], null],
    [['PERTIMBANGAN BAPERJAKAT', 'TANGGAL'], null],
    [['TEMPAT TGL LAHIR', 'TEMPAT'], null],
    [['TEMPAT TGL LAHIR', 'TANGGAL'], null],
    [['NAMA / NIP', 'NAMA'], 'name'],
    [['NAMA / NIP', 'NIP'], 'nip'],
    // One cell of two lines read as two levels (OCR lost the `/` of `NAMA / NIP`).
    [['NAMA', 'NIP'], 'nameNip'],
    [['DATA PEGAWAI', 'NIP'], 'nip'],
    [['UNIT KERJA', 'LAMA'], null],
    [['UNIT KERJA', 'BARU'], 'unit'],
  ])('%j -> %s', (path, field) => {
    expect(fieldOfPath(path)).toBe(field);
  });

  it.each(['LAMA', 'BARU', 'NOMOR', 'TANGGAL'])('never maps the sub-label %s without its parent', (sub) => {
    expect(fieldOfPath(['PERTIMBANGAN BAPERJAKAT', sub])).toBeNull();
    expect(fieldOfPath(['', sub])).toBe(fieldOfHeader(sub));
  });

  it('maps the ten-column header of two rows, the old post from LAMA', () => {
    const top = [
      'NO',
      'NAMA / NIP',
      'PANGKAT',
      'JABATAN ESELON',
      '',
      'ESELON',
      'PERTIMBANGAN BAPERJAKAT',
      '',
      'KET',
    ];
    const below = ['', '', '', 'LAMA', 'BARU', '', 'NOMOR', 'TANGGAL', ''];
    const paths = spannedHeaderPaths(top, below);
    expect(paths?.map(pathText)).toContain('JABATAN ESELON > LAMA');
    expect(matchHeaderPaths(paths ?? [])).toEqual({
      no: 0,
      nameNip: 1,
      rank: 2,
      positionOld: 3,
      positionNew: 4,
      echelon: 5,
      notes: 8,
    });
  });

  it('reads a band over the post column as no label of the column under it', () => {
    const top = ['NO', 'NAMA / NIP', 'JABATAN LAMA', 'ADMINISTRATOR/ESELON - III'];
    const paths = spannedHeaderPaths(top, ['', '', '', 'JABATAN BARU']);
    expect(paths?.[3]).toEqual(['ADMINISTRATOR/ESELON - III', 'JABATAN BARU']);
    expect(fieldOfPath(paths?.[3] ?? [])).toBe('positionNew');
    expect(spannedHeaderPaths(['NO', 'NAMA', 'JABATAN'], ['', '', 'JABATAN BARU'])).toBeNull();
  });
});
