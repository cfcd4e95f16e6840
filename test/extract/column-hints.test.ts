import { describe, expect, it } from 'vitest';
import {
  appliedHints,
  type ColumnHint,
  unusedHintNotes,
  withColumnHints,
  withDocumentHints,
} from '../../src/extract/column-hints.js';
import { fieldOfPath } from '../../src/extract/columns.js';
import { bandOf } from '../../src/extract/level-label.js';

const HINTS: ColumnHint[] = [
  {
    match: { skPrefix: '800.1.3.3' },
    headers: { 'JABATAN ESELON > BARU': 'positionOld', 'CATATAN MUTASI': 'none' },
    bands: { 'KELOMPOK JABATAN AHLI': 'fungsional', 'ESELON IV': 'none', 'PEJABAT TEKNIS': 'pelaksana' },
  },
  { match: { issuer: 'tapin' }, headers: { 'NAMA PEGAWAI': 'nip' } },
];

/** Runs `work` as the reading of a decree of `number` and `issuer` under HINTS. */
const reading = <T>(number: string | null, issuer: string | null, work: () => T): T =>
  withColumnHints(HINTS, () => withDocumentHints({ number, issuer }, work));

describe('column hints in the reader', () => {
  it('name a column by its whole path, or leave it unread', () => {
    expect(fieldOfPath(['JABATAN ESELON', 'BARU'])).toBe('positionNew');
    reading('800.1.3.3/07-11/BKD/2026', null, () => {
      expect(fieldOfPath(['JABATAN ESELON', 'BARU'])).toBe('positionOld');
      expect(fieldOfPath(['Jabatan Eselon', 'Baru'])).toBe('positionOld');
      expect(fieldOfPath(['CATATAN MUTASI'])).toBeNull();
      // Another path is read as before.
      expect(fieldOfPath(['JABATAN ESELON', 'LAMA'])).toBe('positionOld');
      expect(fieldOfPath(['NIP'])).toBe('nip');
    });
  });

  it('of one label fill a header sk-check cannot read, never one it reads (ESELON > BARU)', () => {
    const one: ColumnHint[] = [{ headers: { BARU: 'positionNew', KETERANGAN: 'none' } }];
    withColumnHints(one, () =>
      withDocumentHints({ number: null, issuer: null }, () => {
        expect(fieldOfPath(['ESELON', 'BARU'])).toBe('echelon');
        expect(fieldOfPath(['PANGKAT / GOL', 'BARU'])).toBe('rankGrade');
        // A path read as nothing takes the hint of its last label.
        expect(fieldOfPath(['PERUBAHAN', 'BARU'])).toBe('positionNew');
        expect(fieldOfPath(['BARU'])).toBe('positionNew');
      }),
    );
  });

  it('name the level of a band, or say a label is none', () => {
    expect(bandOf('KELOMPOK JABATAN AHLI')).toBeNull();
    expect(bandOf('ESELON IV')?.level).toBe('IV');
    reading('800.1.3.3/07-11/BKD/2026', null, () => {
      expect(bandOf('KELOMPOK JABATAN AHLI')).toEqual({ text: 'KELOMPOK JABATAN AHLI', level: 'fungsional' });
      expect(bandOf('ESELON IV')).toBeNull();
      expect(bandOf('ESELON III')?.level).toBe('III');
    });
  });

  it('hold only for the decrees they match, by SK number or issuer', () => {
    reading('821.2/Kep.97-BKD/XII/2025', 'BUPATI TAPIN', () => {
      expect(fieldOfPath(['JABATAN ESELON', 'BARU'])).toBe('positionNew');
      expect(bandOf('KELOMPOK JABATAN AHLI')).toBeNull();
      expect(fieldOfPath(['NAMA PEGAWAI'])).toBe('nip');
    });
    reading(null, null, () => expect(fieldOfPath(['JABATAN ESELON', 'BARU'])).toBe('positionNew'));
  });

  it('say which matched nothing, and which were applied', () => {
    withColumnHints(HINTS, () => {
      withDocumentHints({ number: '800.1.3.3/1', issuer: null }, () => {
        fieldOfPath(['JABATAN ESELON', 'BARU']);
        bandOf('ESELON IV');
        expect(unusedHintNotes().map((note) => note.message)).toEqual([
          "column hint 'CATATAN MUTASI' matched no column header",
          "column hint 'KELOMPOK JABATAN AHLI' matched no column header",
          "column hint 'PEJABAT TEKNIS' matched no column header",
        ]);
      });
      expect(appliedHints()).toEqual([
        ['JABATAN ESELON > BARU', 'positionOld'],
        ['ESELON IV', 'none'],
      ]);
    });
  });
});
