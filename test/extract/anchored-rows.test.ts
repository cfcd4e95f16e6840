import { describe, expect, it } from 'vitest';
import { extractAttachment } from '../../src/extract/attachment.js';
import { type SyntheticColumn, spacedNip, syntheticPages } from './synthetic-table.js';

/**
 * A lampiran printed from Excel without borders and without a NO column: rows are told apart only by
 * where a person starts. With no number to open a row, a NIP does (or the name right above it, when
 * the NIP is stacked under the name; `H.` opening a name is no section letter); wrapped lines belong
 * to the row above.
 */
const PEOPLE = Array.from({ length: 9 }, (_, i) => ({
  name: `${i % 3 === 1 ? 'H. ' : ''}PEGAWAI NOMOR ${i + 1}, S.E.`,
  nip: `19${70 + i}0${1 + (i % 9)}1${i}2005011${String(i + 1).padStart(3, '0')}`.slice(0, 18),
  grade: 'III/c',
  post: `Kepala Seksi Pelayanan Umum Nomor ${i + 1} pada Dinas Kependudukan dan Pencatatan Sipil`,
}));

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const read = (columns: SyntheticColumn[], rows: string[][][]) => {
  const pages = syntheticPages({
    columns,
    rows,
    rules: 'none',
    header: 'first',
    breakRows: false,
    firstHead: ['LAMPIRAN KEPUTUSAN BUPATI TAPIN', 'DAFTAR NAMA PEJABAT PENGAWAS'],
    after: ['BUPATI TAPIN,', 'ttd.', 'H. SYAMSUL BAHRI'],
    pageHeight: 520,
  });
  return extractAttachment(
    pages,
    pages.map((page) => page.number),
  );
};

const view = (result: ReturnType<typeof extractAttachment>) =>
  result.records.map(({ appointee: a }) => [a.nameRaw, a.nip, a.positionNew]);
const truth = () => PEOPLE.map((p) => [p.name, p.nip, p.post]);

describe('rows of a borderless table without NO, by their anchors', () => {
  it('a NIP in its own column opens each row; wrapped posts stay with it', () => {
    const columns: SyntheticColumn[] = [
      { width: 150, header: ['NAMA'] },
      { width: 120, header: ['NIP'] },
      { width: 70, header: ['GOL'] },
      { width: 200, header: ['JABATAN BARU'] },
    ];
    const rows = PEOPLE.map((p) => [[p.name], [spacedNip(p.nip)], [p.grade], wrap(p.post, 40)]);
    const result = read(columns, rows);
    expect(result.doubts).toEqual([]);
    expect(view(result)).toEqual(truth());
  });

  it('rows of one line each, the NIP in its own column', () => {
    const columns: SyntheticColumn[] = [
      { width: 150, header: ['NAMA'] },
      { width: 120, header: ['NIP'] },
      { width: 70, header: ['GOL'] },
      { width: 420, header: ['JABATAN BARU'] },
    ];
    const rows = PEOPLE.map((p) => [[p.name], [spacedNip(p.nip)], [p.grade], [p.post]]);
    expect(view(read(columns, rows))).toEqual(truth());
    // Excel's blank row between people: only space tells the rows apart.
    const spaced = rows.flatMap((row) => [row, [[''], [''], [''], ['']]]);
    expect(view(read(columns, spaced))).toEqual(truth());
  });

  it('a NIP stacked under the name: the row opens at the name above it', () => {
    const columns: SyntheticColumn[] = [
      { width: 170, header: ['NAMA / NIP'] },
      { width: 70, header: ['GOL'] },
      { width: 200, header: ['JABATAN BARU'] },
    ];
    const rows = PEOPLE.map((p) => [[p.name, `NIP. ${spacedNip(p.nip)}`], [p.grade], wrap(p.post, 40)]);
    const result = read(columns, rows);
    expect(result.doubts).toEqual([]);
    expect(view(result)).toEqual(truth());
  });
});

describe('the last column of a borderless table, flush left under a wider label', () => {
  it('reads an ESELON column whose centred label reaches past its widest cell', () => {
    const columns: SyntheticColumn[] = [
      { width: 30, header: ['NO'] },
      { width: 150, header: ['NAMA / NIP'] },
      { width: 200, header: ['JABATAN BARU'] },
      { width: 50, header: ['ESELON'] },
    ];
    const rows = PEOPLE.map((p, i) => [
      [`${i + 1}.`],
      [p.name, `NIP. ${spacedNip(p.nip)}`],
      wrap(p.post, 40),
      [i % 2 ? 'IV.a' : 'IV.b'],
    ]);
    const result = read(columns, rows);
    expect(result.doubts).toEqual([]);
    expect(result.records.map((r) => r.appointee.echelon)).toEqual(
      PEOPLE.map((_, i) => (i % 2 ? 'IV.a' : 'IV.b')),
    );
  });
});
