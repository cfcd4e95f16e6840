import { describe, expect, it } from 'vitest';
import { matchHeader } from '../../src/extract/columns.js';
import { RosterReader, readRosterRows, type SourceRecord } from '../../src/extract/roster.js';
import { endsTable, titleDate } from '../../src/extract/roster-rows.js';

/** Records numbered by their line, as a source hands them over. */
async function* source(rows: string[][]): AsyncGenerator<SourceRecord> {
  for (const [i, cells] of rows.entries()) yield { cells, line: i + 1 };
}

async function read(rows: string[][]) {
  const result = await readRosterRows(source(rows));
  return {
    ...result,
    people: result.records.map(({ appointee: a }) => ({
      name: a.name,
      nip: a.nip,
      grade: a.grade,
      positionNew: a.positionNew,
    })),
  };
}

const NIP_A = '197005121995031002';
const NIP_B = '198103022006042011';

describe('a person over several rows', () => {
  const header = ['NO', 'NAMA / NIP', 'PANGKAT / GOL. RUANG', 'JABATAN BARU', 'ESE'];

  it('joins a row with an empty NO cell into the record above, and keeps the first row as its line', async () => {
    const { people, lines } = await read([
      header,
      ['1', 'H. AHMAD FAUZI, S.H.', 'Penata Tk. I', 'Kepala Bidang Anggaran', 'III.b'],
      ['', `NIP. ${NIP_A}`, '(III/d)', 'pada Badan Kepegawaian Daerah', ''],
      ['2', 'SITI AMINAH', 'Penata', 'Analis Kebijakan Ahli Muda', '-'],
      ['', ` ${NIP_B}`, '(III/c)', '', ''],
      ['', 'Banjarmasin, 02-03-1981', '', 'Kota Banjarmasin', ''],
    ]);
    expect(people).toEqual([
      {
        name: 'AHMAD FAUZI',
        nip: NIP_A,
        grade: 'III/d',
        positionNew: 'Kepala Bidang Anggaran pada Badan Kepegawaian Daerah',
      },
      {
        name: 'SITI AMINAH',
        nip: NIP_B,
        grade: 'III/c',
        positionNew: 'Analis Kebijakan Ahli Muda Kota Banjarmasin',
      },
    ]);
    expect(lines).toEqual([2, 4]);
  });

  it('puts a NIP under the name into the NIP column, or takes it as the NIP when there is none', async () => {
    const separate = await read([
      ['NO', 'NAMA', 'NIP', 'GOL'],
      ['1', 'Ahmad Fauzi', '', 'III/d'],
      ['', ` NIP. 19700512 199503 1 002`, '', ''],
    ]);
    expect(separate.people).toEqual([{ name: 'Ahmad Fauzi', nip: NIP_A, grade: 'III/d', positionNew: null }]);
    const nameOnly = await read([
      ['NO', 'NAMA', 'GOL', 'JABATAN'],
      ['1', 'Ahmad Fauzi', 'III/d', 'Kepala Bidang'],
      ['', NIP_A, '', ''],
    ]);
    expect(nameOnly.people).toEqual([
      { name: 'Ahmad Fauzi', nip: NIP_A, grade: 'III/d', positionNew: 'Kepala Bidang' },
    ]);
  });

  it('does not join a second person: a row with its own NIP under a record that has one', async () => {
    const { people } = await read([
      ['NO', 'NAMA', 'NIP', 'GOL'],
      ['1', 'Ahmad Fauzi', NIP_A, 'III/d'],
      ['', 'Siti Aminah', NIP_B, 'III/c'],
    ]);
    expect(people.map((p) => p.nip)).toEqual([NIP_A, NIP_B]);
  });

  it('joins nothing where the NO column does not number the rows, or there is none', async () => {
    const unnumbered = await read([
      ['NO', 'NAMA', 'GOL'],
      ['', 'Ahmad Fauzi', 'III/d'],
      ['', 'Siti Aminah', 'III/c'],
    ]);
    expect(unnumbered.people.map((p) => p.name)).toEqual(['Ahmad Fauzi', 'Siti Aminah']);
    const noColumn = await read([
      ['NAMA', 'NIP', 'GOL'],
      ['Ahmad Fauzi', NIP_A, 'III/d'],
      ['Siti Aminah', '', 'III/c'],
    ]);
    expect(noColumn.people.map((p) => p.name)).toEqual(['Ahmad Fauzi', 'Siti Aminah']);
  });

  it('ends the table at the signature block: the title, the signer and their NIP are nobody', async () => {
    const { people } = await read([
      header,
      ['1', 'AHMAD FAUZI', 'Penata Tk. I', 'Kepala Bidang Anggaran', 'III.b'],
      ['', NIP_A, '(III/d)', '', ''],
      ['', 'JUMLAH', '', '', '1 orang'],
      ['', '', '', 'Ditetapkan di Banjarmasin', ''],
      ['', '', '', 'a.n. WALI KOTA BANJARMASIN', ''],
      ['', '', '', 'SEKRETARIS DAERAH,', ''],
      ['', '', '', 'H. IKHSAN ALHAK, S.Sos.', ''],
      ['', '', '', `NIP. ${NIP_B}`, ''],
    ]);
    expect(people.map((p) => [p.name, p.nip])).toEqual([['AHMAD FAUZI', NIP_A]]);
  });

  it('does not join across a JUMLAH row', async () => {
    const { people } = await read([
      ['NO', 'NAMA', 'NIP', 'GOL'],
      ['1', 'Ahmad Fauzi', NIP_A, 'III/d'],
      ['JUMLAH', '', '', '1'],
      ['', 'Siti Aminah', '', 'III/c'],
    ]);
    expect(people.map((p) => p.name)).toEqual(['Ahmad Fauzi', 'Siti Aminah']);
  });

  it('tells when a stretch read from the middle begins without a NO cell', () => {
    const cells = ['NO', 'NAMA', 'NIP'];
    const map = matchHeader(cells);
    if (!map) throw new Error('no header');
    const reader = new RosterReader({ cells, map });
    expect(reader.feed({ cells: ['', NIP_A, ''], line: 1 })).toBeNull();
    expect(reader.startsUnnumbered).toBe(true);
    const numbered = new RosterReader({ cells, map });
    numbered.feed({ cells: ['7', 'Ahmad', NIP_A], line: 1 });
    numbered.feed({ cells: ['', 'pada Dinas', ''], line: 2 });
    expect(numbered.startsUnnumbered).toBe(false);
    expect(numbered.finish()?.appointee.nip).toBe(NIP_A);
  });
});

describe('endsTable', () => {
  it.each([
    [['', '', 'WALI KOTA BANJARMASIN,']],
    [['', 'BUPATI TAPIN,']],
    [['Pj. GUBERNUR KALIMANTAN SELATAN,']],
    [['', 'a.n. WALI KOTA BANJARMASIN']],
    [['Ditetapkan di Banjarmasin', '']],
    [['', 'pada tanggal 15 Januari 2024']],
    [['', 'Tembusan :']],
  ])('%j ends the table', (cells) => {
    expect(endsTable(cells)).toBe(true);
  });

  it.each([
    [['', 'Kepala Dinas Kesehatan', '']],
    [['1', 'Kepala Badan Kepegawaian Daerah,', 'Pembina', 'IV/a']],
    [['', NIP_A, '']],
    [['', 'Banjarmasin, 12-05-1970', '']],
  ])('%j does not', (cells) => {
    expect(endsTable(cells)).toBe(false);
  });
});

describe('titleDate', () => {
  it.each([
    [
      'LAMPIRAN KEPUTUSAN WALI KOTA\nNOMOR : 821.2/BKPSDM/SK/014/2024  TANGGAL : 15 JANUARI 2024',
      '2024-01-15',
    ],
    ['NOMOR : 821.2/BKPSDM/SK/014/2024\nTANGGAL : 15 JANUARI 2024', '2024-01-15'],
    ['Nomor: 800/12/BKD/2026 Tgl. : 6 Pebruari 2026', '2026-02-06'],
    ['DAFTAR NOMINATIF PEJABAT YANG DILANTIK TANGGAL 6 FEBRUARI 2026', null],
    ['TANGGAL : -', null],
  ])('%j -> %s', (text, date) => {
    expect(titleDate(text)).toBe(date);
  });
});
