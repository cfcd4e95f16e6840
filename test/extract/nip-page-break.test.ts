import { describe, expect, it } from 'vitest';
import { extractAttachment } from '../../src/extract/attachment.js';
import { type SyntheticColumn, type SyntheticTable, syntheticPages } from './synthetic-table.js';

/**
 * A NIP wrapped in its cell and cut by a page break: `NIP. 19700512 199503 1` at the foot of one
 * page, `002` alone at the top of the next, under the repeated header.
 */
const NIPS = ['197005121995031002', '197108231996032004', '196912021994031006', '197203141997031008'];

const COLUMNS: SyntheticColumn[] = [
  { width: 30, header: ['NO'] },
  { width: 130, header: ['NAMA / NIP'] },
  { width: 70, header: ['GOL'] },
  { width: 200, header: ['JABATAN BARU'] },
  { width: 50, header: ['ESELON'], align: 'center' },
];

const rows = (nips: readonly string[]) =>
  nips.map((nip, i) => [
    [`${i + 1}.`],
    [
      `PEGAWAI NOMOR ${i + 1}`,
      `NIP. ${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)}`,
      nip.slice(15),
    ],
    ['III/d'],
    [`Kepala Seksi Nomor ${i + 1}`],
    ['IV.a'],
  ]);

/** The page height leaves the second row's last line (`004`) for the next page. */
const SPEC: Omit<SyntheticTable, 'rows'> = {
  columns: COLUMNS,
  rules: 'none',
  header: 'every',
  breakRows: true,
  after: ['BUPATI TAPIN,', 'ttd.', 'H. SYAMSUL BAHRI'],
  pageHeight: 100,
};

const read = (nips: readonly string[]) => {
  const pages = syntheticPages({ ...SPEC, rows: rows(nips) });
  return {
    pages,
    result: extractAttachment(
      pages,
      pages.map((page) => page.number),
    ),
  };
};

describe('a NIP cut by a page break', () => {
  it('joins the digits at the top of the next page when they complete a valid NIP', () => {
    const { pages, result } = read(NIPS);
    // The case under test: the next page opens with the last three digits alone.
    expect(pages[1]?.items.map((item) => item.text)).toContain(NIPS[1]?.slice(15));
    expect(result.records.map((r) => r.appointee.nip)).toEqual(NIPS);
    expect(result.doubts).toEqual([]);
  });

  it('leaves a number apart when joining it makes no NIP (17 digits)', () => {
    const rowsWithStray = rows(NIPS).map((row, i) =>
      i === 1 ? row.map((cell, k) => (k === 1 ? [...cell.slice(0, 2), '07'] : cell)) : row,
    );
    const pages = syntheticPages({ ...SPEC, rows: rowsWithStray });
    const result = extractAttachment(
      pages,
      pages.map((page) => page.number),
    );
    expect(result.records[1]?.appointee).toMatchObject({ nip: null, nipRaw: 'NIP. 19710823 199603 2' });
  });
});
